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

/** Always starts and ends with "/" ("/" at the domain root). */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const trimmed = (env.BASE_PATH || '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
