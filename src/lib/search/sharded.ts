import { missingTerms, parseQuery } from './query.ts';
import { addFilterCounts, joinResults, shardsToSearch, type ShardManifest } from './shards.ts';
import type { PagefindApi, PagefindResult } from './engine.ts';
import type { SortOrder } from './state.ts';

/** What `createInstance` of Pagefind's browser module returns (pagefind.js 1.6). */
export type PagefindInstance = Omit<PagefindApi, 'init'> & { init(): Promise<void> };

/**
 * One search interface over the year shards (see shards.ts), for the engine: each shard is its
 * own Pagefind instance (all in Pagefind's one worker), created on its first search, so a search
 * in one year fetches only that year's index. Options are given to every instance, including
 * the ones created later.
 *
 * Pagefind drops a query word that its index does not hold (or searches a shorter one). Over one
 * index that means the word is nowhere, which the engine tells the reader; over shards, a word
 * missing from one year would let that year answer without it. So a shard whose best result
 * lacks a query word answers nothing: if the word were in that shard, every result would hold it.
 */
export function shardedPagefind(manifest: ShardManifest, createInstance: (shard: string) => PagefindInstance): PagefindApi {
  const instances = new Map<string, Promise<PagefindInstance>>();
  let options: Record<string, unknown> = {};
  // Instances are created one after another, each once the last is loaded: Pagefind's worker
  // holds one WebAssembly module, which the first instance loads and the later ones reuse;
  // instances loading it at the same time would each replace it under the others.
  let queue: Promise<unknown> = Promise.resolve();

  const instance = async (id: string): Promise<PagefindInstance> => {
    // The first shard carries the worker and the WebAssembly module the others reuse (WASM_STUB).
    const first = manifest.shards[0]?.id;
    if (first !== undefined && id !== first) await open(first);
    return open(id);
  };

  const open = (id: string) => {
    let made = instances.get(id);
    if (!made) {
      made = queue.then(async () => {
        const created = createInstance(id);
        await created.options(options);
        await created.init();
        // `init` returns before the worker has loaded the instance; an empty search returns
        // only once it has (Pagefind answers it without fetching anything more).
        await created.search('');
        return created;
      });
      queue = made.catch(() => undefined);
      // A shard that failed to load is tried again on the next search.
      made.catch(() => instances.delete(id));
      instances.set(id, made);
    }
    return made;
  };

  return {
    async options(next) {
      options = { ...options, ...next };
      await Promise.all([...instances.values()].map(async (made) => (await made).options(next)));
    },
    async init() {},
    async search(term, search = {}) {
      const { year, ...filters } = search.filters ?? {};
      const sort: SortOrder = !search.sort?.date ? 'relevance' : search.sort.date === 'asc' ? 'oldest' : 'newest';
      const ids = shardsToSearch(manifest, { year, sort });
      const terms = parseQuery(term ?? '').terms;
      const lists = await Promise.all(
        ids.map(async (id): Promise<PagefindResult[]> => {
          const response = await (await instance(id)).search(term, { filters, sort: search.sort });
          const results = response?.results ?? [];
          // The exact-marks pass needs no check: the engine keeps only what the folded pass found.
          return results.length > 0 && !options.exactDiacritics && (await lacksWord(results[0], terms)) ? [] : results;
        }),
      );
      return { results: joinResults(lists, sort) };
    },
    async filters() {
      const ids = manifest.shards.map((s) => s.id);
      return addFilterCounts(await Promise.all(ids.map(async (id) => (await instance(id)).filters())));
    },
  };
}

async function lacksWord(result: PagefindResult, terms: string[]): Promise<boolean> {
  if (terms.length === 0) return false;
  const data = await result.data();
  return missingTerms(terms, [data.content, ...Object.values(data.meta)].filter(Boolean).join(' ')).length > 0;
}
