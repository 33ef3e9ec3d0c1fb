import { basePath } from './deploy.ts';
import { toSlug } from '../text/slug.ts';

/** Site paths without the base; `withBase` adds BASE_PATH. URLs speak Vietnamese. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  category: (slug: string, page = 1) => (page > 1 ? `/chuyen-muc/${slug}/${page}/` : `/chuyen-muc/${slug}/`),
  tags: () => '/the/',
  tag: (name: string, page = 1) => (page > 1 ? `/the/${toSlug(name)}/${page}/` : `/the/${toSlug(name)}/`),
  archive: () => '/luu-tru/',
  archiveYear: (year: number, page = 1) => (page > 1 ? `/luu-tru/${year}/${page}/` : `/luu-tru/${year}/`),
  page: (slug: string) => `/${slug}/`,
  search: (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, '+')}` : '/tim-kiem/'),
};

/** Prefixes a site path with the deploy base ("/" or "/sub/path/"). */
export function joinBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

/** A site path under this build's BASE_PATH (read from deploy.ts, the same source as astro.config). */
export function withBase(path: string): string {
  return joinBase(basePath(), path);
}
