import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { indexableHtml } from '../lib/search/indexable.ts';

/** Where articles live in the built site, relative to its root. */
const ARTICLES = 'bai-viet';
export const SEARCH_BUNDLE = 'pagefind';

export interface IndexFigures {
  pages: number;
  skipped: string[];
  seconds: number;
  bytes: number;
  files: number;
}

/**
 * Indexes the built articles with Pagefind's Node API and writes the bundle to
 * `<outDir>/pagefind/`. Articles are read one at a time, so this side's memory stays flat
 * however large the archive.
 */
export async function buildSearchIndex(outDir: string): Promise<IndexFigures> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const root = join(outDir, ARTICLES);
  const slugs = existsSync(root) ? (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  slugs.sort();
  const skipped: string[] = [];
  let pages = 0;
  // Pages are added one at a time in a fixed order, so two builds of the same content write
  // the same index; the next file is read while Pagefind works on the current one.
  const read = (slug: string) => readFile(join(root, slug, 'index.html'), 'utf8').catch(() => undefined);
  let upcoming = slugs.length > 0 ? read(slugs[0]) : undefined;
  for (let i = 0; i < slugs.length; i++) {
    const page = await upcoming;
    upcoming = i + 1 < slugs.length ? read(slugs[i + 1]) : undefined;
    const html = page && indexableHtml(page);
    if (!html) {
      skipped.push(`${ARTICLES}/${slugs[i]}/`);
      continue;
    }
    // URLs are stored without the base path; the search page gives it to Pagefind as `baseUrl`.
    const added = await index.addHTMLFile({ url: `/${ARTICLES}/${slugs[i]}/`, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${ARTICLES}/${slugs[i]}/: ${added.errors.join('; ')}`);
    pages++;
  }
  const output = join(outDir, SEARCH_BUNDLE);
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The site has its own search page; Pagefind's ready-made interfaces are never loaded.
  for (const name of await readdir(output)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) await rm(join(output, name));
  const { bytes, files } = await folderSize(output);
  return { pages, skipped, seconds: (performance.now() - started) / 1000, bytes, files };
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function memoryLine(): string {
  const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return `Bộ nhớ tiến trình build: RSS ${mb(rss)}, heap JS ${mb(heapUsed)}/${mb(heapTotal)}, ngoài heap ${mb(external)}.`;
}

function report(logger: AstroIntegrationLogger, figures: IndexFigures) {
  logger.info(
    `Chỉ mục tìm kiếm: ${figures.pages} bài viết trong ${figures.seconds.toFixed(1)} giây ` +
      `(${(figures.bytes / 1e6).toFixed(1)} MB, ${figures.files} tệp).`,
  );
  for (const page of figures.skipped) logger.warn(`Không lập chỉ mục được ${page}: trang không có phần nội dung bài.`);
}

/**
 * The search integration: builds the index at the end of `astro build`, and in `astro dev`
 * serves the bundle of the last build so the search page works there too.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'bantin:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // BANTIN_MEMORY_LOG=1 shows what the build process holds when indexing starts (for profiling large archives).
        if (process.env.BANTIN_MEMORY_LOG) logger.info(memoryLine());
        report(logger, await buildSearchIndex(fileURLToPath(dir)));
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${SEARCH_BUNDLE}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]);
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
