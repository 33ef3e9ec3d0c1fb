import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml, textContent } from '../helpers/html.ts';

const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
const ISSUE = 'ban-tin/2024/so-2/';

describe('bulletin issues on the fixture site (tests/fixtures/site/issues/)', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = builtSite('site');
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  });

  it('builds the issue page: title, cover-free masthead, foreword, contents by section with summaries, downloads, share, Open Graph', () => {
    const page = parseHtml(site.read(`${ISSUE}index.html`));
    expect(textContent(page.select('h1')[0])).toBe('Bản tin Hội LHPN số 2/2024');
    const text = textContent(page.select('main')[0]).replace(/\s+/g, ' ');
    expect(text).toContain('Quý II/2024');
    expect(text).toContain('Phát hành ngày 15/06/2024');
    expect(text).toContain('Kính gửi các chị em hội viên');
    const sections = page.select('h3').map(textContent);
    expect(sections).toEqual(['Hoạt động Hội', 'Hỗ trợ phụ nữ']);
    const links = page
      .select('h4')
      .flatMap((h) => h.childNodes)
      .map((a) => attr(a as never, 'href'));
    expect(links).toEqual([
      '/bantin/bai-viet/hoi-nghi-phu-nu/',
      '/bantin/bai-viet/ngay-8-3/',
      '/bantin/bai-viet/chu-to-hop/',
      '/bantin/bai-viet/phong-su-video/',
    ]);
    expect(text).toContain('Hội nghị tổng kết năm của một hội phụ nữ hư cấu.');
    const hrefs = page.select('a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/bantin/ban-tin/2024/so-2/ban-tin-so-2-2024.pdf');
    expect(hrefs).toContain('/bantin/ban-tin/2024/so-2/email.html');
    expect(hrefs).toContain('https://www.youtube.com/watch?v=aBcDeFgHiJk');
    expect(
      hrefs.some((h) => h?.startsWith('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhoi.example.vn%2Fbantin%2Fban-tin%2F2024%2Fso-2%2F')),
    ).toBe(true);
    const og = (key: string) =>
      attr(
        page.all.find((el) => attr(el, 'property') === key)!,
        'content',
      );
    expect(og('og:title')).toBe('Bản tin Hội LHPN số 2/2024');
    expect(og('og:url')).toBe('https://hoi.example.vn/bantin/ban-tin/2024/so-2/');
  });

  it('lists the issues by year on /ban-tin/, linked from the site navigation', () => {
    const archive = parseHtml(site.read('ban-tin/index.html'));
    expect(archive.select('h2').map(textContent)).toEqual(['Năm 2024']);
    expect(archive.select('a').map((a) => attr(a, 'href'))).toContain('/bantin/ban-tin/2024/so-2/');
    const nav = parseHtml(site.read('index.html'))
      .select('nav')
      .find((n) => attr(n, 'class') === 'sections')!;
    expect(nav.childNodes.length).toBeGreaterThan(0);
    expect(site.read('index.html')).toContain('<a href="/bantin/ban-tin/">Bản tin</a>');
    expect(site.read('ban-tin/index.html')).toMatch(/<a href="\/bantin\/ban-tin\/" aria-current="page">Bản tin<\/a>/);
  });

  it('writes a feed of issues with each PDF as an enclosure of its real length', () => {
    const xml = site.read('ban-tin/rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.language).toBe('vi');
    const item = [channel.item].flat()[0];
    expect(item.link).toBe('https://hoi.example.vn/bantin/ban-tin/2024/so-2/');
    expect(item.pubDate).toBe('Sat, 15 Jun 2024 00:00:00 +0700');
    expect(item.enclosure['@_url']).toBe('https://hoi.example.vn/bantin/ban-tin/2024/so-2/ban-tin-so-2-2024.pdf');
    expect(item.enclosure['@_type']).toBe('application/pdf');
    const bytes = readFileSync(join(site.outDir, 'ban-tin/2024/so-2/ban-tin-so-2-2024.pdf')).length;
    expect(Number(item.enclosure['@_length'])).toBe(bytes);
  });

  it('says on an article page which issues carried it, and nothing on the others', () => {
    const page = parseHtml(site.read('bai-viet/ngay-8-3/index.html'));
    const note = page.select('p').find((p) => attr(p, 'class') === 'article__issues')!;
    expect(textContent(note).replace(/\s+/g, ' ').trim()).toBe('Đăng trong Bản tin số 2/2024');
    expect(page.select('a').map((a) => attr(a, 'href'))).toContain('/bantin/ban-tin/2024/so-2/');
    expect(site.read('bai-viet/tieu-de-doc-hai/index.html')).not.toContain('article__issues');
  });

  it('keeps the print layout out of the sitemap and search engines', () => {
    const sitemap = site.read('sitemap-0.xml');
    expect(sitemap).toContain('https://hoi.example.vn/bantin/ban-tin/2024/so-2/</loc>');
    expect(sitemap).not.toContain('/so-2/in/');
    expect(site.read(`${ISSUE}in/index.html`)).toContain('<meta name="robots" content="noindex">');
  });
});
