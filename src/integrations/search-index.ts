import { createHash, type Hash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { folderSize } from '../lib/site/files.ts';
import { copyFile, cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildMessages } from '../i18n/messages.ts';
import { indexableHtml } from '../lib/search/indexable.ts';
import { manifestOf, SHARD_MANIFEST, shardOf, WASM_STUB } from '../lib/search/shards.ts';
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
  /** Year shards in the index, and how many of them were reused from the last build. */
  shards: number;
  reusedShards: number;
  /** True when nothing indexable changed since the last build and every shard was reused. */
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

/** Reads each built article page in turn; the next file is read while the current one is used. */
async function eachPage(articles: Article[], use: (article: Article, page: string | undefined) => Promise<void> | void) {
  const read = (article: Article) => readFile(article.file, 'utf8').catch(() => undefined);
  let upcoming = articles.length > 0 ? read(articles[0]) : undefined;
  for (let i = 0; i < articles.length; i++) {
    const page = await upcoming;
    upcoming = i + 1 < articles.length ? read(articles[i + 1]) : undefined;
    await use(articles[i], page);
  }
}

/** The attribute of the element Pagefind indexes; a built page without it has nothing to index. */
const BODY_MARK = 'data-pagefind-body';
/** Pages handed to Pagefind before waiting for its answers. */
const IN_FLIGHT = 16;
/** Raise when `indexableHtml` changes what it gives Pagefind, so cached years are indexed again. */
const INDEXABLE_VERSION = 1;

/** Pagefind's ready-made interfaces: the site has its own search page, so they are not published. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** The runtime the search page imports, copied from a shard to the bundle's top. */
const RUNTIME = 'pagefind.js';
/** Pagefind's web worker, loaded from the folder of the first instance the page creates. */
const WORKER = 'pagefind-worker.js';
/**
 * Pagefind's WebAssembly, compressed, and what replaces it in every shard but the first: its
 * signature with no module. See `WASM_STUB` in src/lib/search/shards.ts.
 */
const WASM_FILE = /^wasm\.[\w-]+\.pagefind$/;

/**
 * Indexes the built articles with Pagefind's Node API, one year at a time (see
 * src/lib/search/shards.ts): `<outDir>/pagefind/<year>/` for each year, Pagefind's runtime and
 * `shards.json` at `<outDir>/pagefind/`. Articles are read one at a time and each year's index is
 * dropped once written, so memory follows the largest year, not the archive. With a `cacheDir`, a
 * year none of whose built pages changed (byte for byte, with the same Pagefind and options) is
 * linked from the last build instead of being indexed again: after one new article only its
 * year is. A first pass reads the built pages as they are (their year, a hash per year); only the
 * pages of years to index are cut down to their indexable part, once each.
 */
export async function buildSearchIndex(outDir: string, cacheDir?: string): Promise<IndexFigures> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const articles = await builtArticles(outDir);
  const output = join(outDir, SEARCH_BUNDLE);
  const skipped: string[] = [];

  // First pass, on the pages as built: each article's year, and a hash of each year's pages.
  const byShard = new Map<string, Article[]>();
  const hashes = new Map<string, Hash>();
  const salt = `pagefind ${pagefindVersion()} ${JSON.stringify(INDEX_OPTIONS)} ${INDEXABLE_VERSION}\n`;
  await eachPage(articles, (article, page) => {
    if (!page?.includes(BODY_MARK)) return void skipped.push(article.url.slice(1));
    const shard = shardOf(page);
    if (!byShard.has(shard)) {
      byShard.set(shard, []);
      hashes.set(shard, createHash('sha256').update(salt));
    }
    byShard.get(shard)!.push(article);
    hashes.get(shard)!.update(`${article.url}\n${page.length}\n`).update(page);
  });
  // Articles per year; a year indexed again counts the pages Pagefind actually took.
  const pages = new Map([...byShard].map(([shard, list]) => [shard, list.length]));
  const manifest = manifestOf(pages);
  const keys = new Map([...hashes].map(([shard, hash]) => [shard, hash.digest('hex')]));

  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const cached = cacheDir && join(cacheDir, 'bantin-search-index');
  let reusedShards = 0;
  let runtimeFrom: string | undefined;
  for (const { id } of manifest.shards) {
    const target = join(output, id);
    const stored = cached && join(cached, id);
    if (stored && existsSync(join(stored, SEARCH_BUNDLE)) && (await readFile(join(stored, 'key'), 'utf8').catch(() => '')) === keys.get(id)) {
      await linkTree(join(stored, SEARCH_BUNDLE), target);
      reusedShards++;
    } else {
      let indexed = 0;
      await writeShard(pagefind, target, (add) =>
        eachPage(byShard.get(id)!, async (article, page) => {
          const html = page === undefined ? undefined : indexableHtml(page);
          if (html) {
            indexed++;
            await add(article.url, html);
          } else skipped.push(article.url.slice(1));
        }),
      );
      pages.set(id, indexed);
      // A year none of whose pages could be read has an index Pagefind cannot open: it is left out.
      if (indexed === 0) {
        await rm(target, { recursive: true, force: true });
        continue;
      }
      if (stored) {
        // The key goes first: a refresh stopped half-way never leaves a key beside a partial copy.
        await rm(join(stored, 'key'), { force: true });
        await rm(stored, { recursive: true, force: true });
        await cp(target, join(stored, SEARCH_BUNDLE), { recursive: true });
        await writeFile(join(stored, 'key'), keys.get(id)!);
      }
    }
    runtimeFrom ??= target;
  }
  manifest.shards = manifest.shards.filter((s) => (pages.get(s.id) ?? 0) > 0).map((s) => ({ ...s, pages: pages.get(s.id)! }));
  // No article at all: an empty index still gives the search page its runtime.
  if (!runtimeFrom) {
    runtimeFrom = join(output, '.empty');
    await writeShard(pagefind, runtimeFrom, async () => {});
  }
  await copyFile(join(runtimeFrom, RUNTIME), join(output, RUNTIME));
  await rm(join(output, '.empty'), { recursive: true, force: true });
  // The page imports the runtime from the top; the first shard, which the search page always
  // opens first, keeps the worker (Pagefind loads it from the first instance's folder) and the
  // WebAssembly module; the others reuse them. Files are removed before being written: they
  // may be hard links into the cache.
  for (const [i, { id }] of manifest.shards.entries()) {
    for (const name of await readdir(join(output, id))) {
      if (name === RUNTIME || (i > 0 && name === WORKER)) await rm(join(output, id, name));
      else if (i > 0 && WASM_FILE.test(name)) {
        await rm(join(output, id, name));
        await writeFile(join(output, id, name), WASM_STUB);
      }
    }
  }
  await writeFile(join(output, SHARD_MANIFEST), JSON.stringify(manifest));
  await pagefind.close();
  if (cached) {
    // Years that no longer exist (every article of that year deleted) leave the cache.
    const current = new Set(manifest.shards.map((s) => s.id));
    for (const name of existsSync(cached) ? await readdir(cached) : []) if (!current.has(name)) await rm(join(cached, name), { recursive: true, force: true });
  }

  return {
    pages: [...pages.values()].reduce((sum, n) => sum + n, 0),
    skipped,
    shards: manifest.shards.length,
    reusedShards,
    reused: manifest.shards.length > 0 && reusedShards === manifest.shards.length,
    seconds: (performance.now() - started) / 1000,
    ...folderSize(output),
  };
}

type PagefindModule = typeof import('pagefind');

/** Writes one Pagefind index of the pages `fill` adds to `target`, then frees it. */
async function writeShard(pagefind: PagefindModule, target: string, fill: (add: (url: string, html: string) => Promise<void>) => Promise<void>) {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // Pages are handed over without waiting for each answer (up to IN_FLIGHT at a time), so this
  // process prepares the next pages while Pagefind's own process indexes the last ones.
  const pending = new Set<Promise<void>>();
  const settle = async (url: string, added: ReturnType<typeof index.addHTMLFile>) => {
    const { errors } = await added;
    if (errors.length > 0) throw new Error(`Pagefind, ${url}: ${errors.join('; ')}`);
  };
  await fill(async (url, content) => {
    const done = settle(url, index.addHTMLFile({ url, content }));
    pending.add(done);
    void done.then(
      () => pending.delete(done),
      () => undefined,
    );
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  });
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const name of await readdir(target)) if (UNUSED_FILES.test(name)) await rm(join(target, name));
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
      `(${(figures.bytes / 1e6).toFixed(1)} MB, ${figures.files} tệp), ${figures.shards} phần theo năm, ` +
      (figures.reused ? 'không bài nào đổi: dùng lại chỉ mục của lần build trước.' : `${figures.reusedShards} phần không đổi được dùng lại.`),
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
