import { missingTerms, parseQuery } from './query.ts';
import { addFilterCounts, joinResults, shardsToSearch, type ShardManifest } from './shards.ts';
import type { PagefindApi, PagefindResult } from './engine.ts';
import type { SortOrder } from './state.ts';

/** What `createInstance` of Pagefind's browser module returns (pagefind.js 1.6). */
export type PagefindInstance = Omit<PagefindApi, 'init' | 'search'> & {
  init(): Promise<void>;
  search(
    term: string | null,
    options?: Parameters<PagefindApi['search']>[1] & { verbose?: boolean },
  ): Promise<{ results: PagefindResult[]; search_environment?: string } | null>;
  destroy?(): Promise<void>;
};

/** Where Pagefind runs the instances: its web worker (the default), or the page itself. */
export interface InstanceMode {
  noWorker?: boolean;
}

/**
 * One search interface over the year shards (see shards.ts), for the engine: each shard is its
 * own Pagefind instance, created on its first search, so a search in one year fetches that
 * year's index (and the first year's entry and module, which every year uses). Options are given
 * to every instance, including the ones created later.
 *
 * Every year but the first holds a stub for Pagefind's WebAssembly module (WASM_STUB): the
 * instances must run where the first year's module was loaded. Pagefind runs them in its web
 * worker, but moves an instance to the page when the worker does not answer within 5 seconds (a
 * slow network, a busy phone). So: when the first year ended up on the page, the others are
 * created there too; and when a year fails to load anyway, every instance is created again on
 * the page, the first year first, and the search runs once more.
 *
 * Pagefind drops a query word that its index does not hold (or searches a shorter one). Over one
 * index that means the word is nowhere, which the engine tells the reader; over shards, a word
 * missing from one year would let that year answer without it. So a shard whose best result
 * lacks a query word answers nothing: if the word were in that shard, every result would hold it.
 */
export function shardedPagefind(manifest: ShardManifest, createInstance: (shard: string, mode: InstanceMode) => PagefindInstance): PagefindApi {
  let instances = new Map<string, Promise<PagefindInstance>>();
  let options: Record<string, unknown> = {};
  let mode: InstanceMode = {};
  // Instances are created one after another, each once the last is loaded: the first instance
  // loads the WebAssembly module and the later ones reuse it; instances loading it at the same
  // time would each replace it under the others.
  let queue: Promise<unknown> = Promise.resolve();
  const first = manifest.shards[0]?.id;

  const instance = async (id: string): Promise<PagefindInstance> => {
    if (first !== undefined && id !== first) await open(first);
    return open(id);
  };

  const open = (id: string) => {
    let made = instances.get(id);
    if (!made) {
      const mine = instances;
      made = queue.then(async () => {
        const created = createInstance(id, mode);
        await created.options(options);
        await created.init();
        // `init` returns before the instance is loaded; an empty search returns only once it is
        // (Pagefind answers it without fetching anything more), and says where it ran.
        const probe = await created.search('', { verbose: true });
        if (id === first && probe?.search_environment === 'mainthread') mode = { noWorker: true };
        return created;
      });
      queue = made.catch(() => undefined);
      // A shard that failed to load is tried again on the next search.
      made.catch(() => mine.get(id) === made && mine.delete(id));
      instances.set(id, made);
    }
    return made;
  };

  /** After a year failed to load: every instance again, on the page. */
  const restartOnPage = () => {
    for (const made of instances.values()) void made.then((i) => i.destroy?.()).catch(() => undefined);
    instances = new Map();
    mode = { noWorker: true };
  };

  const searchShards = async (term: string | null, search: Parameters<PagefindApi['search']>[1] = {}) => {
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
  };

  return {
    async options(next) {
      options = { ...options, ...next };
      await Promise.all([...instances.values()].map(async (made) => (await made).options(next)));
    },
    async init() {},
    async search(term, search = {}) {
      try {
        return await searchShards(term, search);
      } catch (error) {
        if (mode.noWorker) throw error;
        restartOnPage();
        return searchShards(term, search);
      }
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
