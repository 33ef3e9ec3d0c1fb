/**
 * The search page: reads the search from the URL, runs it through the engine, shows results.
 * All logic worth testing lives in src/lib/search/; this file only wires it to the page.
 */
import { t } from '../../i18n/vi.ts';
import { createEngine, type Hit, type SearchOutcome } from '../../lib/search/engine.ts';
import { shardedPagefind, type PagefindInstance } from '../../lib/search/sharded.ts';
import { parseManifest, SHARD_MANIFEST } from '../../lib/search/shards.ts';
import { PARAMS, readState, sortParam, writeState, type SearchState } from '../../lib/search/state.ts';
import { SEARCH_BUNDLE } from '../../lib/site/config.ts';
import { normalizeBase } from '../../lib/site/deploy.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY = 250;

const base = normalizeBase(import.meta.env.BASE_URL);
let engine: Promise<ReturnType<typeof createEngine>> | undefined;

/**
 * Pagefind's runtime (~150 KB) and the list of year shards are fetched only now: when there is
 * something to search. Each year's index is fetched on its first search (src/lib/search/sharded.ts).
 */
function loadEngine() {
  const bundle = `${base}${SEARCH_BUNDLE}/`;
  engine ??= Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<{ createInstance(options: Record<string, unknown>): PagefindInstance }>,
    // Never from the browser's cache: the first year (the one with Pagefind's module) changes
    // when a new year begins, and a stale list would open a year that holds only the stub first.
    fetch(`${bundle}${SHARD_MANIFEST}`, { cache: 'no-cache' }).then((response) => {
      if (!response.ok) throw new Error(`${SHARD_MANIFEST}: ${response.status}`);
      return response.json();
    }),
  ]).then(([pagefind, manifest]) => {
    const shards = shardedPagefind(parseManifest(manifest), (shard, mode) => pagefind.createInstance({ basePath: `${bundle}${shard}/`, ...mode }));
    return shards.options({ baseUrl: base, excerptLength: 0 }).then(() => createEngine(shards));
  });
  return engine;
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const section = document.querySelector<HTMLElement>('#search-results-section')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const loading = document.querySelector<HTMLElement>('#search-loading')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const sectionSelect = select(PARAMS.section);

  // The tab and history entries name the search: "tap huan – Tìm kiếm | …".
  const pageTitle = document.title;
  let current = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;

  const stateFromForm = (): SearchState => readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (state: SearchState) => {
    input.value = state.q;
    sectionSelect.value = state.section;
    if (sectionSelect.value !== state.section) sectionSelect.value = '';
    // A section or year the lists do not offer (an old or edited link) is dropped, so what the
    // form shows is what is searched.
    select(PARAMS.year).value = state.year;
    if (select(PARAMS.year).value !== state.year) select(PARAMS.year).value = '';
    select(PARAMS.sort).value = sortParam(state.sort);
    return stateFromForm();
  };
  const sectionName = (slug: string) => [...sectionSelect.options].find((o) => o.value === slug && slug)?.textContent ?? undefined;

  // Busy is shown, not announced: the live region speaks once, with the count.
  const setBusy = (busy: boolean) => {
    section.setAttribute('aria-busy', String(busy));
    loading.hidden = !busy;
  };

  async function run(state: SearchState) {
    const token = ++current;
    const q = state.q.trim();
    document.title = q ? `${q} – ${pageTitle}` : pageTitle;
    if (!q) {
      status.textContent = '';
      section.hidden = true;
      list.replaceChildren();
      setBusy(false);
      return;
    }
    setBusy(true);
    more.hidden = true;
    let result: SearchOutcome;
    try {
      const search = await loadEngine();
      result = await search.search({ q, section: sectionName(state.section), year: state.year || undefined, sort: state.sort });
    } catch (error) {
      engine = undefined;
      if (token === current) {
        status.textContent = import.meta.env.DEV ? t.searchDevMissing : t.searchUnavailable;
        setBusy(false);
      }
      console.error(error);
      return;
    }
    if (token !== current || result.stale) return;
    outcome = result;
    shown = 0;
    // Focus inside the list being replaced (after Back, say) goes to the status line, not to <body>.
    if (list.contains(document.activeElement)) {
      status.tabIndex = -1;
      status.focus();
    }
    list.replaceChildren();
    await showMore(token);
    if (token !== current) return;
    // The count is announced once the first results are on the page.
    if (result.unmatched.length > 0) status.textContent = t.searchUnmatched(result.unmatched.join(' '));
    else if (result.results.length === 0) status.textContent = t.searchNone(q);
    else status.textContent = t.searchCount(result.results.length, q);
    section.hidden = result.results.length === 0;
    setBusy(false);
  }

  let loadingFor: SearchOutcome | undefined;
  async function showMore(token: number): Promise<number | undefined> {
    const of = outcome;
    // One page at a time per search: a double click does not load the same results twice.
    if (!of || loadingFor === of) return;
    loadingFor = of;
    more.disabled = true;
    try {
      const from = shown;
      const hits = await Promise.all(of.results.slice(from, from + PAGE_SIZE).map(of.load));
      // A newer search replaced the list meanwhile: these results belong to the old one.
      if (token !== current || of !== outcome || shown !== from) return;
      list.append(...hits.map(renderHit));
      shown = from + hits.length;
      more.hidden = shown >= of.results.length;
      return from;
    } finally {
      if (loadingFor === of) loadingFor = undefined;
      more.disabled = false;
    }
  }

  const go = (mode: 'push' | 'replace') => {
    const state = stateFromForm();
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go('replace'), TYPING_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go('push');
  });
  more.addEventListener('click', async () => {
    const firstNew = await showMore(current);
    // Keyboard and screen reader users land on the first newly shown result.
    if (firstNew !== undefined) list.children[firstNew]?.querySelector('a')?.focus();
  });
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const)
    form.addEventListener(type, () => void loadEngine().catch(() => undefined), { once: true });
  window.addEventListener('popstate', () => void run(fillForm(readState(location.search))));

  void run(fillForm(readState(location.search)));
}

function renderHit(hit: Hit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'hit';
  const body = document.createElement('div');
  body.className = 'hit__body';
  const title = document.createElement('h3');
  title.className = 'hit__title';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'hit__meta';
  meta.textContent = [hit.date, hit.section].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'hit__excerpt';
  for (const segment of hit.excerpt) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else excerpt.append(segment.text);
  }
  body.append(title, meta, excerpt);
  if (hit.image) {
    const image = document.createElement('img');
    image.className = 'hit__image';
    image.src = hit.image;
    image.alt = '';
    image.width = 96;
    image.height = 72;
    image.loading = 'lazy';
    image.decoding = 'async';
    item.append(image);
  }
  item.append(body);
  return item;
}
