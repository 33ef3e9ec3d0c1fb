import { foldVietnamese } from '../text/vietnamese.ts';

/** A reader's query, prepared for Pagefind and for checking what it returns. */
export interface ParsedQuery {
  /** What is sent to Pagefind: NFC, lower case, single spaces, quotes kept. */
  text: string;
  /** The words as typed (NFC, lower case), in order, quotes removed. */
  words: string[];
  /** Each word folded (no marks, đ → d): what every result must contain. */
  terms: string[];
  /** True when the reader typed any mark or đ: then pages matching the marks come first. */
  hasMarks: boolean;
}

/** A word as search sees it: letters (with their marks) and digits. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Normalises whatever the reader typed or pasted: NFD from some phones becomes NFC, case and
 * spacing are evened out, punctuation other than phrase quotes is dropped.
 */
export function parseQuery(raw: string): ParsedQuery {
  let cleaned = raw
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[“”„«»]/g, '"')
    .replace(/[^\p{L}\p{M}\p{N}"]+/gu, ' ');
  // An unpaired quote would turn the rest of the query into a phrase: drop the last one.
  if ((cleaned.split('"').length - 1) % 2 === 1) cleaned = cleaned.replace(/"(?=[^"]*$)/, ' ');
  const parts: string[] = [];
  const words: string[] = [];
  for (const [, phrase, word] of cleaned.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const found = (phrase ?? word).match(WORD) ?? [];
    if (found.length === 0) continue;
    words.push(...found);
    parts.push(phrase === undefined ? found.join(' ') : `"${found.join(' ')}"`);
  }
  return {
    text: parts.join(' '),
    words,
    terms: words.map(foldVietnamese),
    hasMarks: words.some((w) => foldVietnamese(w) !== w),
  };
}

/**
 * The folded words of a text, as Pagefind indexes them: each word, and for a token joined by
 * punctuation ("TP.HCM", "COVID-19") also the whole ("tphcm", "covid19"); camelCase parts too
 * ("iPhone" → "phone").
 */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    const parts = token.match(WORD) ?? [];
    for (const part of parts) {
      out.push(foldVietnamese(part));
      const pieces = part.split(/(?<=\p{Ll})(?=\p{Lu})/u);
      if (pieces.length > 1) out.push(...pieces.map(foldVietnamese));
    }
    if (parts.length > 1) out.push(foldVietnamese(parts.join('')));
  }
  return out;
}

/**
 * The query terms that a result does not contain. Pagefind matches every term as a prefix and,
 * when a term matches nothing in the whole index, silently searches for a shorter word or drops
 * the term. Every result of a search then lacks that term, so checking one result tells whether
 * the query as typed has any answer at all.
 */
export function missingTerms(terms: readonly string[], text: string): string[] {
  const words = new Set(foldedWords(text));
  return terms.filter((term) => {
    if (words.has(term)) return false;
    for (const word of words) if (word.startsWith(term)) return false;
    return true;
  });
}
