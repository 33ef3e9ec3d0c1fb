import { contentDirectory, loadContent } from '../content/load.ts';
import { buildTime } from '../text/dates.ts';
import { routes } from './config.ts';
import { paths } from './urls.ts';

/** Last-modified date per article path ("/bai-viet/x/"), from `updated` or `date`, for the sitemap. */
export function articleLastModified(): Map<string, Date> {
  const report = loadContent(contentDirectory(), buildTime());
  return new Map(report.articles.filter((a) => a.status === 'published').map((a) => [paths.article(a.data.slug), a.data.updated ?? a.data.date]));
}

/**
 * Pages a search engine has no use for: the 404 page, the search page (its results are the
 * articles) and the editors' web editor with the address that leads to it.
 */
const UNLISTED = new Set([paths.notFound(), paths.search(), `/${routes.editor}/`, `/${routes.editorAlias}/`]);

/** An issue's print layout (the source of its PDF): "/ban-tin/2026/so-3/in/". */
const ISSUE_PRINT = new RegExp(`^${paths.issuePrint(0, 0).replace('/0/so-0/', '/\\d+/so-\\d+/')}$`);

/** Whether a site path (without the base) belongs in the sitemap. */
export function inSitemap(path: string): boolean {
  const page = path.endsWith('/') ? path : `${path}/`;
  return !UNLISTED.has(page) && !ISSUE_PRINT.test(page);
}
