import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, ROOT, SUB_PATH, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml } from '../helpers/html.ts';

/** Social cards on the fixture site (built under /bantin/ for https://hoi.example.vn). */
const BASE = SUB_PATH.BASE_PATH;
let site: BuildResult;

beforeAll(() => {
  site = builtSite('site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
});

/** The og:/twitter: image tags of a built page. */
function socialTags(page: string) {
  const metas = parseHtml(site.read(page)).select('meta');
  const value = (key: string) => {
    const meta = metas.find((m) => attr(m, 'property') === key || attr(m, 'name') === key);
    return meta && attr(meta, 'content');
  };
  return {
    image: value('og:image')!,
    type: value('og:image:type'),
    width: value('og:image:width'),
    height: value('og:image:height'),
    alt: value('og:image:alt'),
    twitterCard: value('twitter:card'),
    twitterImage: value('twitter:image'),
    twitterAlt: value('twitter:image:alt'),
  };
}

/** The built file an absolute og:image address names. */
function fileOf(address: string): string {
  const { origin, pathname } = new URL(address);
  expect(origin).toBe(SUB_PATH.SITE_URL);
  expect(pathname.startsWith(BASE)).toBe(true);
  return pathname.slice(BASE.length);
}

const articlePages = () => site.files().filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f));

describe('social cards', () => {
  it('give every article its own 1200×630 picture: a drawn card without a cover, a cut of the cover with one', async () => {
    const pages = articlePages();
    expect(pages.length).toBeGreaterThan(20);
    const images = new Set<string>();
    for (const page of pages) {
      const tags = socialTags(page);
      const file = fileOf(tags.image);
      images.add(file);
      expect(site.exists(file), `${page}: ${file}`).toBe(true);
      const meta = await sharp(join(site.outDir, file)).metadata();
      expect([meta.width, meta.height], file).toEqual([1200, 630]);
      expect([tags.width, tags.height]).toEqual(['1200', '630']);
      expect(tags.twitterCard).toBe('summary_large_image');
      // X takes the picture from og:image; a second copy of its address would only add bytes to every page.
      expect(tags.twitterImage).toBeUndefined();
      expect(tags.twitterAlt).toBeTruthy();
      expect(tags.alt?.length).toBeGreaterThan(3);
      const hasCover = site.read(page).includes('article__cover');
      if (file.startsWith('anh-chia-se/')) {
        expect([meta.format, tags.type]).toEqual(['png', 'image/png']);
        expect(readFileSync(join(site.outDir, file)).length, file).toBeLessThan(60_000);
      } else {
        expect(hasCover, page).toBe(true);
        expect([meta.format, tags.type]).toEqual(['jpeg', 'image/jpeg']);
      }
    }
    // Every article shares a picture of its own, and no two drawn cards are the same picture.
    expect(images.size).toBe(pages.length);
    const drawn = [...images].filter((f) => f.startsWith('anh-chia-se/')).map((f) => readFileSync(join(site.outDir, f)).toString('base64'));
    expect(drawn.length).toBeGreaterThan(10);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('draw the article’s title, section and date into its card', () => {
    const tags = socialTags('bai-viet/tieu-de-doc-hai/index.html');
    expect(fileOf(tags.image)).toBe('anh-chia-se/bai-viet/tieu-de-doc-hai.png');
    // The alternative text is the title, escaped like every attribute.
    expect(tags.alt).toContain(`<script>alert('title')</script>`);
    // Inside a quoted attribute the markup is text; the parsed page holds no element made from it.
    const scripts = parseHtml(site.read('bai-viet/tieu-de-doc-hai/index.html')).select('script');
    expect(scripts.every((script) => attr(script, 'type') === 'application/ld+json' || attr(script, 'src'))).toBe(true);
  });

  it('give the home page, each section and the issue a card too', async () => {
    const pages = {
      'index.html': 'anh-chia-se/trang-chu.png',
      'chuyen-muc/hoat-dong-hoi/index.html': 'anh-chia-se/chuyen-muc/hoat-dong-hoi.png',
      'chuyen-muc/hoat-dong-hoi/2/index.html': 'anh-chia-se/chuyen-muc/hoat-dong-hoi.png',
      'ban-tin/2024/so-2/index.html': 'anh-chia-se/ban-tin/2024-2.png',
    };
    for (const [page, card] of Object.entries(pages)) {
      if (!site.exists(page)) continue;
      expect(fileOf(socialTags(page).image), page).toBe(card);
      expect((await sharp(join(site.outDir, card)).metadata()).width).toBe(1200);
    }
    expect(site.exists('chuyen-muc/hoat-dong-hoi/index.html')).toBe(true);
    expect(site.exists('ban-tin/2024/so-2/index.html')).toBe(true);
  });

  it('keep cards out of the sitemap and the search index, and draw none for drafts or scheduled articles', () => {
    const sitemap = site.files().filter((f) => f.startsWith('sitemap'));
    for (const file of sitemap) expect(site.read(file)).not.toContain('anh-chia-se');
    const cards = site.files().filter((f) => f.startsWith('anh-chia-se/bai-viet/'));
    const articles = new Set(articlePages().map((p) => p.split('/')[1]));
    for (const card of cards) expect(articles.has(card.replace(/^anh-chia-se\/bai-viet\/|\.png$/g, '')), card).toBe(true);
  });

  it('do not make the build copy the original covers into the site (only their resized versions)', () => {
    const originals = site
      .files()
      .filter((f) => f.startsWith('articles/') || /\.(jpe?g|png|webp|avif)$/i.test(f))
      .map((f) => readFileSync(join(site.outDir, f)));
    const covers = ['articles/2024/01/anh/bia.jpg'].map((f) => readFileSync(join(ROOT, 'tests/fixtures/site', f)));
    for (const cover of covers) expect(originals.some((file) => file.equals(cover))).toBe(false);
  });
});
