/** What the search page shows, kept in its URL so it can be shared, reloaded and gone back to. */
export interface SearchState {
  q: string;
  /** Section name as shown (the Pagefind filter value), or '' for all. */
  section: string;
  /** Year of publication, or '' for all. */
  year: string;
  sort: SortOrder;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** URL parameter names, in Vietnamese like the rest of the site's addresses. */
export const PARAMS = { q: 'q', section: 'chuyen-muc', year: 'nam', sort: 'sap-xep' } as const;
const SORT_VALUES: Record<Exclude<SortOrder, 'relevance'>, string> = { newest: 'moi-nhat', oldest: 'cu-nhat' };

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sortParam = params.get(PARAMS.sort) ?? '';
  const sort = (Object.keys(SORT_VALUES) as Array<keyof typeof SORT_VALUES>).find((key) => SORT_VALUES[key] === sortParam);
  const year = (params.get(PARAMS.year) ?? '').trim();
  return {
    q: (params.get(PARAMS.q) ?? '').normalize('NFC').slice(0, 200),
    section: (params.get(PARAMS.section) ?? '').normalize('NFC').trim(),
    year: /^\d{4}$/.test(year) ? year : '',
    sort: sort ?? 'relevance',
  };
}

/** The value of the sort parameter ('' for relevance). */
export function sortParam(sort: SortOrder): string {
  return sort === 'relevance' ? '' : SORT_VALUES[sort];
}

/** The query string for a state ("?q=tap+huan&nam=2021"), leaving defaults out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(PARAMS.q, state.q.trim());
  if (state.section) params.set(PARAMS.section, state.section);
  if (state.year) params.set(PARAMS.year, state.year);
  if (state.sort !== 'relevance') params.set(PARAMS.sort, sortParam(state.sort));
  const query = params.toString();
  return query ? `?${query}` : '';
}
