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
