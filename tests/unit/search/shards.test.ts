import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFilterCounts, joinResults, manifestOf, parseManifest, shardOf, shardsToSearch, UNDATED_SHARD } from '../../../src/lib/search/shards.ts';
import { shardedPagefind, type InstanceMode, type PagefindInstance } from '../../../src/lib/search/sharded.ts';
import type { PagefindResult } from '../../../src/lib/search/engine.ts';

const seed = Number(process.env.FC_SEED ?? 20261204);

describe('year shards of the search index', () => {
  it('puts an article in the shard of the year its page gives Pagefind', () => {
    expect(shardOf('<span data-pagefind-filter="year:2021">Đăng <time>09/04/2021</time></span>')).toBe('2021');
    expect(shardOf('<article data-pagefind-body><h1>Không ngày</h1></article>')).toBe(UNDATED_SHARD);
  });

  it('lists shards newest first, undated last', () => {
    const manifest = manifestOf(
      new Map([
        ['2019', 3],
        [UNDATED_SHARD, 1],
        ['2025', 2],
        ['2021', 4],
      ]),
    );
    expect(manifest.shards).toEqual([
      { id: '2025', pages: 2 },
      { id: '2021', pages: 4 },
      { id: '2019', pages: 3 },
      { id: UNDATED_SHARD, pages: 1 },
    ]);
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('refuses a damaged manifest (search unavailable), and never opens a path outside the bundle', () => {
    expect(() => parseManifest(null)).toThrow();
    expect(() => parseManifest({ shards: 'x' })).toThrow();
    expect(parseManifest({ version: 1, shards: [] }).shards).toEqual([]);
    expect(
      parseManifest({
        shards: [
          { id: '../../x', pages: 1 },
          { id: '2020', pages: 2 },
        ],
      }).shards,
    ).toEqual([{ id: '2020', pages: 2 }]);
  });

  it('searches only the chosen year, all years otherwise, oldest first for the oldest-first sort', () => {
    const manifest = manifestOf(
      new Map([
        ['2023', 1],
        ['2024', 1],
        ['2025', 1],
      ]),
    );
    expect(shardsToSearch(manifest, { sort: 'relevance' })).toEqual(['2025', '2024', '2023']);
    expect(shardsToSearch(manifest, { sort: 'newest' })).toEqual(['2025', '2024', '2023']);
    expect(shardsToSearch(manifest, { sort: 'oldest' })).toEqual(['2023', '2024', '2025']);
    expect(shardsToSearch(manifest, { sort: 'newest', year: '2024' })).toEqual(['2024']);
    expect(shardsToSearch(manifest, { sort: 'relevance', year: '1999' })).toEqual([]);
  });

  it('adds filter counts without letting a section name reach Object.prototype', () => {
    const total = addFilterCounts([{ section: { 'Tin tức': 2, __proto__: 1 } as Record<string, number> }, { section: { 'Tin tức': 3 }, year: { '2024': 3 } }]);
    expect(total.section['Tin tức']).toBe(5);
    expect(total.year['2024']).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  /**
   * Generated archives: pages with random dates and scores split into year shards. Joining the
   * shards' date-sorted lists must equal one global date sort, and merging by score must keep
   * every result once, best first.
   */
  const page = fc.record({
    id: fc.uuid(),
    date: fc.date({ min: new Date('2015-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    score: fc.double({ min: 0, max: 10, noNaN: true }),
  });
  it('gives the exact global date order and every result once, for generated archives', () => {
    fc.assert(
      fc.property(fc.uniqueArray(page, { selector: (p) => p.id, maxLength: 60 }), fc.constantFrom('newest', 'oldest', 'relevance'), (pages, sort) => {
        const byYear = new Map<string, typeof pages>();
        for (const p of pages) byYear.set(p.date.slice(0, 4), [...(byYear.get(p.date.slice(0, 4)) ?? []), p]);
        const manifest = manifestOf(new Map([...byYear].map(([y, list]) => [y, list.length])));
        // Each shard sorts within itself, as Pagefind does.
        const within = (list: typeof pages) =>
          sort === 'relevance'
            ? [...list].sort((a, b) => b.score - a.score)
            : [...list].sort((a, b) => (sort === 'newest' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
        const lists = shardsToSearch(manifest, { sort }).map((id) => within(byYear.get(id)!));
        const joined = joinResults(lists, sort);
        expect(new Set(joined.map((p) => p.id)).size).toBe(pages.length);
        if (sort === 'relevance') for (let i = 1; i < joined.length; i++) expect(joined[i - 1].score).toBeGreaterThanOrEqual(joined[i].score);
        else expect(joined.map((p) => p.date)).toEqual(within(pages).map((p) => p.date));
      }),
      { seed, numRuns: 200 },
    );
  });
});

describe('one search over the shards', () => {
  function shardInstances(table: Record<string, string[]>, contents: Record<string, string> = {}) {
    const created: string[] = [];
    const searched: string[] = [];
    const options: Record<string, unknown>[] = [];
    const make = (shard: string): PagefindInstance => {
      created.push(shard);
      return {
        options: async (o) => void options.push({ shard, ...o }),
        init: async () => undefined,
        filters: async () => ({ section: { 'Tin tức': table[shard].length } }),
        search: async (_term, search) => {
          if (_term !== '') searched.push(`${shard}:${JSON.stringify(search)}`);
          return {
            results: table[shard].map((id, i): PagefindResult => ({
              id,
              score: (table[shard].length - i) / 10,
              data: async () => ({ url: id, content: contents[shard] ?? 'x', meta: {}, filters: {} }),
            })),
          };
        },
      };
    };
    return { make, created, searched, options };
  }
  const manifest = manifestOf(
    new Map([
      ['2025', 2],
      ['2024', 1],
      ['2023', 2],
    ]),
  );
  const table = { '2025': ['e', 'd'], '2024': ['c'], '2023': ['b', 'a'] };

  it('joins the shards in date order and creates a shard only when it is searched', async () => {
    const fake = shardInstances(table);
    const api = shardedPagefind(manifest, fake.make);
    await api.options({ baseUrl: '/' });
    expect(fake.created).toEqual([]);
    const newest = await api.search('x', { filters: {}, sort: { date: 'desc' } });
    expect(newest!.results.map((r) => r.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    const oldest = await api.search('x', { filters: {}, sort: { date: 'asc' } });
    expect(oldest!.results.map((r) => r.id)).toEqual(['b', 'a', 'c', 'e', 'd']);
  });

  it('reads one year only for a year, without passing the year on as a filter', async () => {
    const fake = shardInstances(table);
    const api = shardedPagefind(manifest, fake.make);
    const found = await api.search('x', { filters: { year: '2024', section: 'Tin tức' } });
    expect(found!.results.map((r) => r.id)).toEqual(['c']);
    // The newest year is opened first, for the module the others reuse, but not searched.
    expect(fake.created).toEqual(['2025', '2024']);
    expect(fake.searched).toEqual(['2024:{"filters":{"section":"Tin tức"}}']);
  });

  it('gives every option, earlier and later, to every shard, and adds up filter counts', async () => {
    const fake = shardInstances(table);
    const api = shardedPagefind(manifest, fake.make);
    await api.options({ baseUrl: '/', excerptLength: 0 });
    await api.search('x', { filters: { year: '2025' } });
    await api.options({ exactDiacritics: true });
    await api.search('x', { filters: {} });
    const last = (shard: string) => Object.assign({}, ...fake.options.filter((o) => o.shard === shard));
    for (const shard of ['2025', '2024', '2023']) expect(last(shard)).toMatchObject({ baseUrl: '/', excerptLength: 0, exactDiacritics: true });
    expect(await api.filters()).toEqual({ section: { 'Tin tức': 5 } });
  });

  it('drops the answer of a shard that lacks a query word (Pagefind searched there without it)', async () => {
    const fake = shardInstances(table, { '2025': 'tập huấn kỹ năng', '2024': 'kỹ năng sống', '2023': 'Tập huấn viên và kỹ năng' });
    const api = shardedPagefind(manifest, fake.make);
    const found = await api.search('tap huan ky nang', { filters: {}, sort: { date: 'desc' } });
    expect(found!.results.map((r) => r.id)).toEqual(['e', 'd', 'b', 'a']);
  });

  it('leaves the exact-marks pass unchecked (the engine keeps only pages the folded pass found)', async () => {
    const fake = shardInstances(table, { '2024': 'kỹ năng sống' });
    const api = shardedPagefind(manifest, fake.make);
    await api.options({ exactDiacritics: true });
    const found = await api.search('tập huấn', { filters: { year: '2024' } });
    expect(found!.results.map((r) => r.id)).toEqual(['c']);
  });

  it('tries a shard that failed to load again on the next search', async () => {
    let fail = true;
    const fake = shardInstances(table);
    const api = shardedPagefind(manifest, (shard) => {
      const made = fake.make(shard);
      return {
        ...made,
        init: async () => {
          if (fail) throw new Error('offline');
        },
      };
    });
    await expect(api.search('x', { filters: { year: '2024' } })).rejects.toThrow('offline');
    fail = false;
    expect((await api.search('x', { filters: { year: '2024' } }))!.results.map((r) => r.id)).toEqual(['c']);
  });
});

describe('shard instances', () => {
  it('are created one at a time, each after the last one finished loading', async () => {
    const events: string[] = [];
    const manifest = manifestOf(
      new Map([
        ['2025', 1],
        ['2024', 1],
        ['2023', 1],
      ]),
    );
    const api = shardedPagefind(manifest, (shard) => {
      events.push(`create ${shard}`);
      return {
        options: async () => undefined,
        init: async () => void events.push(`init ${shard}`),
        filters: async () => ({}),
        search: async (term) => {
          await new Promise((done) => setTimeout(done, 5));
          if (term === '') events.push(`ready ${shard}`);
          return { results: [] };
        },
      };
    });
    await api.search('x', { filters: {} });
    expect(events).toEqual(['create 2025', 'init 2025', 'ready 2025', 'create 2024', 'init 2024', 'ready 2024', 'create 2023', 'init 2023', 'ready 2023']);
  });
});

describe('where the shard instances run', () => {
  const manifest = manifestOf(
    new Map([
      ['2025', 1],
      ['2024', 1],
    ]),
  );
  const instanceFor = (shard: string, mode: InstanceMode, log: string[], failStub: (mode: InstanceMode) => boolean, firstOnPage = false): PagefindInstance => {
    log.push(`${shard}${mode.noWorker ? ' on the page' : ''}`);
    return {
      options: async () => undefined,
      init: async () => {
        if (shard !== '2025' && failStub(mode)) throw new Error('stub compiled');
      },
      filters: async () => ({}),
      search: async (term) =>
        term === ''
          ? { results: [], search_environment: firstOnPage || mode.noWorker ? 'mainthread' : 'worker' }
          : { results: [{ id: shard, score: 1, data: async () => ({ url: shard, content: 'x', meta: {}, filters: {} }) }] },
    };
  };

  it('creates the other years on the page when Pagefind put the first one there', async () => {
    const log: string[] = [];
    const api = shardedPagefind(manifest, (shard, mode) => instanceFor(shard, mode, log, () => false, true));
    await api.search('x', { filters: {} });
    expect(log).toEqual(['2025', '2024 on the page']);
  });

  it('creates every year again on the page, first year first, when a year fails to load in the worker', async () => {
    const log: string[] = [];
    const api = shardedPagefind(manifest, (shard, mode) => instanceFor(shard, mode, log, (m) => !m.noWorker));
    const found = await api.search('x', { filters: {} });
    expect(found!.results.map((r) => r.id)).toEqual(['2025', '2024']);
    expect(log).toEqual(['2025', '2024', '2025 on the page', '2024 on the page']);
  });
});
