import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDirectory, loadContent, type ContentReport } from '../content/load.ts';
import { buildTime } from '../text/dates.ts';
import { routes } from './config.ts';
import { paths } from './urls.ts';

/** Where the content loader leaves each article's last-modified date for the sitemap, inside the cache folder. */
const LAST_MODIFIED_FILE = 'bantin-last-modified.json';

/** Which content folder and moment a list of dates belongs to: another build's list is never used. */
const buildKey = () => `${contentDirectory()}@${buildTime().toISOString().slice(0, 16)}`;

/** Last-modified date per article path ("/bai-viet/x/"), from `updated` or `date`. */
function fromReport(report: ContentReport): Map<string, Date> {
  return new Map(report.articles.filter((a) => a.status === 'published').map((a) => [paths.article(a.data.slug), a.data.updated ?? a.data.date]));
}

/** Called by the content loader, which has just read the folder: saves the sitemap a second read. */
export function saveLastModified(cacheDir: string, report: ContentReport): void {
  const dates = Object.fromEntries([...fromReport(report)].map(([path, date]) => [path, date.toISOString()]));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, LAST_MODIFIED_FILE), JSON.stringify({ key: buildKey(), dates }));
}

/** The sitemap's dates: from this build's content loader, or, failing that, from a read of the content folder. */
export function articleLastModified(cacheDir: string): Map<string, Date> {
  try {
    const saved = JSON.parse(readFileSync(join(cacheDir, LAST_MODIFIED_FILE), 'utf8')) as { key: string; dates: Record<string, string> };
    if (saved.key === buildKey()) return new Map(Object.entries(saved.dates).map(([path, iso]) => [path, new Date(iso)]));
  } catch {
    // No list from this build: read the folder.
  }
  return fromReport(loadContent(contentDirectory(), buildTime()));
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
