/**
 * How much of the host's size limit a built site takes. GitHub Pages refuses a site over 1 GB;
 * CI prints the size on every build and warns from 80 % of the limit, so the association hears
 * of it months before a deploy is refused.
 */

/** GitHub Pages' published-site limit, in bytes (1 GB). SITE_SIZE_LIMIT_MB sets another host's. */
export const DEFAULT_LIMIT_BYTES = 1_000_000_000;
/** Share of the limit from which CI warns. */
export const WARN_SHARE = 0.8;

export type SizeLevel = 'ok' | 'warn' | 'over';

export function sizeLimit(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.SITE_SIZE_LIMIT_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * 1e6) : DEFAULT_LIMIT_BYTES;
}

/** The level of a site of `bytes` against `limit`, and its share in whole percent (rounded down). */
export function sizeLevel(bytes: number, limit: number): { level: SizeLevel; percent: number } {
  const share = bytes / limit;
  return { level: share > 1 ? 'over' : share >= WARN_SHARE ? 'warn' : 'ok', percent: Math.floor(share * 100) };
}
