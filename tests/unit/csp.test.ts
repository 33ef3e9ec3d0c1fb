import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleHashes } from '../../src/lib/site/csp.ts';

const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

describe('the Content-Security-Policy', () => {
  it('hashes each inline style, not the contents of scripts', () => {
    const html = '<style>:root{--a:1}</style><script type="application/ld+json">{"x":"<style>b{}</style>"}</script><style media="print">p{}</style>';
    expect(styleHashes(html)).toEqual([hash(':root{--a:1}'), hash('p{}')]);
    expect(styleHashes('<meta name="x">')).toEqual([]);
  });

  it('allows scripts from the site only, WebAssembly on the search page only, and each style hash once', () => {
    const page = contentSecurityPolicy([hash('a'), hash('a')], false);
    expect(page).toContain("script-src 'self';");
    expect(page).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.split(hash('a')).length).toBe(2);
    expect(contentSecurityPolicy([], true)).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(page).toContain("object-src 'none'");
    expect(page).toContain("base-uri 'self'");
  });
});
