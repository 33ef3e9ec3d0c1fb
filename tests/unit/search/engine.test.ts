import { describe, expect, it } from 'vitest';
import { createEngine, type PagefindApi, type PagefindResult } from '../../../src/lib/search/engine.ts';
import { deferred, settled, type Deferred } from '../../helpers/deferred.ts';

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
            data: async () => ({
              url: `/bai-viet/${row.id}/`,
              content: row.content,
              meta: { title: row.id },
              filters: { section: ['Video'], published: ['09/04/2021'] },
            }),
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
      'folded:dang': [
        { id: 'binh-dang', content: 'bình đẳng' },
        { id: 'dang', content: 'Đảng bộ' },
      ],
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

  /** One gate per search term: a fake search starts, says so, then waits for the test to let it end. */
  function gates() {
    const started = new Map<string, Deferred>();
    const finish = new Map<string, Deferred>();
    const get = (map: Map<string, Deferred>, term: string) => map.get(term) ?? map.set(term, deferred()).get(term)!;
    return {
      started: (term: string) => get(started, term).promise,
      finish: (term: string) => get(finish, term).resolve(),
      during: async (term: string) => {
        get(started, term).resolve();
        await get(finish, term).promise;
      },
    };
  }

  it('runs searches one after another, in the order asked', async () => {
    const order: string[] = [];
    const gate = gates();
    const engine = createEngine(
      slowApi(async (term) => {
        order.push(`start ${term}`);
        await gate.during(term);
        order.push(`end ${term}`);
      }),
    );
    const first = engine.search({ q: 'a', sort: 'relevance' });
    await gate.started('a');
    const second = engine.search({ q: 'b', sort: 'relevance' });
    // "b" may end at once, yet must not start while "a" runs.
    gate.finish('b');
    await settled();
    expect(order).toEqual(['start a']);
    gate.finish('a');
    await Promise.all([first, second]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('skips searches that a newer one replaced while they waited', async () => {
    const searched: string[] = [];
    const gate = gates();
    const engine = createEngine(
      slowApi(async (term) => {
        searched.push(term);
        if (term === 'a') await gate.during(term);
      }),
    );
    const first = engine.search({ q: 'a', sort: 'relevance' });
    await gate.started('a');
    // "a" is running; "ab" and "abc" queue behind it.
    const later = ['ab', 'abc'].map((q) => engine.search({ q, sort: 'relevance' }));
    gate.finish('a');
    const outcomes = await Promise.all([first, ...later]);
    expect(searched).toEqual(['a', 'abc']);
    // "a" ran its search, then gave way: only the newest outcome is shown.
    expect(outcomes.map((o) => Boolean(o.stale))).toEqual([true, true, false]);
  });
});
