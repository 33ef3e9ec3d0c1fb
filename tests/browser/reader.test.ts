import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtSite, ROOT, SUB_PATH, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.ts';

/**
 * A reader's visit in a real browser (Debian Chromium through playwright-core) over the fixture
 * site built under a sub-path, as on GitHub Pages.
 */
const BASE = SUB_PATH.BASE_PATH;
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Hosts of every request the pages made, to prove nothing third-party loads unasked. */
let hosts: string[] = [];

beforeAll(async () => {
  site = builtSite('site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  server = await serveStatic(site.outDir, BASE);
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  // The tests run offline: third-party requests are recorded, then refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    hosts.push(url.host);
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path = '') => `${server.url}${BASE}${path}`;

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url(path));
  expect(response?.status(), path).toBeLessThan(path.includes('khong-co-trang-nay') ? 500 : 400);
  return page;
}

async function axeViolations(page: Page) {
  // The pages carry a Content-Security-Policy without inline scripts, so axe is
  // evaluated through the DevTools protocol rather than added as a <script>.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

async function waitForSearch(page: Page) {
  await page.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached' });
}

describe('a reader’s journey', () => {
  it('home → section → article → tag → header search "tap huan" → the result', async () => {
    const page = await open('');
    await expect(page.title()).resolves.toContain('Bản tin');
    await page.locator('nav.sections a', { hasText: 'Hoạt động Hội' }).click();
    await page.waitForURL(/\/chuyen-muc\/hoat-dong-hoi\/$/);
    await page.locator('main .card__title a', { hasText: 'Hội nghị phụ nữ phường An Bình' }).click();
    await page.waitForURL(/\/bai-viet\/hoi-nghi-phu-nu\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Hội nghị phụ nữ phường An Bình');
    await page.locator('.tag-list a', { hasText: 'tập huấn' }).click();
    await page.waitForURL(/\/the\/tap-huan\/$/);
    await page.fill('#site-search', 'tap huan');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=tap\+huan$/);
    await waitForSearch(page);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Tìm thấy \d+ bài viết cho “tap huan”\.$/);
    const first = page.locator('.hit__title a').first();
    await expect(first.textContent()).resolves.toBe('Hội nghị phụ nữ phường An Bình');
    await expect(page.locator('.hit mark').first().textContent()).resolves.toMatch(/^tập huấn$/i);
    await expect(page.locator('.hit__meta').first().textContent()).resolves.toBe('15/01/2024 · Hoạt động Hội');
    // The cover as a small WebP thumbnail, decorative next to the linked title.
    const thumbnail = page.locator('.hit').first().locator('img.hit__image');
    await expect(thumbnail.getAttribute('src')).resolves.toMatch(/^\/bantin\/_astro\/bia\.[^/]+\.webp$/);
    await expect(thumbnail.getAttribute('alt')).resolves.toBe('');
    await expect(thumbnail.evaluate(async (img: HTMLImageElement) => (await img.decode(), img.naturalWidth))).resolves.toBe(192);
    await first.click();
    await page.waitForURL(url('bai-viet/hoi-nghi-phu-nu/'));
    await page.close();
  });

  it('pages through a long section with rel=next/prev links', async () => {
    const page = await open('chuyen-muc/cac-de-an/');
    const firstPage = await page.locator('main .card__title a').allTextContents();
    await page.locator('.pagination a[rel="next"]').click();
    await page.waitForURL(/\/chuyen-muc\/cac-de-an\/2\/$/);
    const second = await page.locator('main .card__title a').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((title) => firstPage.includes(title))).toBe(false);
    await page.locator('.pagination a[rel="prev"]').click();
    await page.waitForURL(/\/chuyen-muc\/cac-de-an\/$/);
    await page.close();
  });

  it('answers an unknown address with the 404 page, in Vietnamese, with a way on', async () => {
    const page = await context.newPage();
    const response = await page.goto(url('khong-co-trang-nay/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
    await expect(page.locator('main a[href="/bantin/"]').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('loads nothing from YouTube before the reader clicks play', async () => {
    hosts = [];
    const page = await open('bai-viet/phong-su-video/');
    await page.waitForLoadState('networkidle');
    expect(hosts.filter((host) => !host.startsWith('127.0.0.1'))).toEqual([]);
    await page.locator('.video__facade').click();
    const frame = page.locator('.video iframe');
    await expect(frame.getAttribute('src')).resolves.toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await page.close();
  });

  it('does not load the search runtime on article pages, even when the header box is used', async () => {
    const page = await context.newPage();
    const searchRequests: string[] = [];
    page.on('request', (request) => void (request.url().includes('/pagefind/') && searchRequests.push(request.url())));
    await page.goto(url('bai-viet/hoi-nghi-phu-nu/'));
    await page.click('#site-search');
    await page.keyboard.type('phu nu');
    // Give any lazy loading a full second to show itself.
    await expect(page.waitForRequest((request) => request.url().includes('/pagefind/'), { timeout: 1000 })).rejects.toThrow();
    expect(searchRequests).toEqual([]);
    await page.close();
  });
});

describe('the search page', () => {
  it('fetches the search runtime only when there is something to search', async () => {
    const page = await context.newPage();
    const early = page.waitForRequest((request) => request.url().includes('/pagefind/'), { timeout: 1000 });
    await page.goto(url('tim-kiem/'));
    await expect(early).rejects.toThrow();
    const runtime = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'), { timeout: 5000 });
    await page.click('#search-q');
    await expect(runtime).resolves.toBeTruthy();
    await page.close();
  });

  it('shows each result once when "Xem thêm" is pressed twice in a row, and moves focus to the new ones', async () => {
    const page = await open('tim-kiem/?q=ban+tin');
    await waitForSearch(page);
    const total = Number((await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    await page.locator('#search-more').dblclick();
    await page.waitForFunction(() => document.querySelectorAll('.hit').length >= 20);
    await page.waitForSelector('#search-more:not([disabled])', { state: 'attached' });
    const urls = await page.locator('.hit__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(urls).toHaveLength(20);
    expect(new Set(urls).size).toBe(urls.length);
    await expect(page.evaluate(() => document.activeElement?.closest('.hit') !== null)).resolves.toBe(true);
    await page.close();
  });

  it('does not find words that are only in addresses, file names or dates', async () => {
    const page = await open('tim-kiem/');
    for (const q of ['webp', 'astro', '15/01/2024']) {
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await waitForSearch(page);
      await expect(page.locator('.hit').count(), q).resolves.toBe(0);
    }
    await page.close();
  });

  it('keeps the search in the URL: reload-safe, and the back button returns to the previous search', async () => {
    const page = await open('tim-kiem/?q=tap+huan');
    await waitForSearch(page);
    await expect(page.inputValue('#search-q')).resolves.toBe('tap huan');
    await page.fill('#search-q', 'hội nghị');
    await page.press('#search-q', 'Enter');
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('hội nghị');
    const second = await page.locator('.hit__title a').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    await page.reload();
    await waitForSearch(page);
    await expect(page.locator('.hit__title a').allTextContents()).resolves.toEqual(second);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'tap huan');
    await waitForSearch(page);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('“tap huan”');
    await page.close();
  });

  it('filters by section and year and sorts by date, all reflected in the URL', async () => {
    const page = await open('tim-kiem/?q=ban+tin');
    await waitForSearch(page);
    await page.selectOption('select[name="chuyen-muc"]', 'cac-de-an');
    await waitForSearch(page);
    await page.selectOption('select[name="sap-xep"]', 'cu-nhat');
    await waitForSearch(page);
    expect(new URL(page.url()).search).toBe('?q=ban+tin&chuyen-muc=cac-de-an&sap-xep=cu-nhat');
    const metas = await page.locator('.hit__meta').allTextContents();
    expect(metas.length).toBe(10);
    expect(metas.every((meta) => meta.endsWith('· Các đề án'))).toBe(true);
    const dates = metas.map((meta) => meta.slice(0, 10).split('/').reverse().join('-'));
    expect(new Set(dates).size).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort());
    await page.selectOption('select[name="sap-xep"]', 'moi-nhat');
    await waitForSearch(page);
    const newest = (await page.locator('.hit__meta').allTextContents()).map((meta) => meta.slice(0, 10).split('/').reverse().join('-'));
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0] > dates[0]).toBe(true);
    await page.selectOption('select[name="nam"]', '2023');
    await waitForSearch(page);
    expect(new URL(page.url()).searchParams.get('nam')).toBe('2023');
    const years = await page.locator('.hit__meta').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((meta) => meta.slice(6, 10) === '2023')).toBe(true);
    await page.selectOption('select[name="nam"]', '2024');
    await waitForSearch(page);
    await expect(page.locator('.hit').count()).resolves.toBe(0);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Không tìm thấy bài viết nào/);
    await page.close();
  });

  it('works with the keyboard alone and announces the count to screen readers', async () => {
    const page = await open('tim-kiem/');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'search-q')); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('hoi nghi');
    await page.keyboard.press('Enter');
    await waitForSearch(page);
    const status = page.locator('#search-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.textContent()).resolves.toMatch(/^Tìm thấy \d+ bài viết/);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('.hit') !== null)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bai-viet\//);
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url('tim-kiem/?q=tap+huan'));
    await expect(page.locator('main').innerText()).resolves.toContain('Tìm kiếm cần bật JavaScript');
    await expect(page.locator('.search-form__filters').isVisible()).resolves.toBe(false);
    await noJs.close();
  });

  it('tells the reader when the search files cannot be loaded', async () => {
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(url('tim-kiem/?q=tap+huan'));
    await waitForSearch(page);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('Không tải được công cụ tìm kiếm. Kiểm tra kết nối mạng rồi tải lại trang.');
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA and best practices)', () => {
  const pages: [string, string][] = [
    ['home', ''],
    ['article', 'bai-viet/hoi-nghi-phu-nu/'],
    ['video article', 'bai-viet/phong-su-video/'],
    ['section', 'chuyen-muc/cac-de-an/2/'],
    ['tag', 'the/tap-huan/'],
    ['tags', 'the/'],
    ['archive', 'luu-tru/'],
    ['archive year', 'luu-tru/2024/'],
    ['static page', 'gioi-thieu/'],
    ['search with results', 'tim-kiem/?q=tap+huan'],
    ['404', 'khong-co-trang-nay/'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of pages) {
      it(`${name} (${scheme}) has no violations`, async () => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url(path));
        if (path.startsWith('tim-kiem')) {
          await waitForSearch(page);
          expect(await page.locator('.hit').count()).toBeGreaterThan(0);
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('print', () => {
  it('prints an article on A4 without navigation, with link addresses and the article URL', async () => {
    const page = await open('bai-viet/hoi-nghi-phu-nu/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav.sections', '.share', '.site-footer', '.related', '.prev-next']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const after = await page
      .locator('.prose a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/bantin/bai-viet/ngay-8-3/');
    await expect(page.locator('.print-only').innerText()).resolves.toBe('Bài viết tại: https://hoi.example.vn/bantin/bai-viet/hoi-nghi-phu-nu/');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});

describe('layout', () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`fits ${width} px without sideways scrolling, and leaves screenshots for review`, async () => {
      const shots = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      await shots.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      for (const [name, path] of [
        ['home', ''],
        ['article', 'bai-viet/hoi-nghi-phu-nu/'],
        ['section', 'chuyen-muc/cac-de-an/'],
        ['search', 'tim-kiem/?q=tap+huan'],
        ['404', 'khong-co-trang-nay/'],
      ]) {
        const page = await shots.newPage();
        await page.goto(url(path));
        if (name === 'search') await waitForSearch(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        await page.close();
      }
      await shots.close();
    });
  }

  it('stays usable at 200 % zoom (text doubled at 640 px wide): no sideways scrolling', async () => {
    const zoom = await browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    await zoom.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const page = await zoom.newPage();
    for (const path of ['', 'bai-viet/hoi-nghi-phu-nu/', 'tim-kiem/?q=tap+huan']) {
      await page.goto(url(path));
      if (path.startsWith('tim-kiem')) await waitForSearch(page);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path || 'home').toBeLessThanOrEqual(0);
    }
    await zoom.close();
  });
});
