import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../src/lib/site/absolute-urls.ts';

const site = new URL('https://hoi.example.vn/');

describe('absoluteUrls', () => {
  it('makes root-relative href, src and poster absolute on any element', () => {
    const html =
      '<p><a href="/bai-viet/x/">x</a><img src="/_astro/a.webp" alt=""><video poster="/anh/p.jpg" src="/v.mp4"></video><a href="/">trang chủ</a></p>';
    expect(absoluteUrls(html, site)).toBe(
      '<p><a href="https://hoi.example.vn/bai-viet/x/">x</a><img src="https://hoi.example.vn/_astro/a.webp" alt=""><video poster="https://hoi.example.vn/anh/p.jpg" src="https://hoi.example.vn/v.mp4"></video><a href="https://hoi.example.vn/">trang chủ</a></p>',
    );
  });

  it('leaves other hosts, anchors, schemes and relative paths alone', () => {
    const html =
      '<a href="//cdn.example.vn/x">a</a><a href="#muc">b</a><a href="https://example.vn/x">c</a><a href="mailto:hoi@example.vn">d</a><a href="anh/x.jpg">e</a><a href="/\\khac.vn/">f</a>';
    expect(absoluteUrls(html, site)).toBe(html);
  });

  it('makes every URL of a srcset absolute and keeps its descriptors', () => {
    const html = '<picture><source srcset="/a-400.webp 400w, /a-800.webp 800w"><img srcset="/a.jpg, /b,c.jpg 2x,//cdn/c.jpg 3x" src="/a.jpg" alt=""></picture>';
    expect(absoluteUrls(html, site)).toBe(
      '<picture><source srcset="https://hoi.example.vn/a-400.webp 400w, https://hoi.example.vn/a-800.webp 800w"><img srcset="https://hoi.example.vn/a.jpg, https://hoi.example.vn/b,c.jpg 2x, //cdn/c.jpg 3x" src="https://hoi.example.vn/a.jpg" alt=""></picture>',
    );
  });

  it('keeps the base path of the site in the written URL', () => {
    expect(absoluteUrls('<a href="/bantin/the/x/">x</a>', new URL('https://hoi.example.vn/bantin/'))).toBe(
      '<a href="https://hoi.example.vn/bantin/the/x/">x</a>',
    );
  });

  it('reads attributes as HTML does: single quotes, no quotes, entities, and ">" inside a value', () => {
    const html = `<a title="1 > 0" href='/a?x=1&amp;y=2'>a</a><img src=/b.png alt="src=&quot;/c&quot;">`;
    expect(absoluteUrls(html, site)).toBe(
      '<a title="1 &gt; 0" href="https://hoi.example.vn/a?x=1&amp;y=2">a</a><img src="https://hoi.example.vn/b.png" alt="src=&quot;/c&quot;">',
    );
  });

  it('leaves text that looks like an attribute alone', () => {
    const html = '<p>Viết href="/x" trong thẻ</p><pre><code>&lt;img src="/y"&gt;</code></pre>';
    expect(absoluteUrls(html, site)).toBe(html);
  });
});
