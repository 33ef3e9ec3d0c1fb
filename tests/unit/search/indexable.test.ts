import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../../src/lib/search/indexable.ts';

describe('indexableHtml', () => {
  const page = (body: string) =>
    `<html><head><title>x</title></head><body><nav>Menu Đà</nav>${body}<footer><article class="card">Liên quan</article></footer></body></html>`;
  const wrap = (article: string) => `<!doctype html><html lang="vi"><body>${article}</body></html>`;

  it('keeps only the article marked for search, nested articles included', () => {
    const html = indexableHtml(page('<article class="article" data-pagefind-body><h1>Đà Nẵng</h1><article>trong</article><p>thân</p></article>'));
    expect(html).toBe(wrap('<article class="article" data-pagefind-body=""><h1>Đà_Dà Nẵng</h1><article>trong</article><p>thân</p></article>'));
  });

  it('ends the article at its own closing tag, past nested ones, before the next article', () => {
    const html = indexableHtml(page('<article data-pagefind-body><article><article>sâu</article></article><p>sau</p></article><article>bên ngoài</article>'));
    expect(html).toBe(wrap('<article data-pagefind-body=""><article><article>sâu</article></article><p>sau</p></article>'));
  });

  it('normalises to NFC', () => {
    expect(indexableHtml(page('<article data-pagefind-body>tập huấn</article>'.normalize('NFD')))).toContain('tập huấn');
  });

  it('is not fooled by comments or by attribute values that mention articles', () => {
    const html = indexableHtml(page('<!-- <article> cũ --><article data-pagefind-body title="x</article>"><p>đủ</p></article>'));
    expect(html).toContain('<p>đủ_dủ</p>');
  });

  it('reads past ">" and "</article>" inside attribute values, and drops comments inside the article', () => {
    const html = indexableHtml(page('<article data-pagefind-body data-note=\'a > b\'><a title="</article>">đi</a><!-- </article> --><p>tiếp</p></article>'));
    expect(html).toBe(wrap('<article data-pagefind-body="" data-note="a &gt; b"><a title="&lt;/article&gt;">đi_di</a><p>tiếp</p></article>'));
  });

  it('ignores a marked article that is only written inside a comment', () => {
    expect(indexableHtml(page('<!-- <article data-pagefind-body>cũ</article> --><main>x</main>'))).toBeUndefined();
    expect(indexableHtml(page('<!-- <article data-pagefind-body>cũ</article> --><article data-pagefind-body>mới</article>'))).toBe(
      wrap('<article data-pagefind-body="">mới</article>'),
    );
  });

  it('changes text only, never tags, attributes or scripts', () => {
    const html = indexableHtml(
      page('<article data-pagefind-body><a href="/đ" title="Đà">Đà Nẵng</a><img alt="đẹp"><script>const đ = "Đà";</script></article>'),
    );
    expect(html).toBe(wrap('<article data-pagefind-body=""><a href="/đ" title="Đà">Đà_Dà Nẵng</a><img alt="đẹp"><script>const đ = "Đà";</script></article>'));
  });

  it('puts spaces around dashes and ellipses, which Pagefind would not split on', () => {
    expect(indexableHtml(page('<article data-pagefind-body><p>Bắc–Nam, im lặng…rồi</p></article>'))).toContain('Bắc – Nam, im lặng … rồi');
  });

  it('returns undefined for a page without one', () => {
    expect(indexableHtml(page('<main>x</main>'))).toBeUndefined();
    expect(indexableHtml(page('<main title="<article data-pagefind-body>">x</main>'))).toBeUndefined();
  });
});
