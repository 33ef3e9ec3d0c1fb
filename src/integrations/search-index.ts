import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { folderSize } from '../lib/site/files.ts';
import { copyFile, cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildMessages } from '../i18n/messages.ts';
import { indexableHtml } from '../lib/search/indexable.ts';
import { routes, SEARCH_BUNDLE } from '../lib/site/config.ts';
import { normalizeBase } from '../lib/site/deploy.ts';
import { paths } from '../lib/site/urls.ts';

/** Pagefind's options; part of the cache key with its version, since either changes the index. */
const INDEX_OPTIONS = { forceLanguage: 'vi' };

/** Part of the cache key: a new Pagefind writes a new index. */
function pagefindVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

export interface IndexFigures {
  pages: number;
  skipped: string[];
  seconds: number;
  bytes: number;
  files: number;
  /** True when nothing indexable changed since the last build and its index was reused. */
  reused: boolean;
}

interface Article {
  url: string;
  file: string;
}

/** Built articles in a fixed order, so two builds of the same content write the same index. */
async function builtArticles(outDir: string): Promise<Article[]> {
  const root = join(outDir, routes.article);
  if (!existsSync(root)) return [];
  const slugs = (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  // URLs are stored without the base path; the search page gives it to Pagefind as `baseUrl`.
  return slugs.map((slug) => ({ url: paths.article(slug), file: join(root, slug, 'index.html') }));
}

/** Reads each article's indexable copy in turn; the next file is read while the current one is used. */
async function eachIndexable(articles: Article[], use: (article: Article, html: string | undefined) => Promise<void> | void) {
  const read = (article: Article) => readFile(article.file, 'utf8').catch(() => undefined);
  let upcoming = articles.length > 0 ? read(articles[0]) : undefined;
  for (let i = 0; i < articles.length; i++) {
    const page = await upcoming;
    upcoming = i + 1 < articles.length ? read(articles[i + 1]) : undefined;
    await use(articles[i], page === undefined ? undefined : indexableHtml(page));
  }
}

/**
 * Indexes the built articles with Pagefind's Node API and writes the bundle to
 * `<outDir>/pagefind/`. Articles are read one at a time, so this side's memory stays flat
 * however large the archive. With a `cacheDir`, an index whose input did not change (same
 * indexable text of every article, same Pagefind) is copied from the last build instead of
 * being rebuilt: an hourly rebuild that publishes nothing skips the slowest step.
 */
export async function buildSearchIndex(outDir: string, cacheDir?: string): Promise<IndexFigures> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const articles = await builtArticles(outDir);
  const output = join(outDir, SEARCH_BUNDLE);
  const skipped: string[] = [];
  let pages = 0;
  const finish = (reused: boolean): IndexFigures => ({
    pages,
    skipped,
    reused,
    seconds: (performance.now() - started) / 1000,
    ...folderSize(output),
  });
  /** Counts an article, or notes it as skipped; true when it is to be indexed. */
  const admit = (article: Article, html: string | undefined): html is string => {
    if (html) pages++;
    else skipped.push(article.url.slice(1));
    return Boolean(html);
  };

  const cached = cacheDir && join(cacheDir, 'bantin-search-index');
  let key = '';
  if (cached) {
    const hash = createHash('sha256').update(`pagefind ${pagefindVersion()} ${JSON.stringify(INDEX_OPTIONS)}\n`);
    await eachIndexable(articles, (article, html) => void (admit(article, html) && hash.update(`${article.url}\n${html}\n`)));
    key = hash.digest('hex');
    const bundle = join(cached, SEARCH_BUNDLE);
    if (existsSync(bundle) && (await readFile(join(cached, 'key'), 'utf8').catch(() => '')) === key) {
      await rm(output, { recursive: true, force: true });
      await linkTree(bundle, output);
      return finish(true);
    }
    // Changed: index from the start (the articles are read a second time, one at a time,
    // rather than held in memory since the first pass).
    pages = 0;
    skipped.length = 0;
  }

  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  await eachIndexable(articles, async (article, html) => {
    if (!admit(article, html)) return;
    const added = await index.addHTMLFile({ url: article.url, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${article.url}: ${added.errors.join('; ')}`);
  });
  await rm(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The site has its own search page; Pagefind's ready-made interfaces are never loaded.
  for (const name of await readdir(output)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) await rm(join(output, name));
  if (cached) {
    await rm(cached, { recursive: true, force: true });
    await cp(output, join(cached, SEARCH_BUNDLE), { recursive: true });
    await writeFile(join(cached, 'key'), key);
  }
  return finish(false);
}

/** Hard-links every file of `from` into `to` (ten thousand files in a second), copying where links cannot be made. */
async function linkTree(from: string, to: string) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

function memoryLine(): string {
  const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return `Bộ nhớ tiến trình build: RSS ${mb(rss)}, heap JS ${mb(heapUsed)}/${mb(heapTotal)}, ngoài heap ${mb(external)}.`;
}

function report(logger: AstroIntegrationLogger, figures: IndexFigures) {
  logger.info(
    `Chỉ mục tìm kiếm: ${figures.pages} bài viết trong ${figures.seconds.toFixed(1)} giây ` +
      `(${(figures.bytes / 1e6).toFixed(1)} MB, ${figures.files} tệp)` +
      (figures.reused ? ', không bài nào đổi: dùng lại chỉ mục của lần build trước.' : '.'),
  );
  for (const page of figures.skipped) logger.warn(`Không lập chỉ mục được ${page}: trang không có phần nội dung bài.`);
}

/**
 * The search integration: builds the index at the end of `astro build`, and in `astro dev`
 * serves the bundle of the last build so the search page works there too.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let base = '/';
  return {
    name: 'bantin:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // BANTIN_MEMORY_LOG=1 shows what the build process holds when indexing starts (for profiling large archives).
        if (process.env.BANTIN_MEMORY_LOG) logger.info(memoryLine());
        try {
          report(logger, await buildSearchIndex(fileURLToPath(dir), cacheDir));
        } catch (error) {
          // The pages are built; say which step failed, in words, and stop without a trace (BANTIN_DEBUG=1 shows it).
          if (process.env.BANTIN_DEBUG && error instanceof Error && error.stack) logger.error(error.stack);
          logger.error(buildMessages.searchIndexFailed(error instanceof Error ? error.message.split('\n')[0] : String(error)));
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${SEARCH_BUNDLE}/`;
        server.middlewares.use((req, res, next) => {
          let path: string;
          try {
            path = decodeURIComponent((req.url ?? '').split('?')[0]);
          } catch {
            return next();
          }
          if (!path.startsWith(prefix)) return next();
          const bundle = join(outDir, SEARCH_BUNDLE);
          const file = normalize(join(bundle, path.slice(prefix.length)));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            return res.end();
          }
          res.setHeader('content-type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
