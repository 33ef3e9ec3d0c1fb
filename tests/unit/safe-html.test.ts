import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeHtml, withBasePath } from '../../src/lib/safe-html.ts';

const render = (markdown: string, base = '/') => markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [safeHtml(base)] }).html;

describe('article body sanitising', () => {
  it('removes script, iframe, style, form and object elements', () => {
    const html = render('A <script>alert(1)</script> B\n\n<iframe src="https://x"></iframe>\n\n<style>p{}</style>\n\n<form><input></form><object data="x"></object>');
    expect(html).not.toMatch(/<script|<iframe|<style|<form|<input|<object|alert/);
    expect(html).toContain('A');
  });

  it('strips event handlers and style attributes but keeps the element', () => {
    const html = render('<img src="a.jpg" alt="ảnh" onerror="alert(1)" style="x">\n\n<div onclick="x()" ONMOUSEOVER="y()">chữ</div>');
    expect(html).toContain('<img src="a.jpg" alt="ảnh">');
    expect(html).toContain('<div>chữ</div>');
    expect(html).not.toMatch(/on\w+=|style=/i);
  });

  it('loads pictures from other sites lazily and without a referrer, and puts root paths under the base', () => {
    const html = render('![xa](https://example.com/a.jpg) ![gần](/anh/b.jpg)', '/bantin/');
    expect(html).toContain('<img src="https://example.com/a.jpg" alt="xa" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
    expect(html).toContain('<img src="/bantin/anh/b.jpg" alt="gần">');
  });

  it('drops javascript:, vbscript: and data: URLs, however they are spelled', () => {
    const html = render('[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> <a href=" java\tscript:x">c</a> <a href="vbscript:x">d</a> <a href="data:text/html,x">e</a>');
    expect(html).not.toMatch(/href=|<a\b/);
    expect(html).toContain('a b c d e');
  });

  it('keeps safe links and marks external ones noopener', () => {
    const html = render('[ngoài](https://example.org/) [thư](mailto:a@b.vn) [gọi](tel:+84) [trong](../x/) [neo](#muc)');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">ngoài</a>');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('href="tel:+84"');
    expect(html).toContain('href="../x/"');
    expect(html).toContain('href="#muc"');
  });

  it('puts root-relative links under the deploy base', () => {
    expect(render('[the](/the/)', '/bantin/')).toContain('href="/bantin/the/"');
    expect(withBasePath('/bantin/', '/bantin/the/')).toBe('/bantin/the/');
    expect(withBasePath('/bantin/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(withBasePath('/', '/the/')).toBe('/the/');
  });

  it('composes decomposed text to NFC', () => {
    expect(render('Tiếng Việt'.normalize('NFD'))).toContain('Tiếng Việt'.normalize('NFC'));
  });

  it('classifies URLs', () => {
    expect(isSafeUrl('https://a.vn')).toBe(true);
    expect(isSafeUrl('/x')).toBe(true);
    expect(isSafeUrl('javascript:1')).toBe(false);
    expect(isSafeUrl('\u0001javascript:1')).toBe(false);
    expect(isSafeUrl('file:///etc/passwd')).toBe(false);
  });
});
