import { describe, expect, it } from 'vitest';
import { indexableHtml } from '../../../src/lib/search/indexable.ts';

describe('indexableHtml', () => {
  const page = (body: string) => `<html><head><title>x</title></head><body><nav>Menu Đà</nav>${body}<footer><article class="card">Liên quan</article></footer></body></html>`;

  it('keeps only the article marked for search, nested articles included', () => {
    const html = indexableHtml(page('<article class="article" data-pagefind-body><h1>Đà Nẵng</h1><article>trong</article><p>thân</p></article>'));
    expect(html).toBe('<!doctype html><html lang="vi"><body><article class="article" data-pagefind-body><h1>Đà_Dà Nẵng</h1><article>trong</article><p>thân</p></article></body></html>');
  });

  it('normalises to NFC', () => {
    expect(indexableHtml(page('<article data-pagefind-body>tập huấn</article>'.normalize('NFD')))).toContain('tập huấn');
  });

  it('is not fooled by comments or by attribute values that mention articles', () => {
    const html = indexableHtml(page('<!-- <article> cũ --><article data-pagefind-body title="x</article>"><p>đủ</p></article>'));
    expect(html).toContain('<p>đủ_dủ</p>');
  });

  it('puts spaces around dashes and ellipses, which Pagefind would not split on', () => {
    expect(indexableHtml(page('<article data-pagefind-body><p>Bắc–Nam, im lặng…rồi</p></article>'))).toContain('Bắc – Nam, im lặng … rồi');
  });

  it('returns undefined for a page without one', () => {
    expect(indexableHtml(page('<main>x</main>'))).toBeUndefined();
  });
});
