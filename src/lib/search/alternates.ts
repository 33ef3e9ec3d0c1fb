/**
 * Pagefind folds tone and vowel marks but not đ, which has no Unicode decomposition, so a reader
 * typing "da nang" would never reach "Đà Nẵng". On the copy of each page that is indexed (never
 * the page served), every word with đ is written as a compound with its d-form: "Đà_Dà".
 * Pagefind indexes a compound at one position as the whole and as each part, so "da", "đà" and
 * the phrase "da nang" all match, headings keep their weight, and word positions stay right.
 * The fragment text Pagefind stores carries the compounds; `stripAlternates` removes them
 * before anything is shown.
 */

/** Joins a word and its d-form. Pagefind splits compounds on it; readers never type it inside a word. */
export const ALTERNATE_JOINER = '_';

const WORD_WITH_D = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;

/** The word with đ/Đ written d/D and its other marks kept: "Đảng" → "Dảng". */
export function dForm(word: string): string {
  return word.replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'));
}

/** Plain text with every đ-word followed by its d-form: "Đà Nẵng" → "Đà_Dà Nẵng". */
export function addAlternates(text: string): string {
  return text.replace(WORD_WITH_D, (word) => `${word}${ALTERNATE_JOINER}${dForm(word)}`);
}

/** Undoes `addAlternates` on text read back from the index. Leaves any other underscore alone. */
export function stripAlternates(text: string): string {
  return text.replace(new RegExp(`(${WORD_WITH_D.source})${ALTERNATE_JOINER}([\\p{L}\\p{M}\\p{N}]+)`, 'gu'), (whole, word: string, alternate: string) =>
    alternate === dForm(word) ? word : whole,
  );
}
