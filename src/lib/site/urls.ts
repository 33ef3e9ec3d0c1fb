import { basePath, normalizeBase } from './deploy.ts';
import { routes, SITE_FILES } from './config.ts';
import { toSlug } from '../text/slug.ts';
import { PARAMS } from '../search/state.ts';

/** A list page: "/chuyen-muc/hoat-dong/", then "/chuyen-muc/hoat-dong/2/" from page 2 on. */
const listPath = (route: string, key: string | number, page: number) => (page > 1 ? `/${route}/${key}/${page}/` : `/${route}/${key}/`);

/** Site paths without the base; `withBase` adds BASE_PATH. Every URL the site writes is built here. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/${routes.article}/${slug}/`,
  category: (slug: string, page = 1) => listPath(routes.section, slug, page),
  categoryFeed: (slug: string) => `/${routes.section}/${slug}/${SITE_FILES.feed}`,
  tags: () => `/${routes.tag}/`,
  tag: (name: string, page = 1) => listPath(routes.tag, toSlug(name), page),
  archive: () => `/${routes.archive}/`,
  archiveYear: (year: number, page = 1) => listPath(routes.archive, year, page),
  page: (slug: string) => `/${slug}/`,
  search: (query?: string) => (query ? `/${routes.search}/?${new URLSearchParams({ [PARAMS.q]: query })}` : `/${routes.search}/`),
  feed: () => `/${SITE_FILES.feed}`,
  /** Bulletin issues (số bản tin): the archive, one issue, its print layout, PDF, email and the feed of issues. */
  issues: () => `/${routes.issue}/`,
  issue: (year: number, number: number) => `/${routes.issue}/${year}/so-${number}/`,
  issuePrint: (year: number, number: number) => `/${routes.issue}/${year}/so-${number}/in/`,
  issuePdf: (year: number, number: number) => `/${routes.issue}/${year}/so-${number}/${issueFileName(year, number)}.pdf`,
  issueEmail: (year: number, number: number) => `/${routes.issue}/${year}/so-${number}/email.html`,
  issueFeed: () => `/${routes.issue}/${SITE_FILES.feed}`,
  /** The one font of the printed issues, copied into the build. */
  issueFont: () => `/${routes.issue}/be-vietnam-pro.ttf`,
  /** A social card drawn at build time: "bai-viet/<slug>", "chuyen-muc/<slug>", "ban-tin/<year>-<n>" or "trang-chu". */
  card: (id: string) => `/${routes.card}/${id}.png`,
  sitemap: () => `/${SITE_FILES.sitemap}`,
  notFound: () => `/${SITE_FILES.notFound}/`,
  /** Pictures in public/. */
  logo: () => '/logo.svg',
  favicon: () => '/favicon.svg',
  defaultImage: () => '/og-default.png',
};

/** The PDF's file name: "ban-tin-so-3-2026". */
export const issueFileName = (year: number, number: number) => `${routes.issue}-so-${number}-${year}`;

/** A link to an article page, under any base: "/bai-viet/x/", "/bantin/bai-viet/x/#muc". */
const ARTICLE_LINK = new RegExp(`^/(?:[^?#]*/)?${routes.article}/([^/?#]+)/?(?:[?#].*)?$`);

/** The slug an article link points to ("/bantin/bai-viet/tap-huan/#muc" → "tap-huan"), if it is one: `paths.article` read back. */
export function articleSlugOf(link: string): string | undefined {
  const match = ARTICLE_LINK.exec(link);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** Prefixes a site path with a deploy base: ("/bantin", "/the/") → "/bantin/the/". */
export function joinBase(base: string, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** The site path of a path under `base` ("/bantin/the/" → "/the/"), or undefined when it lies outside. */
export function stripBase(base: string, path: string): string | undefined {
  const prefix = normalizeBase(base);
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? path.slice(prefix.length - 1) : undefined;
}

/**
 * A root-relative link written in an article, under the base once: "/the/" → "/bantin/the/",
 * while "/bantin/the/", "//host/x", "https://…" and relative links stay as written.
 */
export function linkWithBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return stripBase(base, url) === undefined ? joinBase(base, url) : url;
}

/** A site path under this build's BASE_PATH (read from deploy.ts, the same source as astro.config). */
export function withBase(path: string): string {
  return joinBase(basePath(), path);
}
