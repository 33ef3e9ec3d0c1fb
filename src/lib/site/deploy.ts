/** Where the site is deployed: SITE_URL (origin, e.g. https://hoiphunu.github.io) and BASE_PATH (e.g. /bantin/). */

const DEFAULT_SITE_URL = 'https://bantin.example.org';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = (env.SITE_URL || DEFAULT_SITE_URL).trim().replace(/\/+$/, '');
  try {
    new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" không phải địa chỉ web đầy đủ — ví dụ SITE_URL=https://hoiphunu.github.io`);
  }
  return value;
}

/**
 * The one base-path rule: starts and ends with "/" ("/" at the domain root), whatever slashes
 * or spaces it was written with ("bantin", "/bantin", " /bantin// " → "/bantin/").
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** This build's base path, from BASE_PATH. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  return normalizeBase(env.BASE_PATH);
}

/** Where the build writes (OUT_DIR) and where Astro and the site keep their caches between builds (CACHE_DIR). */
export const outDirectory = (env: Record<string, string | undefined> = process.env) => env.OUT_DIR || './dist';
export const cacheDirectory = (env: Record<string, string | undefined> = process.env) => env.CACHE_DIR || './node_modules/.astro';
