import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, builtSite, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml, textContent } from '../helpers/html.ts';

const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });

describe('feeds, sitemap, metadata and reproducibility', () => {
  let first: BuildResult;
  let second: BuildResult;
  beforeAll(() => {
    first = builtSite('site');
    second = builtSite('site-again');
    if (first.status !== 0) throw new Error(first.output);
  });

  it('writes a valid RSS 2.0 feed with full HTML, absolute links and +07:00 dates', () => {
    const xml = first.read('rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe('vi');
    const items = [channel.item].flat();
    expect(items).toHaveLength(28);
    const article = items.find((i: { link: string }) => i.link === 'https://hoi.example.vn/bantin/bai-viet/hoi-nghi-phu-nu/');
    expect(article.pubDate).toBe('Mon, 15 Jan 2024 08:30:00 +0700');
    expect(article['content:encoded']).toContain('href="https://hoi.example.vn/bantin/bai-viet/ngay-8-3/"');
    expect(article['content:encoded']).toMatch(/src="https:\/\/hoi\.example\.vn\/bantin\/_astro\/bia\.[^"]+"/);
    for (const item of items) expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
    expect(xml).not.toMatch(/DRAFTMARKER|FUTUREMARKER/);
  });

  it('writes a feed per section, announced in the page head', () => {
    const xml = first.read('chuyen-muc/cac-de-an/rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect([parser.parse(xml).rss.channel.item].flat()).toHaveLength(23);
    const head = first.read('chuyen-muc/cac-de-an/index.html');
    expect(head).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Các đề án — Bản tin Hội Liên hiệp Phụ nữ" href="https://hoi.example.vn/bantin/chuyen-muc/cac-de-an/rss.xml">',
    );
    expect(first.read('index.html')).toContain('href="https://hoi.example.vn/bantin/rss.xml"');
  });

  it('lists published pages in the sitemap with lastmod, and robots.txt points to it', () => {
    const index = first.read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const urls = [parser.parse(first.read('sitemap-0.xml')).urlset.url].flat();
    const byLoc = new Map(urls.map((u: { loc: string; lastmod?: string }) => [u.loc, u]));
    expect(byLoc.get('https://hoi.example.vn/bantin/bai-viet/hoi-nghi-phu-nu/')?.lastmod).toBe('2024-01-19T17:00:00.000Z'); // from `updated`
    expect(byLoc.get('https://hoi.example.vn/bantin/bai-viet/ngay-8-3/')?.lastmod).toBe('2024-03-07T17:00:00.000Z');
    expect(byLoc.has('https://hoi.example.vn/bantin/chuyen-muc/cac-de-an/2/')).toBe(true);
    expect([...byLoc.keys()].some((loc) => /ban-nhap|hen-gio|404/.test(String(loc)))).toBe(false);
    expect(first.read('robots.txt')).toContain('Sitemap: https://hoi.example.vn/bantin/sitemap-index.xml');
  });

  it('gives articles Open Graph, Twitter and NewsArticle JSON-LD that hostile text cannot break', () => {
    const page = parseHtml(first.read('bai-viet/tieu-de-doc-hai/index.html'));
    const meta = (key: string) =>
      attr(
        page.all.find((el) => attr(el, 'property') === key || attr(el, 'name') === key)!,
        'content',
      );
    expect(meta('og:type')).toBe('article');
    expect(meta('article:published_time')).toBe('2024-03-20T00:00:00+07:00');
    // An article without a cover shares its own card (tests/integration/cards.test.ts).
    expect(meta('og:image')).toBe('https://hoi.example.vn/bantin/anh-chia-se/bai-viet/tieu-de-doc-hai.png');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const scripts = page.select('script').filter((s) => attr(s, 'type') === 'application/ld+json');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(textContent(scripts[0]));
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(`<script>alert('title')</script> "Ngoặc" & </script><b>đậm</b>`);
    expect(data.description).toBe(`</script><script>alert('summary')</script> " onmouseover="alert(1)`);
    expect(data.datePublished).toBe('2024-03-20T00:00:00+07:00');
    expect(data.publisher.name).toBe('Bản tin Hội Liên hiệp Phụ nữ');
    expect(data.author[0].name).toBe('<i>Tác giả</i>');
    const withCover = parseHtml(first.read('bai-viet/hoi-nghi-phu-nu/index.html'));
    const ld = JSON.parse(textContent(withCover.select('script').find((s) => attr(s, 'type') === 'application/ld+json')!));
    expect(ld.image[0]).toMatch(/^https:\/\/hoi\.example\.vn\/bantin\/_astro\/bia\./);
    expect(ld.dateModified).toBe('2024-01-20T00:00:00+07:00');
  });

  it('gives every page a canonical URL, a title and a description', () => {
    for (const file of first.files().filter((f) => f.endsWith('.html'))) {
      const page = parseHtml(first.read(file));
      expect(
        page.all.some((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical' && attr(el, 'href')?.startsWith('https://hoi.example.vn/bantin/')),
        file,
      ).toBe(true);
      expect(textContent(page.first('title')!).length, file).toBeGreaterThan(0);
      expect(
        page.all.some((el) => attr(el, 'name') === 'description' && attr(el, 'content')),
        file,
      ).toBe(true);
    }
  });

  it('builds byte-identical output from the same content', () => {
    expect(second.status).toBe(0);
    const files = first.files().sort();
    expect(second.files().sort()).toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file)));
      expect(same, file).toBe(true);
    }
  });

  it('has no broken internal link, anchor or image (link check)', () => {
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts/check-links.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: first.outDir, BASE_PATH: '/bantin/' },
    });
    expect(run.stdout).toMatch(/^\d+ trang, 0 liên kết hỏng$/m);
    expect(run.status).toBe(0);
  });

  it('link check catches a broken link', () => {
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts/check-links.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: first.outDir, BASE_PATH: '/khac/' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ index\.html: liên kết hỏng \/bantin\//);
  });
});
