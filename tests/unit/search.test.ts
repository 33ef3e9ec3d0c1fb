import { describe, expect, it } from 'vitest';
import { addAlternates, addAlternatesToHtml, dForm, stripAlternates } from '../../src/lib/search/alternates.ts';
import { createEngine, type PagefindApi, type PagefindResult } from '../../src/lib/search/engine.ts';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { indexableHtml } from '../../src/lib/search/indexable.ts';
import { missingTerms, parseQuery } from '../../src/lib/search/query.ts';
import { readState, writeState } from '../../src/lib/search/state.ts';

describe('d-forms beside đ-words on the indexed copy', () => {
  it('writes every đ-word with its d-form and keeps the other marks', () => {
    expect(addAlternates('Đà Nẵng, Đảng và đường')).toBe('Đà_Dà Nẵng, Đảng_Dảng và đường_dường');
    expect(dForm('Đảng')).toBe('Dảng');
  });

  it('changes text, never tags or attributes', () => {
    const html = '<a href="/đ" title="Đà">Đà Nẵng</a><img alt="đẹp">';
    expect(addAlternatesToHtml(html)).toBe('<a href="/đ" title="Đà">Đà_Dà Nẵng</a><img alt="đẹp">');
  });

  it('strips them again, and leaves any other underscore alone', () => {
    const text = 'Đà Nẵng: Đảng bộ, tên_biến và Đà_Da';
    expect(stripAlternates(addAlternates(text))).toBe(text);
  });
});

describe('parseQuery', () => {
  it('gives NFD and NFC queries the same text', () => {
    expect(parseQuery('tập huấn'.normalize('NFD'))).toEqual(parseQuery('tập huấn'));
  });

  it('evens out case, spacing and punctuation, and folds terms', () => {
    expect(parseQuery('  TẬP-huấn,   Đà Nẵng! ')).toEqual({
      text: 'tập huấn đà nẵng',
      words: ['tập', 'huấn', 'đà', 'nẵng'],
      terms: ['tap', 'huan', 'da', 'nang'],
      hasMarks: true,
    });
    expect(parseQuery('tap huan').hasMarks).toBe(false);
    expect(parseQuery('đa').hasMarks).toBe(true);
  });

  it('keeps phrases, with any kind of quote, and drops an unpaired one', () => {
    expect(parseQuery('“bau cu” dai').text).toBe('"bau cu" dai');
    expect(parseQuery('"bau cu dai').text).toBe('bau cu dai');
    expect(parseQuery('"" tap').text).toBe('tap');
  });

  it('finds nothing to search in punctuation', () => {
    expect(parseQuery(' ?!… ').text).toBe('');
  });
});

describe('missingTerms', () => {
  it('names the terms a result lacks, matching folded prefixes like Pagefind', () => {
    expect(missingTerms(['da', 'nang', 'vutru'], 'Đà_Dà Nẵng hôm nay')).toEqual(['vutru']);
    expect(missingTerms(['huan'], 'tập huấn')).toEqual([]);
    expect(missingTerms(['dong'], 'đồ đạc')).toEqual(['dong']);
  });

  it('counts joined and camelCase forms as Pagefind indexes them', () => {
    expect(missingTerms(['tphcm', 'covid19', 'phone', 'tp', 'hcm'], 'Tại TP.HCM, COVID-19 và iPhone')).toEqual([]);
  });
});

describe('excerpt', () => {
  const text = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ') + ' lớp Tập huấn, ở Đà Nẵng. ' + 'cuối '.repeat(40);

  it('picks the passage with the query words and marks the words, not the punctuation', () => {
    const segments = excerpt(text, ['tap', 'huan', 'da', 'nang'], 20);
    const marked = segments.filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['Tập huấn', 'Đà Nẵng']);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined).toContain('huấn, ở');
  });

  it('finds the best passage at the very end of the text too', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[10] = 'alpha';
    words[80] = 'alpha';
    words[99] = 'beta';
    const marked = excerpt(words.join(' '), ['alpha', 'beta'], 32).filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['alpha', 'beta']);
  });

  it('returns the text as plain segments: markup stays text', () => {
    const segments = excerpt('<img src=x onerror=alert(1)> tập', ['tap']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> tập');
  });

  it('shows the start of a short text without ellipses', () => {
    expect(excerpt('Tập huấn', ['tap'])).toEqual([{ text: 'Tập', mark: true }, { text: ' huấn', mark: false }]);
  });
});

describe('search state in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const state = { q: 'tập huấn', section: 'hoat-dong-hoi', year: '2021', sort: 'newest' as const };
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: ' ', section: '', year: '', sort: 'relevance' })).toBe('');
    expect(writeState({ q: 'tap huan', section: '', year: '', sort: 'relevance' })).toBe('?q=tap+huan');
  });

  it('ignores values it does not know', () => {
    expect(readState('?q=x&nam=abcd&sap-xep=ngau-nhien')).toEqual({ q: 'x', section: '', year: '', sort: 'relevance' });
  });
});

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

describe('the search engine over Pagefind', () => {
  /** A stand-in for Pagefind that answers from a fixed table and records the calls. */
  function fake(table: Record<string, { id: string; content: string }[]>) {
    const calls: string[] = [];
    let exact = false;
    const api: PagefindApi = {
      options: async (o) => void (exact = Boolean(o.exactDiacritics)),
      init: async () => undefined,
      filters: async () => ({}),
      search: async (term) => {
        calls.push(`${exact ? 'exact' : 'folded'}:${term}`);
        const rows = table[`${exact ? 'exact' : 'folded'}:${term}`] ?? [];
        return {
          results: rows.map((row, i): PagefindResult => ({
            id: row.id,
            score: 1 - i / 10,
            data: async () => ({ url: `/bai-viet/${row.id}/`, content: row.content, meta: { title: row.id }, filters: { section: ['Video'], published: ['09/04/2021'] } }),
          })),
        };
      },
    };
    return { api, calls };
  }

  /** A stand-in whose searches take time (`during`), each finding one page that holds the term. */
  function slowApi(during: (term: string) => Promise<void>): PagefindApi {
    return {
      options: async () => undefined,
      init: async () => undefined,
      filters: async () => ({}),
      search: async (term) => {
        await during(String(term));
        return { results: [{ id: String(term), score: 1, data: async () => ({ url: '/', content: String(term), meta: {}, filters: {} }) }] };
      },
    };
  }

  it('puts exact-marks matches first, then the folded ones, each page once', async () => {
    const { api, calls } = fake({
      'folded:dang': [{ id: 'binh-dang', content: 'bình đẳng' }, { id: 'dang', content: 'Đảng bộ' }],
      'exact:đảng': [{ id: 'dang', content: 'Đảng bộ' }],
    });
    const outcome = await createEngine(api).search({ q: 'Đảng', sort: 'relevance' });
    expect(outcome.results.map((r) => r.id)).toEqual(['dang', 'binh-dang']);
    expect(calls).toEqual(['folded:dang', 'exact:đảng']);
  });

  it('runs one folded search when the query has no marks or is sorted by date', async () => {
    const { api, calls } = fake({ 'folded:tap huan': [{ id: 'a', content: 'tập huấn' }] });
    await createEngine(api).search({ q: 'tap huan', sort: 'relevance' });
    await createEngine(api).search({ q: 'tập huấn', sort: 'newest' });
    expect(calls).toEqual(['folded:tap huan', 'folded:tap huan']);
  });

  it('gives no results, naming the word, when Pagefind answered without one of the words', async () => {
    const { api } = fake({ 'folded:tap vutru': [{ id: 'a', content: 'tập huấn' }] });
    const outcome = await createEngine(api).search({ q: 'Tap VUTRU', sort: 'relevance' });
    expect(outcome.results).toEqual([]);
    expect(outcome.unmatched).toEqual(['vutru']);
  });

  it('after a search with no results, names the words no page has, searched one by one', async () => {
    const { api, calls } = fake({ 'folded:tap': [{ id: 'a', content: 'tập huấn' }] });
    const outcome = await createEngine(api).search({ q: 'tập vutru', sort: 'relevance' });
    expect(outcome.unmatched).toEqual(['vutru']);
    expect(calls).toEqual(['folded:tap vutru', 'folded:tap', 'folded:vutru']);
  });

  it('does not blame a word when a filter left no results', async () => {
    const { api } = fake({ 'folded:tap': [{ id: 'a', content: 'tập' }], 'folded:huan': [{ id: 'a', content: 'huấn' }] });
    const outcome = await createEngine(api).search({ q: 'tap huan', section: 'Video', sort: 'relevance' });
    expect(outcome).toMatchObject({ results: [], unmatched: [] });
  });

  it('loads a hit with its title, date, section and an excerpt without the d-forms', async () => {
    const { api } = fake({ 'folded:da nang': [{ id: 'a', content: 'Hội nghị ở Đà_Dà Nẵng' }] });
    const outcome = await createEngine(api).search({ q: 'da nang', sort: 'relevance' });
    const hit = await outcome.load(outcome.results[0]);
    expect(hit).toMatchObject({ url: '/bai-viet/a/', title: 'a', date: '09/04/2021', section: 'Video' });
    expect(hit.excerpt.map((s) => s.text).join('')).toBe('Hội nghị ở Đà Nẵng');
  });

  it('runs searches one after another, in the order asked', async () => {
    const order: string[] = [];
    const api = slowApi(async (term) => {
      order.push(`start ${term}`);
      await new Promise((resolve) => setTimeout(resolve, term === 'a' ? 20 : 1));
      order.push(`end ${term}`);
    });
    const engine = createEngine(api);
    const first = engine.search({ q: 'a', sort: 'relevance' });
    await new Promise((resolve) => setTimeout(resolve, 1)); // "a" has started
    await Promise.all([first, engine.search({ q: 'b', sort: 'relevance' })]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('skips searches that a newer one replaced while they waited', async () => {
    const searched: string[] = [];
    const api = slowApi(async (term) => {
      searched.push(term);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const engine = createEngine(api);
    const first = engine.search({ q: 'a', sort: 'relevance' });
    await new Promise((resolve) => setTimeout(resolve, 1)); // "a" is running; "ab" and "abc" queue behind it
    const outcomes = await Promise.all([first, ...['ab', 'abc'].map((q) => engine.search({ q, sort: 'relevance' }))]);
    expect(searched).toEqual(['a', 'abc']);
    // "a" ran its search, then gave way: only the newest outcome is shown.
    expect(outcomes.map((o) => Boolean(o.stale))).toEqual([true, true, false]);
  });
});
