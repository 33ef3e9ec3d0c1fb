import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeHtml, withBasePath } from '../../src/lib/content/safe-html.ts';

const render = (markdown: string, base = '/') => markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [safeHtml(base)] }).html;

/** The body of an MDX article compiled with the same plugin, as @astrojs/mdx does. */
const mdxBody = (source: string) => {
  const result = mdxToJs(source, { hastPlugins: [safeHtml('/')] }) as unknown as { code?: string } | string;
  const code = typeof result === 'string' ? result : result.code ?? '';
  const [start, end] = [code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent')];
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return code.slice(start, end);
};

describe('MDX article bodies', () => {
  it('remove JSX elements that could run code or inject markup', () => {
    for (const source of [
      '<script>{"alert(1)"}</script>',
      '<a href="javascript:alert(2)">x</a>',
      '<img src="x" onError="alert(3)" />',
      '<Fragment set:html="<b>x</b>" />',
      '<div {...{ id: 1 }}>y</div>',
      '<iframe src="https://example.org" />',
      '<a href={"java" + "script:alert(4)"}>z</a>',
      '<Component />',
    ]) {
      // Nothing is left of the element: the body renders an empty fragment.
      expect(mdxBody(source), source).toMatch(/return _jsx\(_Fragment, \{\}\);/);
    }
  });

  it('keep plain HTML, safe links and text', () => {
    const body = mdxBody('<p>Chữ <b>đậm</b> và <a href="https://hoi.vn/">liên kết</a></p>');
    expect(body).toContain('"đậm"');
    expect(body).toContain('href: "https://hoi.vn/"');
  });
});

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
    expect(html).not.toMatch(/href=/);
  });

  it('still cleans what is inside a link whose address was dropped', () => {
    const html = render('<a><script>alert(1)</script></a> <a href="javascript:x"><img src=x onerror=alert(1)></a> [![i](javascript:alert(1))](javascript:2)');
    expect(html).not.toMatch(/<script|onerror|javascript:|alert/i);
  });

  it('removes elements that browsers print raw, which would swallow the page', () => {
    expect(render('a <plaintext> b <xmp>x</xmp> <noembed>y</noembed>')).not.toMatch(/plaintext|xmp|noembed/);
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
