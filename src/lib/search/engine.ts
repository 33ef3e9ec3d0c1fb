import { stripAlternates } from './alternates.ts';
import { foldVietnamese } from '../text/vietnamese.ts';
import { excerpt, type Segment } from './excerpt.ts';
import { missingTerms, parseQuery } from './query.ts';
import type { SortOrder } from './state.ts';

/** A search as the engine runs it: `section` is the section's name, the Pagefind filter value. */
export interface SearchRequest {
  q: string;
  section?: string;
  year?: string;
  sort: SortOrder;
}

/** The part of Pagefind's browser API this engine uses (pagefind.js, version 1.6). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** One result as the page shows it. */
export interface Hit {
  url: string;
  title: string;
  date: string;
  section: string;
  image?: string;
  excerpt: Segment[];
}

export interface SearchOutcome {
  /** Every matching result, best first; `load` reads the shown ones. */
  results: PagefindResult[];
  /** True when a newer search was asked for before this one ran: nothing was searched. */
  stale?: boolean;
  /** Query words (as typed) that no page contains; then `results` is empty. */
  unmatched: string[];
  load(result: PagefindResult): Promise<Hit>;
}

/**
 * Searches the way Vietnamese readers expect, on top of Pagefind:
 * - the query is NFC, so NFD and NFC queries rank the same;
 * - đ and d are one letter, both ways;
 * - a query typed with marks runs twice: pages that match the marks exactly come first, then
 *   pages that only match once folded (`Đảng` before "bình đẳng");
 * - a word that no page contains gives no results, instead of Pagefind's silent fallback.
 * Searches run one after another: the exact-marks setting is global to Pagefind.
 */
export function createEngine(pagefind: PagefindApi) {
  let queue: Promise<unknown> = Promise.resolve();
  // Searches queued behind a slow one are skipped once a newer one is asked for, so a reader
  // who types in bursts waits for one search, not for every pause.
  let requested = 0;
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function run(term: string, exact: boolean, state: SearchRequest): Promise<PagefindResult[]> {
    await pagefind.options({ exactDiacritics: exact });
    const filters: Record<string, string> = {};
    if (state.section) filters.section = state.section;
    if (state.year) filters.year = state.year;
    const sort = state.sort === 'relevance' ? undefined : { date: state.sort === 'newest' ? ('desc' as const) : ('asc' as const) };
    const response = await pagefind.search(term, { filters, sort });
    return response?.results ?? [];
  }

  async function check(results: PagefindResult[], terms: string[]): Promise<string[]> {
    if (results.length === 0) return [];
    const data = await results[0].data();
    return missingTerms(terms, [data.content, ...Object.values(data.meta)].join(' '));
  }

  /**
   * After a search with no results: the words that no page has at all (searched one by one,
   * without filters, so a filter that excludes everything is not blamed on a word).
   */
  async function absentTerms(terms: string[]): Promise<string[]> {
    const absent: string[] = [];
    for (const term of new Set(terms)) {
      const results = await run(term, false, { q: term, sort: 'relevance' });
      if (results.length === 0 || (await check(results, [term])).length > 0) absent.push(term);
    }
    return absent;
  }

  function load(terms: string[]) {
    return async (result: PagefindResult): Promise<Hit> => {
      const data = await result.data();
      const content = stripAlternates(data.content);
      return {
        url: data.url,
        title: stripAlternates(data.meta.title ?? data.url),
        date: data.filters.published?.[0] ?? '',
        section: data.filters.section?.[0] ?? '',
        image: data.filters.thumbnail?.[0] || undefined,
        excerpt: excerpt(content, terms),
      };
    };
  }

  return {
    search: (state: SearchRequest): Promise<SearchOutcome> => {
      const id = ++requested;
      const stale = (): SearchOutcome => ({ results: [], unmatched: [], stale: true, load: load([]) });
      return serial(async () => {
        if (id !== requested) return stale();
        const query = parseQuery(state.q);
        if (!query.text) return { results: [], unmatched: [], load: load([]) };
        // Folded tier: marks and đ folded away, so "Đảng" also finds "dạng", every đ-word is
        // reached through the d-form written beside it in the index, and marks typed wrong
        // ("tâp huân") rank nothing higher than the same query typed without marks.
        const foldedText = foldVietnamese(query.text);
        const folded = await run(foldedText, false, state);
        const missing = folded.length > 0 ? await check(folded, query.terms) : await absentTerms(query.terms);
        if (missing.length > 0) {
          const unmatched = query.words.filter((_, i) => missing.includes(query.terms[i]));
          return { results: [], unmatched, load: load(query.terms) };
        }
        let results = folded;
        if (id !== requested) return stale();
        if (query.hasMarks && state.sort === 'relevance') {
          // Only pages the folded search found: an exact match is a folded match too, and this
          // keeps out pages an index returned after dropping a marked word it does not hold.
          const matches = new Set(folded.map((r) => r.id));
          const exact = (await run(query.text, true, state)).filter((r) => matches.has(r.id));
          const first = new Set(exact.map((r) => r.id));
          results = [...exact, ...folded.filter((r) => !first.has(r.id))];
        }
        return { results, unmatched: [], load: load(query.terms) };
      });
    },
    filters: () => serial(() => pagefind.filters()),
  };
}
