/**
 * Search figures in headless Chromium over a built site: bytes fetched for the first query and
 * for a follow-up, and the latency of queries typed into the search page.
 * `node … scripts/bench/search.ts <dist>` prints them; `bench.ts` calls `measureSearch`.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, serveStatic } from '../../tests/helpers/static-server.ts';
import { paths } from '../../src/lib/site/urls.ts';

/** Typical queries, with and without marks, one to four words. */
export const BENCH_QUERIES = [
  'tap huan',
  'phụ nữ',
  'da nang',
  'bình đẳng giới',
  'khoi nghiep',
  'hội viên',
  'Đảng',
  'gia dinh',
  'dai bieu',
  'bầu cử đại biểu',
  'nong thon moi',
  'tiết kiệm',
  'dao tao nghe',
  'an toan thuc pham',
  'phong trào thi đua',
  'ho tro',
  'chi hội',
  'vay von',
  'tre em',
  '"tap huan"',
];

export interface SearchFigures {
  /** Bytes over the wire (gzip as a static host sends them) for the first search on a fresh visit. */
  firstQueryBytes: number;
  /** Of which Pagefind's runtime and WebAssembly. */
  runtimeBytes: number;
  /** Further bytes for a second, different query. */
  followUpBytes: number;
  /** Milliseconds from pressing Enter to the results shown (ten loaded), warm. */
  medianMs: number;
  p90Ms: number;
  firstQueryMs: number;
  queries: number;
}

/** Bytes of every search file fetched so far, by the page and by Pagefind's worker. */
function trackBytes(page: Page) {
  const fetched: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return () => ({
    total: fetched.reduce((sum, f) => sum + f.bytes, 0),
    runtime: fetched.filter((f) => /pagefind(-worker)?\.js|wasm\./.test(f.url)).reduce((sum, f) => sum + f.bytes, 0),
  });
}

async function timedSearch(page: Page, q: string): Promise<number> {
  await page.fill('#search-q', q);
  const started = Date.now();
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  return Date.now() - started;
}

export async function measureSearch(dist: string, queries = BENCH_QUERIES): Promise<SearchFigures> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = trackBytes(page);
    await page.goto(`${server.url}${paths.search()}`);
    const firstQueryMs = await timedSearch(page, queries[0]);
    await page.waitForLoadState('networkidle');
    const first = bytes();
    await timedSearch(page, queries[1]);
    await page.waitForLoadState('networkidle');
    const second = bytes();
    const times: number[] = [];
    for (const q of queries.slice(2)) times.push(await timedSearch(page, q));
    // Each query again: the latency a reader sees once the index parts are cached.
    for (const q of queries) times.push(await timedSearch(page, q));
    times.sort((a, b) => a - b);
    return {
      firstQueryBytes: first.total,
      runtimeBytes: first.runtime,
      followUpBytes: second.total - first.total,
      medianMs: times[Math.floor(times.length / 2)],
      p90Ms: times[Math.floor(times.length * 0.9)],
      firstQueryMs,
      queries: times.length + 2,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('Dùng: node … scripts/bench/search.ts <thư mục dist đã build>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measureSearch(dist), null, 2));
}
