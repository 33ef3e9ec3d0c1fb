import { contentDirectory, loadContent } from '../content/load.ts';
import { buildTime } from '../text/dates.ts';
import { paths } from './urls.ts';

/** Last-modified date per article path ("/bai-viet/x/"), from `updated` or `date`, for the sitemap. */
export function articleLastModified(): Map<string, Date> {
  const report = loadContent(contentDirectory(), buildTime());
  return new Map(
    report.articles.filter((a) => a.status === 'published').map((a) => [paths.article(a.data.slug), a.data.updated ?? a.data.date]),
  );
}

/** Pages a search engine has no use for: the 404 page and the search page (its results are the articles). */
const UNLISTED = new Set([paths.notFound(), paths.search()]);

/** Whether a site path (without the base) belongs in the sitemap. */
export function inSitemap(path: string): boolean {
  return !UNLISTED.has(path.endsWith('/') ? path : `${path}/`);
}
