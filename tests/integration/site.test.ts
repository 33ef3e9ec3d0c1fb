import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml, textContent } from '../helpers/html.ts';

/** Visible text of a page, tags stripped, entities kept: enough to check what a reader sees. */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');

describe('building the fixture site under a sub-path', () => {
  let site: BuildResult;
  beforeAll(() => {
    site = builtSite('site');
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  });

  it('prints the accounting line with drafts, scheduled and stray files', () => {
    expect(site.output).toContain(
      '30 bài viết: 28 đã đăng, 1 bản nháp, 1 hẹn giờ (bài sớm nhất: 01/01/2099); 1 trang, 7 chuyên mục, 1 ảnh, 1 tệp không dùng; 1 số bản tin',
    );
    expect(site.output).toMatch(/ghi-chu\.txt {2}không được dùng/);
  });

  it('builds every page at its Vietnamese URL', () => {
    for (const path of [
      'index.html',
      '404.html',
      'bai-viet/hoi-nghi-phu-nu/index.html',
      'bai-viet/ngay-8-3/index.html',
      'bai-viet/bai-long-sau/index.html',
      'bai-viet/chu-to-hop/index.html',
      'bai-viet/phong-su-video/index.html',
      'chuyen-muc/tam-diem/index.html',
      'chuyen-muc/cac-de-an/index.html',
      'chuyen-muc/cac-de-an/2/index.html',
      'chuyen-muc/video/index.html',
      'the/index.html',
      'the/phu-nu/index.html',
      'the/da-nang/index.html',
      'the/ngay-8-3/index.html',
      'the/de-an/2/index.html',
      'luu-tru/index.html',
      'luu-tru/2023/index.html',
      'luu-tru/2024/index.html',
      'luu-tru/2023/2/index.html',
      'gioi-thieu/index.html',
      'tim-kiem/index.html',
    ]) {
      expect(site.exists(path), path).toBe(true);
    }
  });

  it('paginates sections 15 to a page, newest first, with working links', () => {
    const first = site.read('chuyen-muc/cac-de-an/index.html');
    const second = site.read('chuyen-muc/cac-de-an/2/index.html');
    const count = (html: string) => (html.match(/<article class="card"/g) ?? []).length;
    expect(count(first)).toBe(15);
    expect(count(second)).toBe(23 - 15);
    expect(first).toContain('href="/bantin/chuyen-muc/cac-de-an/2/"');
    expect(second).toContain('href="/bantin/chuyen-muc/cac-de-an/"');
    // The deep-folder article (31/12/2023) is the newest of the section.
    expect(first.indexOf('bai-long-sau')).toBeLessThan(first.indexOf('bai-so-22'));
    expect(first.indexOf('bai-so-22')).toBeLessThan(first.indexOf('bai-so-21'));
  });

  it('publishes drafts and scheduled articles nowhere', () => {
    for (const file of site.files()) {
      if (!/\.(html|xml|json|txt)$/.test(file)) continue;
      const content = site.read(file);
      expect(content, file).not.toContain('DRAFTMARKER');
      expect(content, file).not.toContain('FUTUREMARKER');
      expect(content, file).not.toMatch(/ban-nhap|hen-gio|the-chi-co-trong/);
    }
  });

  it('shows hostile front matter as text, never as markup', () => {
    const html = site.read('bai-viet/tieu-de-doc-hai/index.html');
    const page = parseHtml(html);
    const title = `<script>alert('title')</script> "Ngoặc" & </script><b>đậm</b>`;
    const summary = `</script><script>alert('summary')</script> " onmouseover="alert(1)`;
    // What the browser builds: the title and summary are text in their elements and attributes.
    expect(textContent(page.first('h1')!)).toBe(title);
    expect(page.first('h1')!.childNodes.every((n) => n.nodeName === '#text')).toBe(true);
    expect(textContent(page.first('title')!)).toBe(`${title} | Bản tin Hội LHPN`);
    expect(
      attr(
        page.all.find((el) => attr(el, 'name') === 'description')!,
        'content',
      ),
    ).toBe(summary);
    expect(
      attr(
        page.all.find((el) => attr(el, 'property') === 'og:title')!,
        'content',
      ),
    ).toBe(title);
    // No script runs anything from the content, no handler or javascript: URL survives.
    // JSON-LD is data, not code (publishing.test.ts checks it cannot break out).
    for (const script of page.select('script').filter((s) => attr(s, 'type') !== 'application/ld+json')) {
      expect(textContent(script)).not.toMatch(/alert/);
    }
    for (const el of page.all) {
      for (const { name, value } of el.attrs) {
        expect(name, `<${el.tagName} ${name}>`).not.toMatch(/^on/i);
        if (['href', 'src', 'action'].includes(name)) expect(value.replace(/\s/g, '')).not.toMatch(/^javascript:/i);
      }
    }
    expect(page.select('iframe')).toHaveLength(0);
    expect(page.select('b')).toHaveLength(0);
    // The body keeps its harmless parts.
    expect(html).toContain('<div>Khối có onclick</div>');
    expect(html).toContain('<a>Liên kết độc</a>');
  });

  it('renders an article with date, section, tags, author, reading time, cover and neighbours', () => {
    const html = site.read('bai-viet/hoi-nghi-phu-nu/index.html');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(html).toMatch(/<time datetime="2024-01-15T08:30:00\+07:00"[^>]*>15\/01\/2024<\/time>/);
    expect(html).toContain('Cập nhật <time datetime="2024-01-20T00:00:00+07:00">20/01/2024</time>');
    expect(html).toMatch(/<a href="\/bantin\/chuyen-muc\/hoat-dong-hoi\/"[^>]*>Hoạt động Hội<\/a>/);
    expect(html).toContain('<a href="/bantin/the/da-nang/">Đà Nẵng</a>');
    expect(textOf(html)).toContain('Tác giả: Ban biên tập thử nghiệm');
    expect(textOf(html)).toMatch(/\d+ phút đọc/);
    expect(html).toMatch(
      /<img src="\/bantin\/_astro\/bia\.[^"]+\.webp" srcset="\/bantin\/_astro\/bia\.[^"]+\.webp 360w, [^"]+\.webp 720w, [^"]+\.webp 1080w" alt="Nền màu hồng đậm thay cho ảnh hội nghị"[^>]* width="1200" height="675"/,
    );
    // The image in the body is optimised too, and root links get the base path.
    expect(html).toMatch(/<div class="prose">[\s\S]*<img[^>]+src="\/bantin\/_astro\/bia[^"]+"/);
    expect(html).toContain('href="/bantin/bai-viet/ngay-8-3/"');
    expect(html).toMatch(/rel="prev"|rel="next"/);
    expect(html).toContain('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhoi.example.vn%2Fbantin%2Fbai-viet%2Fhoi-nghi-phu-nu%2F');
    expect(html).toContain('<link rel="canonical" href="https://hoi.example.vn/bantin/bai-viet/hoi-nghi-phu-nu/">');
  });

  it('lists related articles that share tags', () => {
    const html = site.read('bai-viet/ngay-8-3/index.html');
    const related = html.slice(html.indexOf('id="lien-quan"'));
    expect(related).toContain('/bantin/bai-viet/hoi-nghi-phu-nu/'); // shares "phụ nữ"
  });

  it('normalises NFD, BOM and CRLF content to NFC', () => {
    const html = site.read('bai-viet/chu-to-hop/index.html');
    expect(html).toContain('Điện Biên: Hội viên phụ nữ học nghề'.normalize('NFC'));
    expect(html).toBe(html.normalize('NFC'));
    expect(html).not.toContain('\uFEFF');
    expect(site.exists('the/dien-bien/index.html')).toBe(true);
  });

  it('renders MDX, and hides the video behind a click-to-load facade', () => {
    const html = site.read('bai-viet/phong-su-video/index.html');
    expect(html).toContain('Phóng sự năm 2024 về mô hình sinh kế');
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"');
    expect(html).not.toMatch(/<iframe|<img[^>]+ytimg|<script[^>]+youtube/);
  });

  it('groups tags spelled differently on one page and sorts the tag index in Vietnamese order', () => {
    const page = site.read('the/index.html');
    const tags = textOf(page.slice(page.indexOf('class="tag-cloud"')));
    const names = ['an toàn', 'bản tin', 'Đà Nẵng', 'đào tạo nghề', 'đề án', 'Điện Biên', 'Ngày 8/3', 'phụ nữ', 'sinh kế', 'tập huấn'];
    const positions = names.map((n) => tags.indexOf(n));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(site.read('the/phu-nu/index.html')).toContain('2 bài viết');
  });

  it('puts every internal link and asset under the base path', () => {
    for (const file of site.files().filter((f) => f.endsWith('.html'))) {
      const links = [...site.read(file).matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
      for (const link of links) expect(link, `${file}: ${link}`).toMatch(/^\/bantin\//);
    }
  });

  it('shows the home page with Tâm điểm first, then the sections', () => {
    const html = site.read('index.html');
    const featured = html.indexOf('id="tam-diem"');
    expect(featured).toBeGreaterThan(0);
    expect(html.indexOf('hoi-nghi-phu-nu')).toBeGreaterThan(featured);
    expect(html.indexOf('id="muc-cac-de-an"')).toBeGreaterThan(featured);
  });

  it('has a helpful 404 page', () => {
    const html = site.read('404.html');
    expect(html).toContain('Không tìm thấy trang');
    expect(html).toContain('action="/bantin/tim-kiem/"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
