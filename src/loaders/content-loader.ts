import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { accountingLine, contentDirectory, hasErrors, loadContent, type ContentReport } from '../lib/content/load.ts';
import { buildMessages, reportMessages } from '../i18n/messages.ts';
import { buildTime } from '../lib/text/dates.ts';
import { saveLastModified } from '../lib/site/sitemap.ts';
import { countErrors, formatProblem, sortProblems, type Problem } from '../lib/content/problems.ts';

/**
 * Astro loaders for the collections. All of them share one read of the content folder,
 * done by src/lib/content/load.ts — the same code `npm run check` runs.
 */

let cached: { key: string; report: ContentReport } | undefined;

/**
 * In `astro build` the read is needed only until the three collections are stored; then it is
 * dropped, so a large archive is not held twice (once here, once in Astro's store) while pages
 * render and the search index is built.
 */
const LOADERS = { articles: 'bantin-articles', pages: 'bantin-pages', categories: 'bantin-categories', issues: 'bantin-issues' } as const;
const synced = new Set<string>();
function doneWithRead(name: string, context: LoaderContext) {
  if (context.watcher) return;
  synced.add(name);
  if (Object.values(LOADERS).every((loader) => synced.has(loader))) cached = undefined;
}

function contentReport(): ContentReport {
  const dir = contentDirectory();
  const now = buildTime();
  const key = `${dir}@${now.toISOString().slice(0, 16)}`;
  if (cached?.key !== key) cached = { key, report: loadContent(dir, now) };
  return cached.report;
}

/** Prints every problem once per read, then stops the build on errors without a stack trace. */
const reported = new WeakSet<ContentReport>();
function reportProblems(report: ContentReport, { logger, watcher }: LoaderContext) {
  if (!reported.has(report)) {
    reported.add(report);
    for (const problem of sortProblems(report.problems)) {
      const line = formatProblem(problem);
      if (problem.severity === 'error') logger.error(line);
      else logger.warn(line);
    }
    logger.info(accountingLine(report));
  }
  if (!hasErrors(report)) return;
  stopBuild(reportMessages.buildFailed(countErrors(report.problems)), { logger, watcher });
}

/** Ends the build with an editor's message and no stack trace; in `npm run dev` the page shows it instead. */
function stopBuild(summary: string, { logger, watcher }: Pick<LoaderContext, 'logger' | 'watcher'>): never {
  if (watcher) throw new Error(summary);
  logger.error(summary);
  process.exit(1);
}

/** BANTIN_DEBUG=1 prints the developer's stack trace beside the editor's message. */
function debugTrace(error: unknown, logger: LoaderContext['logger']) {
  if (process.env.BANTIN_DEBUG && error instanceof Error && error.stack) logger.error(error.stack);
}

/**
 * Anything that fails while storing one file (a picture Astro's image pipeline cannot read, a
 * Markdown renderer error) becomes an editor's message naming that file.
 */
function failedFile(file: string, error: unknown, context: LoaderContext): Problem {
  debugTrace(error, context.logger);
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { severity: 'error', file, message: buildMessages.fileFailed(detail) };
}

/** Watches the content folder in `npm run dev` and reloads every collection on change. */
function watchContent(context: LoaderContext, reload: () => Promise<void>) {
  const { watcher } = context;
  if (!watcher) return;
  const dir = contentDirectory();
  watcher.add(dir);
  const onChange = (path: string) => {
    if (!path.startsWith(dir)) return;
    cached = undefined;
    reload().catch((error: Error) => context.logger.error(error.message));
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

interface SourceRecord {
  file: string;
  body: string;
  data: { slug: string };
}

/** Stores each record, rendering Markdown now (cached by digest) and MDX on demand; removes what is gone. */
async function syncEntries(context: LoaderContext, records: SourceRecord[]): Promise<Problem[]> {
  const { store, config, parseData, generateDigest, renderMarkdown } = context;
  const keep = new Set<string>();
  const failed: Problem[] = [];
  for (const record of records) {
    try {
      await syncEntry(record);
    } catch (error) {
      failed.push(failedFile(record.file, error, context));
    }
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  return failed;

  async function syncEntry(record: SourceRecord) {
    const id = record.data.slug;
    keep.add(id);
    const filePath = relative(config.root.pathname, record.file).split('\\').join('/');
    const digest = generateDigest({ file: filePath, body: record.body, data: JSON.stringify(record.data) });
    const existing = store.get(id);
    if (existing?.digest === digest) {
      // Unchanged entry: re-register its images, as Astro's own glob() loader does (not in the public type).
      const assets = store as typeof store & { addAssetImports?: (assets: string[], file: string) => void };
      if (existing.assetImports?.length) assets.addAssetImports?.(existing.assetImports, existing.filePath ?? filePath);
      if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
      return;
    }
    const data = await parseData({ id, data: { ...record.data }, filePath: record.file });
    if (record.file.endsWith('.mdx')) {
      store.set({ id, data, body: record.body, filePath, digest, deferredRender: true });
    } else {
      // The empty front matter keeps a body that starts with `---` (a rule) from being read as front matter.
      const rendered = await renderMarkdown(`---\n---\n${record.body}`, { fileURL: pathToFileURL(record.file) });
      // The HTML is stored; the Markdown source is not kept a second time.
      store.set({ id, data, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
    }
  }
}

/** Loads one collection's records from the shared content read, and reloads them on change in dev. */
function contentLoader(
  name: string,
  select: (report: ContentReport) => SourceRecord[],
  after?: (report: ContentReport, context: LoaderContext) => void,
): Loader {
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const report = contentReport();
        reportProblems(report, context);
        const failed = await syncEntries(context, select(report));
        after?.(report, context);
        if (!failed.length) return;
        for (const problem of failed) context.logger.error(formatProblem(problem));
        stopBuild(reportMessages.buildFailed(failed.length), context);
      };
      try {
        await sync();
      } catch (error) {
        if (context.watcher) throw error;
        // Only a fault of our own gets here: say so plainly, with the trace on request.
        debugTrace(error, context.logger);
        stopBuild(buildMessages.unexpected(error instanceof Error ? error.message.split('\n')[0] : String(error)), context);
      }
      watchContent(context, sync);
      doneWithRead(name, context);
    },
  };
}

/** Published articles only: drafts and scheduled articles never reach the store. */
export const articlesLoader = () =>
  contentLoader(
    LOADERS.articles,
    (report) => report.articles.filter((a) => a.status === 'published'),
    // The sitemap's dates, so it need not read the whole folder again after the pages are built.
    (report, { config }) => saveLastModified(fileURLToPath(config.cacheDir), report),
  );

export const pagesLoader = () => contentLoader(LOADERS.pages, (report) => report.pages.filter((p) => !p.data.draft));

/** Published bulletin issues (số bản tin); the body is the foreword. */
export const issuesLoader = () => contentLoader(LOADERS.issues, (report) => report.issues.filter((i) => i.status === 'published'));

export function categoriesLoader(): Loader {
  return {
    name: LOADERS.categories,
    load: async (context) => {
      const report = contentReport();
      reportProblems(report, context);
      context.store.clear();
      report.categories.forEach((category, order) => {
        context.store.set({ id: category.slug, data: { ...category, order } });
      });
      doneWithRead(LOADERS.categories, context);
    },
  };
}
