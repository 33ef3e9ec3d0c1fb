import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtSite, fixture, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.ts';
import { exactPages, expectedPages, fold, hasMarks, indexedPage, type IndexedPage } from '../helpers/search-oracle.ts';

const queries: { q: string; note: string }[] = JSON.parse(readFileSync(fixture('search-queries.json'), 'utf8'));
/** Queries with a word no page has: Pagefind alone would quietly search without it. */
const absent: [string, string][] = [
  ['tap huan vutru', 'vutru'],
  ['dai bieu quocte', 'quocte'],
  ['"da nang" homqua', 'homqua'],
  ['dongg nai', 'dongg'],
];

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let page: Page;
let pages: IndexedPage[];

beforeAll(async () => {
  site = builtSite('search-site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  pages = site
    .files()
    .filter((file) => /^bai-viet\/[^/]+\/index\.html$/.test(file))
    .map((file) => indexedPage(`/${file.replace(/index\.html$/, '')}`, site.read(file)));
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}/tim-kiem/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query into the search page like a reader, and returns every result URL in order. */
async function search(q: string): Promise<{ urls: string[]; status: string }> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached' });
  // The status line names the query it answers (or its missing word): a stale list cannot pass for this one.
  const words = q.normalize('NFC').toLocaleLowerCase('vi').replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  await page.waitForFunction((list) => {
    const status = (document.querySelector('#search-status')?.textContent ?? '').toLocaleLowerCase('vi').normalize('NFC');
    return list.some((word) => status.includes(word));
  }, words);
  for (;;) {
    const more = page.locator('#search-more');
    if (!(await more.isVisible())) break;
    const before = await page.locator('.hit').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.hit').length > n, before);
  }
  const urls = await page.locator('.hit__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return { urls, status: (await page.locator('#search-status').textContent()) ?? '' };
}

describe('the search index', () => {
  it('is built inside `astro build` and says how many pages it indexed and how long it took', () => {
    expect(site.output).toMatch(new RegExp(`Chỉ mục tìm kiếm: ${pages.length} bài viết trong \\d+\\.\\d giây`));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(site.exists('pagefind/pagefind.js')).toBe(true);
  });

  it('fetches Pagefind’s runtime and WebAssembly once for a search over every year', async () => {
    const fresh = await browser.newPage();
    const fetched: string[] = [];
    fresh.on('requestfinished', (request) => void (request.url().includes('/pagefind/') && fetched.push(new URL(request.url()).pathname)));
    await fresh.goto(`${server.url}/tim-kiem/?q=phu+nu`);
    await fresh.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached' });
    expect(await fresh.locator('.hit').count()).toBeGreaterThan(0);
    const manifest = JSON.parse(site.read('pagefind/shards.json')) as { shards: { id: string }[] };
    // Every year was searched…
    for (const { id } of manifest.shards)
      expect(
        fetched.some((path) => path.startsWith(`/pagefind/${id}/index/`)),
        id,
      ).toBe(true);
    // …with one runtime, one worker and one real module (the other years hold a stub).
    expect(fetched.filter((path) => /pagefind(-worker)?\.js$/.test(path)).sort()).toEqual([
      `/pagefind/${manifest.shards[0].id}/pagefind-worker.js`,
      '/pagefind/pagefind.js',
    ]);
    const wasm = fetched.filter((path) => path.includes('/wasm.'));
    expect(wasm.length).toBe(manifest.shards.length);
    expect(wasm.filter((path) => site.read(path.slice(1)).length > 1000)).toEqual([`/pagefind/${manifest.shards[0].id}/wasm.unknown.pagefind`]);
    await fresh.close();
  });

  it('indexes articles only (no list, tag, archive or search page), each in the shard of its year', () => {
    const fragments = site.files().filter((file) => /^pagefind\/\d{4}\/fragment\//.test(file));
    expect(fragments.length).toBe(pages.length);
    const manifest = JSON.parse(site.read('pagefind/shards.json')) as { shards: { id: string; pages: number }[] };
    const years = [...new Set(pages.map((page) => page.year))].sort().reverse();
    expect(manifest.shards.map((s) => s.id)).toEqual(years);
    for (const shard of manifest.shards) {
      expect(shard.pages).toBe(pages.filter((page) => page.year === shard.id).length);
      expect(site.files().filter((file) => file.startsWith(`pagefind/${shard.id}/fragment/`)).length).toBe(shard.pages);
    }
  });
});

describe('the query table', () => {
  it('has at least 50 queries over at least 30 articles, and no query word that Pagefind could drop', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50);
    expect(pages.length).toBeGreaterThanOrEqual(30);
    const words = (q: string) =>
      q
        .replace(/"/g, ' ')
        .split(/[\s-]+/)
        .filter(Boolean);
    // A word that matches nothing is dropped by Pagefind: such a query would test nothing.
    const unmatched = queries.flatMap(({ q }) => words(q).filter((word) => expectedPages(pages, word).size === 0));
    expect(unmatched).toEqual([]);
    // And most multi-word queries have a word that narrows the answer, so precision is tested.
    const multi = queries.filter(({ q }) => words(q).length > 1 && !q.includes('"'));
    const narrowing = multi.filter(({ q }) => {
      const all = expectedPages(pages, q).size;
      return words(q).some(
        (_, i) =>
          expectedPages(
            pages,
            words(q)
              .filter((__, k) => k !== i)
              .join(' '),
          ).size > all,
      );
    });
    expect(narrowing.length).toBeGreaterThanOrEqual(multi.length / 2);
  });

  for (const { q, note } of queries) {
    it(`${JSON.stringify(q)} — ${note}`, async () => {
      const expected = expectedPages(pages, q);
      expect(expected.size, 'the fixture has pages for this query').toBeGreaterThan(0);
      const { urls } = await search(q);
      // Recall and precision: exactly the pages that contain every word.
      expect(new Set(urls)).toEqual(expected);
      expect(urls.length).toBe(new Set(urls).size);
      if (hasMarks(q)) {
        // Typed with marks: pages matching the marks come before pages that match only folded.
        const exact = exactPages(pages, q);
        expect(new Set(urls.slice(0, exact.size))).toEqual(exact);
        // Marks that match nothing exactly rank nothing higher: the same list as without marks.
        if (exact.size === 0) expect(urls).toEqual((await search(fold(q))).urls);
        // NFD (as pasted from some phones) gives the same answer in the same order.
        expect((await search(q.normalize('NFD'))).urls).toEqual(urls);
      }
    });
  }

  // The index is split by year (src/lib/search/shards.ts): a date sort must still be one exact
  // order over every year, and a year must give exactly that year's pages.
  describe('across the year shards', () => {
    const choose = async (name: string, value: string) => {
      await page.selectOption(`select[name="${name}"]`, value);
      await page.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached' });
    };
    afterAll(async () => {
      await choose('sap-xep', '');
      await choose('nam', '');
    });
    const byDate = (urls: Iterable<string>) => [...urls].map((url) => pages.find((p) => p.url === url)!.date);
    for (const q of ['tap huan', 'phụ nữ', 'hoi']) {
      it(`${JSON.stringify(q)} newest first and oldest first: every matching page, in exact date order over all years`, async () => {
        const expected = expectedPages(pages, q);
        expect(new Set(byDate(expected).map((d) => d.slice(0, 4))).size, 'matches in several years').toBeGreaterThan(2);
        await choose('sap-xep', 'moi-nhat');
        const newest = (await search(q)).urls;
        expect(new Set(newest)).toEqual(expected);
        expect(byDate(newest)).toEqual(byDate(newest).sort().reverse());
        await choose('sap-xep', 'cu-nhat');
        const oldest = (await search(q)).urls;
        expect(new Set(oldest)).toEqual(expected);
        expect(byDate(oldest)).toEqual(byDate(oldest).sort());
        await choose('sap-xep', '');
      });
    }
    it('a chosen year gives exactly the matching pages of that year', async () => {
      const q = 'tap huan';
      const years = [...new Set(pages.map((p) => p.year))];
      for (const year of years) {
        await choose('nam', year);
        const expected = [...expectedPages(pages, q)].filter((url) => pages.find((p) => p.url === url)!.year === year);
        if (expected.length === 0) continue;
        expect(new Set((await search(q)).urls)).toEqual(new Set(expected));
      }
      await choose('nam', '');
    });
  });

  for (const [q, word] of absent) {
    it(`${JSON.stringify(q)} — a word no page has gives no results and names it`, async () => {
      expect(expectedPages(pages, word).size).toBe(0);
      const { urls, status } = await search(q);
      expect(urls).toEqual([]);
      expect(status).toContain(`Không có bài viết nào chứa “${word}”`);
    });
  }

  it('folds the way readers type: the oracle itself agrees that đ is d', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
  });
});
