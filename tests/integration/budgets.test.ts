import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, SUB_PATH, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml, textContent } from '../helpers/html.ts';

/**
 * Byte budgets for readers on mobile data, checked on the fixture build (served under a
 * sub-path, as on GitHub Pages). Sizes are gzip, as a static host sends them; content images
 * are left out (they are responsive and lazy).
 */
const FIRST_LOAD_BUDGET = 60 * 1024;
/** Progressive enhancements only (share buttons, video facade): no framework, no bundle. */
const SCRIPT_BUDGET = 1536;

let site: BuildResult;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

beforeAll(() => {
  site = builtSite('site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
});

const htmlPages = () => site.files().filter((file) => file.endsWith('.html'));

/** The built file a page loads from a root-relative URL ("/bantin/_astro/x.css" → "_astro/x.css"). */
function fileAt(url: string): string {
  if (!url.startsWith(SUB_PATH.BASE_PATH)) throw new Error(`${url} is not under ${SUB_PATH.BASE_PATH}`);
  return url.slice(SUB_PATH.BASE_PATH.length);
}

/** Stylesheets, fonts and scripts a page loads before any image. */
function firstLoad(file: string) {
  const html = site.read(file);
  const doc = parseHtml(html);
  const css = doc
    .select('link')
    .filter((l) => attr(l, 'rel') === 'stylesheet')
    .map((l) => site.read(fileAt(attr(l, 'href')!)));
  const fonts = css.flatMap((sheet) => [...sheet.matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf))\)/g)].map((m) => readFileSync(join(site.outDir, fileAt(m[1])))));
  const scripts = doc.select('script').filter((s) => attr(s, 'type') !== 'application/ld+json');
  const scriptText = scripts.map((s) => (attr(s, 'src') ? site.read(fileAt(attr(s, 'src')!)) : textContent(s))).join('\n');
  return {
    bytes: gz(html) + css.reduce((sum, sheet) => sum + gz(sheet), 0) + fonts.reduce((sum, font) => sum + font.length, 0),
    scriptBytes: scriptText ? gz(scriptText) : 0,
    // Pictures an editor linked from another site are content, not the page's own weight.
    external: [...html.replace(/<div class="prose">[\s\S]*?<\/article>/, '').matchAll(/(?:src|href)="(https?:)?\/\/(?!hoi\.example|bantin\.example)[^"]*"/g)]
      .map((m) => m[0])
      .filter((m) => !/facebook\.com\/sharer|youtube/.test(m)),
  };
}

describe('page weight', () => {
  it(`keeps every article's HTML + CSS + fonts under ${FIRST_LOAD_BUDGET / 1024} KB gzip`, () => {
    const articles = htmlPages().filter((file) => file.startsWith('bai-viet/'));
    expect(articles.length).toBeGreaterThan(20);
    const over = articles.map((file) => ({ file, kb: firstLoad(file).bytes / 1024 })).filter((a) => a.kb > FIRST_LOAD_BUDGET / 1024);
    expect(over).toEqual([]);
  });

  it(`ships at most ${SCRIPT_BUDGET} bytes of script (gzip) on pages other than search`, () => {
    const heavy = htmlPages()
      .filter((file) => !file.startsWith('tim-kiem/'))
      .map((file) => ({ file, bytes: firstLoad(file).scriptBytes }))
      .filter((page) => page.bytes > SCRIPT_BUDGET);
    expect(heavy).toEqual([]);
    // The search page loads its own small script; Pagefind comes only when searching.
    expect(firstLoad('tim-kiem/index.html').scriptBytes).toBeLessThan(8 * 1024);
    expect(site.read('tim-kiem/index.html')).not.toContain('pagefind.js"');
  });

  it('loads nothing from another site: no web fonts, CDNs or trackers', () => {
    for (const file of htmlPages()) expect(firstLoad(file).external, file).toEqual([]);
  });
});

describe('images', () => {
  it('have alt text (empty only when decorative), width and height on every page', () => {
    for (const file of htmlPages()) {
      for (const img of parseHtml(site.read(file)).select('img')) {
        const where = `${file}: ${attr(img, 'src')}`;
        expect(attr(img, 'alt'), where).toBeDefined();
        if (/^https?:/.test(attr(img, 'src')!)) {
          // An editor's picture from another site: size unknown, so at least lazy and private.
          expect(attr(img, 'loading'), where).toBe('lazy');
          expect(attr(img, 'referrerpolicy'), where).toBe('no-referrer');
          continue;
        }
        expect(Number(attr(img, 'width')), where).toBeGreaterThan(0);
        expect(Number(attr(img, 'height')), where).toBeGreaterThan(0);
      }
    }
  });

  it('are responsive in modern formats, and lazy below the fold', () => {
    const doc = parseHtml(site.read('bai-viet/hoi-nghi-phu-nu/index.html'));
    const cover = doc.select('img').find((i) => attr(i, 'class') === 'article__cover')!;
    const srcset = attr(cover, 'srcset')!.split(', ');
    expect(srcset).toHaveLength(3);
    for (const candidate of srcset) expect(candidate).toMatch(/\.webp \d+w$/);
    expect(attr(cover, 'sizes')).toBeTruthy();
    expect(attr(cover, 'loading')).toBe('eager');
    const inBody = site.read('bai-viet/hoi-nghi-phu-nu/index.html').split('class="prose"')[1];
    const bodyImages = [...inBody.matchAll(/<img[^>]*>/g)].map(([tag]) => tag);
    expect(bodyImages.length).toBeGreaterThan(0);
    for (const tag of bodyImages) expect(tag).toContain('loading="lazy"');
    // Cards below the lead are lazy too.
    const home = site.read('index.html');
    expect(home.match(/<img[^>]*loading="eager"/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
