import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { buildMessages } from '../i18n/messages.ts';
import { routes, site } from '../lib/site/config.ts';
import { normalizeBase } from '../lib/site/deploy.ts';
import { ISSUE_FONT_FILE } from '../lib/issues/font.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/site/chromium.ts';
import { pagesOfTitles, printKey, stabilisePdf } from '../lib/issues/print.ts';
import { readBookmarks } from '../lib/issues/bookmarks.ts';
import { issuePdfEnabled } from '../lib/issues/settings.ts';

/** Part of the cache key: a change here prints every issue again. */
const LAYOUT_VERSION = 1;
/** Where the cache keeps printed issues, and the log of every request the printing browser made. */
export const PDF_CACHE = 'issue-pdf';
export const REQUEST_LOG = 'requests.log';

/** A print layout page in the built site, and the PDF it becomes. */
interface PrintJob {
  /** Site path of the print page ("/ban-tin/2026/so-3/in/"). */
  page: string;
  html: string;
  /** Site path of the PDF (from the page's `bantin:pdf` meta). */
  pdf: string;
  date: Date;
}

const meta = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

/** Every issue's print layout in the built site, in a fixed order. */
async function printJobs(outDir: string): Promise<PrintJob[]> {
  const root = join(outDir, routes.issue);
  if (!existsSync(root)) return [];
  const jobs: PrintJob[] = [];
  for (const year of (await readdir(root)).sort()) {
    if (!/^\d+$/.test(year)) continue;
    for (const issue of (await readdir(join(root, year))).sort()) {
      const file = join(root, year, issue, 'in', 'index.html');
      if (!existsSync(file)) continue;
      const html = await readFile(file, 'utf8');
      const pdf = meta(html, 'bantin:pdf');
      const date = meta(html, 'bantin:date');
      if (pdf && date) jobs.push({ page: `/${routes.issue}/${year}/${issue}/in/`, html, pdf, date: new Date(date) });
    }
  }
  return jobs;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ttf': 'font/ttf',
};

/** Serves the built site on 127.0.0.1 under its base path, for the printing browser only. */
async function serveBuilt(outDir: string, base: string): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) throw new Error('outside');
      let file = normalize(join(outDir, path.slice(base.length)));
      if (!(file + sep).startsWith(outDir + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

export interface PrintFigures {
  printed: number;
  reused: number;
  seconds: number;
  /** Requests the page tried to send elsewhere than the local server (blocked). */
  blocked: string[];
}

/**
 * Prints every issue's print layout to PDF with Chromium: a first print gives the bookmarks,
 * whose pages are written into the contents, then the issue is printed again (a third time if the
 * numbers moved). A PDF is kept in the cache under the hash of what made it (page, font, paper,
 * pictures), so an unchanged issue is copied, not printed.
 */
export async function printIssues(outDir: string, cacheDir: string, base: string, logger?: AstroIntegrationLogger): Promise<PrintFigures> {
  const started = performance.now();
  const jobs = await printJobs(outDir);
  const figures: PrintFigures = { printed: 0, reused: 0, seconds: 0, blocked: [] };
  if (!jobs.length) return figures;
  const cache = join(cacheDir, PDF_CACHE);
  await mkdir(cache, { recursive: true });
  const font = await readFile(ISSUE_FONT_FILE);
  const settings = { paper: site.issuePaper, layout: LAYOUT_VERSION, base };

  const pending: (PrintJob & { key: string; target: string })[] = [];
  for (const job of jobs) {
    const pictures = await Promise.all(
      [...job.html.matchAll(/<img[^>]+src="([^"]+)"/g)].map(([, src]) =>
        readFile(join(outDir, decodeURI(src).slice(base.length))).catch(() => Buffer.alloc(0)),
      ),
    );
    const key = printKey({ html: job.html, font, settings, pictures });
    const target = join(outDir, job.pdf.slice(1));
    const cached = join(cache, `${key}.pdf`);
    if (existsSync(cached)) {
      await copyFile(cached, target);
      figures.reused++;
    } else pending.push({ ...job, key, target });
  }
  if (pending.length) {
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      throw new PrintSetupError(buildMessages.issuePdfNoPlaywright());
    }
    if (!existsSync(chromiumPath())) throw new PrintSetupError(buildMessages.issuePdfNoBrowser(chromiumPath()));
    const { origin, server } = await serveBuilt(outDir, base);
    const browser = await playwright.chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const requests: string[] = [];
    try {
      const context = await browser.newContext();
      // The print page may use the built site only: anything else is refused, logged and reported.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        requests.push(url);
        if (url.startsWith(`${origin}/`)) return route.continue();
        figures.blocked.push(url);
        logger?.warn(buildMessages.issuePdfBlocked(url));
        return route.abort('blockedbyclient');
      });
      for (const job of pending) {
        const page = await context.newPage();
        try {
          const pdf = await printOne(page, `${origin}${base}${job.page.slice(1)}`);
          const stable = stabilisePdf(pdf, job.date);
          await writeFile(job.target, stable);
          await writeFile(join(cache, `${job.key}.pdf`), stable);
          figures.printed++;
        } catch (error) {
          if (error instanceof PrintSetupError) throw error;
          throw new PrintSetupError(buildMessages.issuePdfFailed(job.page, error instanceof Error ? error.message.split('\n')[0] : String(error)));
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
      await writeFile(join(cache, REQUEST_LOG), requests.map((url) => `${url.startsWith(`${origin}/`) ? 'local' : 'blocked'} ${url}\n`).join(''));
    }
  }
  await fillEnclosureLengths(outDir, base, jobs);
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

type Page = import('playwright-core').Page;

/** Loads the print page, waits for its font and pictures, prints, fills in the contents' pages, and prints again. */
async function printOne(page: Page, url: string): Promise<Buffer> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
  });
  const titles = await page.$$eval('[data-toc-title]', (entries) => entries.map((entry) => (entry as HTMLElement).dataset.tocTitle ?? ''));
  const print = () => page.pdf({ format: site.issuePaper, printBackground: true, tagged: true, outline: true, preferCSSPageSize: true });
  let pdf = await print();
  let filled: (number | undefined)[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const pages = pagesOfTitles(await readBookmarks(pdf), titles);
    if (pass > 0 && pages.every((p, i) => p === filled[i])) break;
    filled = pages;
    await page.$$eval(
      '[data-toc-title] .toc__page',
      (cells, numbers) => cells.forEach((cell, i) => (cell.textContent = numbers[i] == null ? '' : String(numbers[i]))),
      pages,
    );
    pdf = await print();
  }
  return pdf;
}

/** The feed of issues names each PDF as an enclosure; its length is known only now. */
async function fillEnclosureLengths(outDir: string, base: string, jobs: PrintJob[]) {
  const feed = join(outDir, routes.issue, 'rss.xml');
  if (!existsSync(feed)) return;
  let xml = await readFile(feed, 'utf8');
  for (const job of jobs) {
    const target = join(outDir, job.pdf.slice(1));
    if (!existsSync(target)) continue;
    const { size } = await stat(target);
    xml = xml.replace(`${base}${job.pdf.slice(1)}" length="0"`, `${base}${job.pdf.slice(1)}" length="${size}"`);
  }
  await writeFile(feed, xml);
}

/** A failure worded for people: the build stops with it and no trace. */
class PrintSetupError extends Error {}

/** Prints the issues after the pages are written (before the search index, which does not read PDFs). */
export function issuePdf(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'bantin:issue-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!issuePdfEnabled()) {
          logger.info(buildMessages.issuePdfOff());
          return;
        }
        try {
          const figures = await printIssues(fileURLToPath(dir).replace(/[\\/]$/, ''), cacheDir, base, logger);
          if (figures.printed || figures.reused) logger.info(buildMessages.issuePdfDone(figures.printed, figures.reused, figures.seconds.toFixed(1)));
        } catch (error) {
          if (process.env.BANTIN_DEBUG && error instanceof Error && error.stack) logger.error(error.stack);
          logger.error(
            error instanceof PrintSetupError ? error.message : buildMessages.unexpected(error instanceof Error ? error.message.split('\n')[0] : String(error)),
          );
          process.exit(1);
        }
      },
    },
  };
}
