import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { loadContent, readCategories } from '../../src/lib/content/load.ts';
import { routes, site as siteConfig } from '../../src/lib/site/config.ts';
import { toSlug } from '../../src/lib/text/slug.ts';
import { builtSite, fixture, ROOT, SUB_PATH, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.ts';
import { attr, parseHtml } from '../helpers/html.ts';

/**
 * The editors' web editor (Sveltia CMS at /quan-tri/) in the fixture build, which the shared
 * build makes with CMS_BACKEND=test-repo: Sveltia then keeps the repository in the browser's
 * private file system (OPFS, folder sveltia-cms-test/), which the test fills before the editor
 * opens and reads back after saving. Debian Chromium through playwright-core, offline.
 */
const BASE = SUB_PATH.BASE_PATH;
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const EDITOR = `${routes.editor}/`;
/** Where Sveltia's test repository lives in the origin private file system. */
const TEST_REPO = 'sveltia-cms-test';

const CATEGORIES = readFileSync(join(fixture('site'), 'categories.yaml'), 'utf8');
const EXISTING = `---
title: Hội nghị cũ
date: 2024-01-15T08:30
category: hoat-dong-hoi
tags: [phụ nữ]
summary: Tóm tắt cũ.
ghi_chu_rieng: giữ nguyên
---

Nội dung cũ.
`;
const PAST = { title: 'Đại hội đại biểu phụ nữ phường Đông Hà', date: '2024-11-20T08:30', folder: '2024/11' };
/** In the browser's time zone (Paris) this instant is still 31 January: the folder follows Viet Nam's calendar. */
const FUTURE = { title: 'Hội thi “Phụ nữ duyên dáng” năm 2026', date: '2026-02-01T03:00', folder: '2026/02' };

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cover: Buffer;
/** Requests to any host but the test server: recorded, then refused. */
const outside: string[] = [];
/** Fonts the editor loaded, to show they come from the site. */
const fonts: string[] = [];
const errors: string[] = [];

declare global {
  interface Window {
    __violations: string[];
  }
}

const url = (path = '') => `${server.url}${BASE}${path}`;
const field = (key: string) => page.locator(`section[data-key-path="${key}"]`);

/** Every file of the test repository: text, or base64 for pictures. */
function readRepo(): Promise<Record<string, string>> {
  return page.evaluate(async (top) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const file = await (handle as FileSystemFileHandle).getFile();
          if (/\.(md|ya?ml)$/.test(name)) files[prefix + name] = await file.text();
          else {
            const bytes = new Uint8Array(await file.arrayBuffer());
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            files[prefix + name] = btoa(binary);
          }
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(top), '');
    return files;
  }, TEST_REPO);
}

async function writeRepo(files: Record<string, string>) {
  await page.evaluate(
    async ({ top, files }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(top, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { top: TEST_REPO, files },
  );
}

/** Waits until the test repository holds `path`, and returns all its files. */
async function saved(path: string): Promise<Record<string, string>> {
  await expect.poll(async () => Object.keys(await readRepo()), { timeout: 15_000 }).toContain(path);
  return readRepo();
}

async function save() {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

async function openNewArticle() {
  await page.goto(url(`${EDITOR}#/collections/articles/new`));
  await field('title').locator('input').waitFor();
}

async function openNewPage() {
  await page.goto(url(`${EDITOR}#/collections/pages/new`));
  await field('title').locator('input').waitFor();
}

/** Sveltia draws the fields further down once they are scrolled to. */
async function typeBody(text: string) {
  await field('slug').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  const body = field('body').locator('[contenteditable="true"]').first();
  await body.click();
  await page.keyboard.type(text);
}

async function chooseSection(name: string) {
  await field('category').getByRole('combobox').click();
  await page.getByRole('option', { name, exact: true }).click();
}

beforeAll(async () => {
  site = builtSite('site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A real photograph-like picture: a gradient, as JPEG.
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set([157 + (x * 90) / width, 28 + (y * 120) / height, 77 + ((x + y) * 60) / (width + height)], (y * width + x) * 3);
  }
  cover = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
  server = await serveStatic(site.outDir, BASE);
  browser = await launchBrowser();
  // Another time zone than Viet Nam's, to show dates and folders follow Asia/Ho_Chi_Minh.
  context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const address = new URL(route.request().url());
    if (address.hostname === '127.0.0.1') {
      if (address.pathname.endsWith('.woff2')) fonts.push(address.pathname);
      return route.continue();
    }
    outside.push(address.href);
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`));
  });
  page = await context.newPage();
  page.on('pageerror', (error) => void errors.push(`exception: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(`console: ${message.text()}`)));
  // The repository before the editor opens: the sections and one article with a key the editor does not know.
  await page.goto(url('robots.txt'));
  await writeRepo({ 'content/categories.yaml': CATEGORIES, 'content/articles/2024/01/hoi-nghi-cu.md': EXISTING });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the editor page in the build', () => {
  it('is configured with what cmsConfig() makes from the schemas, categories.yaml and the settings', () => {
    const root = parseHtml(site.read(`${EDITOR}index.html`)).all.find((el) => attr(el, 'id') === 'nc-root')!;
    expect(attr(root, 'data-config')).toBe(`${BASE}${EDITOR}config.json`);
    const data = JSON.parse(site.read(`${EDITOR}config.json`));
    expect(data.config).toEqual(
      cmsConfig({
        sections: readCategories(join(fixture('site'), 'categories.yaml'), []),
        siteName: siteConfig.shortName,
        editorialWorkflow: siteConfig.editorialWorkflow,
        siteUrl: `${SUB_PATH.SITE_URL}${BASE}`,
        logo: `${BASE}logo.svg`,
        backend: { name: 'test-repo' },
      }),
    );
    expect(data.previewStyle).toMatch(/^\/bantin\/_astro\/[^/]+\.css$/);
    expect(site.exists(data.previewStyle.slice(BASE.length))).toBe(true);
  });

  it('has its own policy, noindex, and no reader layout, navigation or search body', () => {
    const html = site.read(`${EDITOR}index.html`);
    const doc = parseHtml(html);
    const meta = (key: string) => doc.select('meta').find((m) => attr(m, 'name') === key || attr(m, 'http-equiv') === key);
    expect(attr(meta('robots')!, 'content')).toBe('noindex');
    const policy = attr(meta('Content-Security-Policy')!, 'content')!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('api.github.com'); // the test repository needs no GitHub
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('skip-link');
    expect(doc.select('nav')).toEqual([]);
  });

  it('stays off the reader pages, the sitemap and the feeds', () => {
    const editorPage = parseHtml(site.read(`${EDITOR}index.html`));
    const entry = attr(
      editorPage.select('script').find((s) => attr(s, 'type') === 'module')!,
      'src',
    )!;
    // The first script is small; Sveltia (the largest file it imports) comes after.
    const entryText = site.read(entry.slice(BASE.length));
    expect(gzipSync(entryText).length).toBeLessThan(1536);
    const imported = [...entryText.matchAll(/_astro\/[^"'`]+\.js/g)].map((m) => m[0]);
    const main = imported.map((file) => ({ file, size: site.read(file).length })).sort((a, b) => b.size - a.size)[0];
    expect(main.size).toBeGreaterThan(1_000_000);
    const mainText = site.read(main.file);
    console.log(`editor: ${main.file} ${(main.size / 1024).toFixed(0)} KB, ${(gzipSync(mainText).length / 1024).toFixed(0)} KB gzip`);

    const readerPages = site.files().filter((file) => file.endsWith('.html') && !file.startsWith(EDITOR) && !file.startsWith(`${routes.editorAlias}/`));
    expect(readerPages.length).toBeGreaterThan(40);
    const editorFiles = [entry.slice(BASE.length), main.file].map((file) => file.replace(/^.*\//, ''));
    for (const file of readerPages) {
      const html = site.read(file);
      for (const name of editorFiles) expect(html, file).not.toContain(name);
      expect(html, file).not.toContain(`/${routes.editor}/`);
      // Scripts the reader pages load do not import the editor either.
      for (const script of parseHtml(html)
        .select('script')
        .map((s) => attr(s, 'src'))
        .filter(Boolean)) {
        expect(site.read(script!.slice(BASE.length)), `${file}: ${script}`).not.toContain(editorFiles[1]);
      }
    }
    const listed = site
      .files()
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => site.read(file))
      .join('');
    expect(listed).toContain('/bantin/bai-viet/');
    expect(listed).not.toContain(`/${routes.editor}/`);
    expect(listed).not.toContain(`/${routes.editorAlias}/`);
    for (const feed of site.files().filter((file) => file.endsWith('rss.xml'))) expect(site.read(feed)).not.toContain(routes.editor);
  });

  it('ships its interface languages and fonts with the site (no CDN at run time)', () => {
    const files = site.files();
    // Sveltia's Vietnamese strings, bundled from the package's locales/vi.json.
    expect(files.filter((file) => file.endsWith('.js')).some((file) => site.read(file).includes('Làm việc với kho mã nguồn thử nghiệm'))).toBe(true);
    for (const font of ['source-sans-3', 'noto-mono', 'material-symbols-outlined']) {
      expect(
        files.some((file) => file.startsWith('_astro/') && file.includes(font) && file.endsWith('.woff2')),
        font,
      ).toBe(true);
    }
  });
});

describe('editing in the browser, on Sveltia’s test repository', () => {
  it('is reached from /admin/', async () => {
    await page.goto(url(`${routes.editorAlias}/`));
    await page.waitForURL(url(EDITOR));
  });

  it('opens in Vietnamese and lists the existing article', { timeout: 60_000 }, async () => {
    await page.goto(url(EDITOR));
    const signIn = page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' });
    await signIn.waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-1280-sign-in.png') });
    await signIn.click();
    await page.waitForURL(/#\/collections\/articles$/);
    await page.getByText('Hội nghị cũ — 15/01/2024').waitFor();
    for (const label of ['Bài viết', 'Trang tĩnh', 'Cài đặt', 'Tạo mới']) await page.getByText(label, { exact: true }).first().waitFor();
  });

  it('creates an article from a Vietnamese title with đ, with a section, tags, a past date and a cover picture', { timeout: 120_000 }, async () => {
    await openNewArticle();
    await field('title').locator('input').fill(PAST.title);
    await field('date').locator('input[type="datetime-local"]').fill(PAST.date);
    await chooseSection('Hoạt động Hội');
    await field('tags').locator('input').first().fill('đại hội');
    await field('tags').getByRole('button', { name: /Thêm/ }).click();
    await field('tags').locator('input').nth(1).fill('phụ nữ');
    await field('summary').locator('textarea').fill('Đại hội nhiệm kỳ 2024–2029 bầu ban chấp hành mới.');
    const picture = join(mkdtempSync(join(tmpdir(), 'bantin-cms-')), 'anh-dai-hoi.jpg');
    writeFileSync(picture, cover);
    await field('cover').locator('input[type="file"]').first().setInputFiles(picture);
    await field('cover').getByText('./anh-dai-hoi.jpg').waitFor();
    await field('cover_alt').locator('input').fill('Các đại biểu biểu quyết tại đại hội');
    await typeBody('Sáng 20/11, đại hội đại biểu phụ nữ phường Đông Hà khai mạc.');
    await field('title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-1280-new-article.png') });
    await save();

    const path = `content/articles/${PAST.folder}/${toSlug(PAST.title)}.md`;
    expect(path).toBe('content/articles/2024/11/dai-hoi-dai-bieu-phu-nu-phuong-dong-ha.md');
    const repo = await saved(path);
    expect(repo[path]).toBe(`---
title: ${PAST.title}
date: ${PAST.date}
category: hoat-dong-hoi
tags:
  - đại hội
  - phụ nữ
summary: Đại hội nhiệm kỳ 2024–2029 bầu ban chấp hành mới.
cover: ./anh-dai-hoi.jpg
cover_alt: Các đại biểu biểu quyết tại đại hội
featured: false
draft: false
---

Sáng 20/11, đại hội đại biểu phụ nữ phường Đông Hà khai mạc.
`);
    // The picture beside the article, byte for byte.
    expect(Buffer.from(repo[`content/articles/${PAST.folder}/anh-dai-hoi.jpg`], 'base64').equals(cover)).toBe(true);
  });

  it('files a scheduled article under the month of its own date, in Viet Nam', { timeout: 120_000 }, async () => {
    await openNewArticle();
    await field('title').locator('input').fill(FUTURE.title);
    await field('date').locator('input[type="datetime-local"]').fill(FUTURE.date);
    await chooseSection('Tâm điểm');
    await typeBody('Hội thi sẽ diễn ra vào tháng Hai.');
    await save();
    const path = `content/articles/${FUTURE.folder}/${toSlug(FUTURE.title)}.md`;
    expect(path).toBe('content/articles/2026/02/hoi-thi-phu-nu-duyen-dang-nam-2026.md');
    const text = (await saved(path))[path];
    expect(text).toContain(`date: ${FUTURE.date}\n`);
    // Fields left empty are left out, not written as ''.
    expect(text).not.toMatch(/^(tags|summary|author|cover|cover_alt|video|slug|updated):/m);
  });

  it('keeps a front-matter key it does not show when an existing article is edited', { timeout: 60_000 }, async () => {
    await page.goto(url(`${EDITOR}#/collections/articles`));
    await page.getByText('Hội nghị cũ — 15/01/2024').click();
    await field('summary').locator('textarea').fill('Tóm tắt đã sửa.');
    await save();
    const path = 'content/articles/2024/01/hoi-nghi-cu.md';
    await expect.poll(async () => (await readRepo())[path], { timeout: 15_000 }).toContain('Tóm tắt đã sửa.');
    const text = (await readRepo())[path];
    expect(text).toContain('ghi_chu_rieng: giữ nguyên\n');
    expect(text).toContain('date: 2024-01-15T08:30\n');
    expect(text).toContain('\nNội dung cũ.\n');
  });

  it('edits the sections in categories.yaml and creates a page', { timeout: 60_000 }, async () => {
    await page.goto(url(`${EDITOR}#/collections/settings/entries/sections`));
    await page.locator('[data-key-path="sections.0.description"] textarea').fill('Tin nổi bật nhất của Hội.');
    await save();
    await expect.poll(async () => (await readRepo())['content/categories.yaml'], { timeout: 15_000 }).toContain('Tin nổi bật nhất của Hội.');
    await openNewPage();
    await field('title').locator('input').fill('Liên hệ');
    await typeBody('Văn phòng Hội, số 1 đường Lê Lợi.');
    await save();
    expect((await saved('content/pages/lien-he.md'))['content/pages/lien-he.md']).toContain('title: Liên hệ\n');
  });

  it('saves files that the content check accepts', async () => {
    const repo = await readRepo();
    const work = mkdtempSync(join(tmpdir(), 'bantin-cms-content-'));
    try {
      // categories.yaml as the editor saved it: still a list the loader reads.
      writeFileSync(join(work, 'categories.yaml'), repo['content/categories.yaml']);
      const made = Object.keys(repo).filter(
        (path) =>
          path.startsWith(`content/articles/${PAST.folder}/`) || path.startsWith(`content/articles/${FUTURE.folder}/`) || path === 'content/pages/lien-he.md',
      );
      expect(made).toHaveLength(4);
      for (const path of made) {
        const target = join(work, path.slice('content/'.length));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, path.endsWith('.md') ? repo[path] : Buffer.from(repo[path], 'base64'));
      }
      const report = loadContent(work, new Date('2025-06-01T00:00:00+07:00'));
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.strays).toEqual([]);
      const bySlug = new Map(report.articles.map((a) => [a.data.slug, a]));
      const past = bySlug.get(toSlug(PAST.title))!;
      expect(past.status).toBe('published');
      expect(past.data).toMatchObject({
        title: PAST.title,
        category: 'hoat-dong-hoi',
        tags: ['đại hội', 'phụ nữ'],
        cover: './anh-dai-hoi.jpg',
        coverAlt: 'Các đại biểu biểu quyết tại đại hội',
      });
      expect(past.data.date.toISOString()).toBe('2024-11-20T01:30:00.000Z');
      expect(bySlug.get(toSlug(FUTURE.title))?.status).toBe('scheduled');
      expect(report.pages.map((p) => p.data.slug)).toEqual(['lien-he']);
      const fixtureSections = readCategories(join(fixture('site'), 'categories.yaml'), []);
      expect(report.categories).toEqual(fixtureSections.map((section, i) => (i === 0 ? { ...section, description: 'Tin nổi bật nhất của Hội.' } : section)));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('works on a phone screen (390 px)', { timeout: 60_000 }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`${EDITOR}#/collections/articles`));
    await page.getByText(`${PAST.title} — 20/11/2024`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-390-articles.png') });
    await openNewArticle();
    await expect(page.getByRole('button', { name: 'Lưu', exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-390-new-article.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url(`${EDITOR}#/collections/articles`));
    await page.getByText(`${PAST.title} — 20/11/2024`).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'cms-1280-articles.png') });
  });

  it('asked nothing of another site, loaded its fonts from the site, and broke no rule of the page’s policy', async () => {
    expect(outside).toEqual([]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((path) => path.startsWith(`${BASE}_astro/`))).toBe(true);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
