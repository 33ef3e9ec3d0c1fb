/** Text helpers shared by the build, the editors' scripts and the search index. */

/** One or more byte-order marks: some editors add one to a file that already has one. */
const BOM = /^\uFEFF+/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Editors' files: drop leading BOMs, turn CRLF/CR into LF, and compose to NFC (macOS pastes NFD). */
export function normalizeSource(source: string): string {
  return source.replace(BOM, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** NFC for any string coming from content; non-strings pass through untouched. */
export function nfc<T>(value: T): T {
  return (typeof value === 'string' ? value.normalize('NFC') : value) as T;
}

/** True when the text changes under NFC, i.e. it was pasted decomposed (NFD). */
export function isDecomposed(text: string): boolean {
  return text !== text.normalize('NFC');
}

/** Vietnamese folded for matching: tone and vowel marks dropped, đ → d, lower case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .normalize('NFC');
}

/** Counts words the way a reader sees them (Vietnamese syllables count as words). */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}

/** Levenshtein distance, for "did you mean" hints on field names and sections. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest candidate to `input` (compared folded), or undefined when none is close enough. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const folded = foldVietnamese(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldVietnamese(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
