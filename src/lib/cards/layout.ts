/**
 * Fitting a title into a card: words wrapped onto at most `maxLines` lines no wider than
 * `width`, and a title too long for them shortened at a word boundary with an ellipsis.
 * Pure: the width of a piece of text comes from `measure`, so the rule is tested without a font.
 */

export const ELLIPSIS = '…';

export type Measure = (text: string) => number;

export interface Fitted {
  lines: string[];
  /** True when words were left out (the last line ends with the ellipsis). */
  shortened: boolean;
}

/** Splits a word wider than a whole line into pieces that fit (a long address, a run of letters without spaces). */
function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy wrapping, which is what a reader expects of a headline: each line takes as many words as fit. */
export function wrap(text: string, width: number, measure: Measure): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (measure(word) > width ? breakLongWord(word, width, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The title on at most `maxLines` lines; when it needs more, the last line ends at a word boundary with "…". */
export function fitLines(text: string, width: number, maxLines: number, measure: Measure): Fitted {
  const lines = wrap(text, width, measure);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, maxLines);
  // Drop words from the end of the last line until the ellipsis fits after them.
  const words = kept[maxLines - 1].split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > width) words.pop();
  let last = words.join(' ');
  // One piece too wide even alone (only possible for a broken long word): cut it by characters.
  while (last.length > 1 && measure(`${last}${ELLIPSIS}`) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/[\s,.;:–—-]+$/u, '')}${ELLIPSIS}`;
  return { lines: kept, shortened: true };
}
