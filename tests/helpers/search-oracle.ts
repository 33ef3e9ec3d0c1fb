import { attr, parseHtml, textContent, type Element } from './html.ts';

/**
 * What a search should find, computed from the built pages' text, independently of the search
 * code: its own folding, its own tokenising, Pagefind's documented matching rules (every word
 * matches as a prefix; a quoted phrase matches whole words in a row).
 */

/** Tones, vowel marks and đ dropped, lower case. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

export interface IndexedPage {
  url: string;
  /** Words as written (NFC, lower case), in order. */
  words: string[];
  folded: string[];
  /** The publication date the page gives Pagefind's sort (its `datetime`), and its year filter. */
  date: string;
  year: string;
}

/** The searchable words of a built article: the `data-pagefind-body` element minus ignored parts. */
export function indexedPage(url: string, html: string): IndexedPage {
  const { all } = parseHtml(html);
  const body = all.find((el) => el.tagName === 'article' && attr(el, 'data-pagefind-body') !== undefined);
  if (!body) throw new Error(`${url}: no data-pagefind-body`);
  const text = (node: Element): string =>
    node.childNodes
      .map((child) => {
        if ('tagName' in child) return attr(child, 'data-pagefind-ignore') === undefined ? ` ${text(child)} ` : ' ';
        return textContent(child);
      })
      .join('');
  const list = words(text(body));
  const date = attr(all.find((el) => attr(el, 'data-pagefind-sort') === 'date[datetime]') ?? body, 'datetime') ?? '';
  const year = /year:(\d{4})/.exec(all.map((el) => attr(el, 'data-pagefind-filter') ?? '').join(' '))?.[1] ?? '';
  return { url, words: list, folded: list.map(fold), date, year };
}

interface Part {
  phrase: boolean;
  words: string[];
}

function parts(query: string): Part[] {
  const cleaned = query.normalize('NFC').replace(/[“”]/g, '"');
  const out: Part[] = [];
  for (const [, phrase, rest] of cleaned.matchAll(/"([^"]*)"|([^"]+)/g)) {
    if (phrase !== undefined) out.push({ phrase: true, words: words(phrase) });
    else for (const word of words(rest)) out.push({ phrase: false, words: [word] });
  }
  return out.filter((part) => part.words.length > 0);
}

function matchesPart(page: IndexedPage, part: Part, same: (pageWord: number, queryWord: string) => boolean): boolean {
  if (!part.phrase) return page.words.some((_, i) => same(i, part.words[0]));
  return page.words.some((_, start) => part.words.every((word, k) => start + k < page.words.length && same(start + k, word)));
}

/** Pages that contain every query word once folded (prefix, or whole words for a phrase). */
export function expectedPages(pages: IndexedPage[], query: string): Set<string> {
  const ps = parts(query);
  return new Set(
    pages
      .filter(
        (page) =>
          ps.length > 0 &&
          ps.every((part) => matchesPart(page, part, (i, word) => (part.phrase ? page.folded[i] === fold(word) : page.folded[i].startsWith(fold(word))))),
      )
      .map((page) => page.url),
  );
}

/** Pages that contain every query word with its marks as typed (a prefix, or the whole word in a phrase; d may stand for đ). */
export function exactPages(pages: IndexedPage[], query: string): Set<string> {
  const ps = parts(query);
  const dForm = (word: string) => word.replace(/đ/g, 'd');
  const same = (pageWord: string, word: string, phrase: boolean) =>
    [pageWord, dForm(pageWord)].some((form) => (phrase ? form === word : form.startsWith(word)));
  return new Set(
    pages
      .filter((page) => ps.length > 0 && ps.every((part) => matchesPart(page, part, (i, word) => same(page.words[i], word, part.phrase))))
      .map((page) => page.url),
  );
}

export const hasMarks = (query: string) => fold(query) !== query.normalize('NFC').toLowerCase();
