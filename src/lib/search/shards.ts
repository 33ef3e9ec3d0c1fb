/**
 * The search index is split by year of publication: one Pagefind bundle per year, under
 * `pagefind/<year>/`, listed newest first in `pagefind/shards.json`.
 *
 * Why: Pagefind builds a whole index in memory, so one index over a ten-year archive needs
 * gigabytes; a year at a time needs a tenth of it. A year whose articles did not change keeps
 * its index from the last build. And since every article of a shard is older than every article
 * of the shard before it, results sorted by date within each shard and joined shard after shard
 * are in exact global date order (Pagefind's own `mergeIndex` orders merged results by score,
 * which is not a date order across indexes).
 *
 * Pure: the build (src/integrations/search-index.ts) and the search page both use it.
 */
import type { SortOrder } from './state.ts';

/** The list of shards the build writes beside them. */
export const SHARD_MANIFEST = 'shards.json';
/** Shard of an article whose page carries no year (never expected: every article has a date). */
export const UNDATED_SHARD = 'khac';

/**
 * What stands in every shard but the first for Pagefind's WebAssembly module (55 KB): the
 * signature of a Pagefind file and one byte. All instances run in Pagefind's one worker, which
 * keeps the first module it loads (wasm-bindgen's init returns the loaded module and ignores the
 * bytes it is given), so once the first shard is open the others need no module of their own;
 * the search page opens the first shard before any other (sharded.ts). Without this, a search
 * over ten years would fetch the same module ten times. The browser tests search every year
 * with these stubs, so a Pagefind that stopped sharing its module would fail them.
 */
export const WASM_STUB = new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), 0]);

export interface Shard {
  /** The year ("2024"), also the shard's folder name. */
  id: string;
  /** Articles indexed in it. */
  pages: number;
}

export interface ShardManifest {
  version: 1;
  /** Newest year first. */
  shards: Shard[];
}

const YEAR_FILTER = /data-pagefind-filter="year:(\d{4})"/;

/** The shard an article's indexable page belongs to: the year its page gives Pagefind as a filter. */
export function shardOf(indexableHtml: string): string {
  return YEAR_FILTER.exec(indexableHtml)?.[1] ?? UNDATED_SHARD;
}

/** Newest year first; an undated shard last. */
export function compareShards(a: string, b: string): number {
  const [ya, yb] = [/^\d{4}$/.test(a) ? Number(a) : -1, /^\d{4}$/.test(b) ? Number(b) : -1];
  return yb - ya || (a < b ? -1 : a > b ? 1 : 0);
}

/** The manifest for shard sizes given in any order. */
export function manifestOf(pages: ReadonlyMap<string, number>): ShardManifest {
  const ids = [...pages.keys()].sort(compareShards);
  return { version: 1, shards: ids.map((id) => ({ id, pages: pages.get(id) ?? 0 })) };
}

/**
 * Reads a manifest as fetched. One that is not a list of shards throws (the page then says
 * search is unavailable); shards with a malformed name are left out, never opened.
 */
export function parseManifest(value: unknown): ShardManifest {
  const shards = (value as ShardManifest | null)?.shards;
  if (!Array.isArray(shards)) throw new Error(`${SHARD_MANIFEST}: no list of shards`);
  return {
    version: 1,
    shards: shards
      .filter((s): s is Shard => typeof s?.id === 'string' && /^(\d{4}|khac)$/.test(s.id) && Number.isInteger(s.pages))
      .sort((a, b) => compareShards(a.id, b.id)),
  };
}

/**
 * The shards one search reads, in the order their results are joined: only the chosen year's
 * when a year is chosen; otherwise all, oldest first for the oldest-first sort.
 */
export function shardsToSearch(manifest: ShardManifest, search: { year?: string; sort: SortOrder }): string[] {
  const ids = manifest.shards.map((s) => s.id);
  if (search.year) return ids.filter((id) => id === search.year);
  return search.sort === 'oldest' ? ids.reverse() : ids;
}

/**
 * One result list from each shard's, given in `shardsToSearch` order: for a date sort the lists
 * are joined as they are (exact, since shards do not overlap in time); by relevance they are
 * merged by score, best first, earlier shards first among equal scores (as Pagefind's own
 * `mergeIndex` does, with a stable order).
 */
export function joinResults<T extends { score: number }>(lists: T[][], sort: SortOrder): T[] {
  const joined = lists.flat();
  if (sort !== 'relevance') return joined;
  return joined
    .map((result, order) => ({ result, order }))
    .sort((a, b) => b.result.score - a.result.score || a.order - b.order)
    .map(({ result }) => result);
}

/** Filter counts of several shards added up, value by value. */
export function addFilterCounts(counts: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  // Values are section names from the content: no key may reach Object.prototype.
  const total: Record<string, Record<string, number>> = Object.create(null);
  for (const shard of counts)
    for (const [filter, values] of Object.entries(shard)) {
      const into = (total[filter] ??= Object.create(null));
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  return total;
}
