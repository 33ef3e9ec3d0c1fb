import { foldVietnamese } from '../text/vietnamese.ts';
import { WORD } from './query.ts';

/** A piece of an excerpt: plain text, to be shown highlighted when `mark` is set. */
export interface Segment {
  text: string;
  mark: boolean;
}

const EDGE_START = /^[\p{L}\p{M}\p{N}]/u;
const EDGE_END = /[\p{L}\p{M}\p{N}]$/u;

/** Does this token (a word with its punctuation) contain a word that a query term matches? */
function matchedTerm(token: string, terms: readonly string[]): number {
  for (const word of token.match(WORD) ?? []) {
    const folded = foldVietnamese(word);
    const index = terms.findIndex((term) => folded.startsWith(term));
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The passage of `text` (about `length` words) that holds the most different query terms, with
 * the matching words marked. Matching is on folded words, so "tap huan" marks "tập huấn". The
 * text is returned as segments, never as HTML: the page inserts them as text nodes.
 */
export function excerpt(text: string, terms: readonly string[], length = 32): Segment[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [];
  const hits = tokens.map((token) => matchedTerm(token, terms));
  let best = 0;
  let bestScore = -1;
  const span = Math.min(length, tokens.length);
  for (let start = 0; start + span <= tokens.length; start++) {
    // A window worth trying starts at a match, or is the last one (its matches may sit at the end).
    if (start > 0 && hits[start - 1] < 0 && hits[start] < 0 && start + span < tokens.length) continue;
    const window = hits.slice(start, start + span).filter((hit) => hit >= 0);
    const score = new Set(window).size * 1000 + window.length;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  // Open the passage a few words before the first match, so it reads as a sentence.
  const firstHit = hits.findIndex((hit, i) => i >= best && hit >= 0);
  const start = firstHit > best ? Math.max(0, Math.min(firstHit - 4, tokens.length - span)) : best;
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < start + span; i++) {
    // Neighbouring matches read as one highlight: "Tập huấn", not "Tập" and "huấn".
    if (i > start) push(' ', hits[i - 1] >= 0 && hits[i] >= 0 && EDGE_END.test(tokens[i - 1]) && EDGE_START.test(tokens[i]));
    if (hits[i] < 0) push(tokens[i], false);
    // Mark the words, not the punctuation around them ("Nai:" marks "Nai").
    else for (const part of tokens[i].split(/([\p{L}\p{M}\p{N}]+)/u)) if (part) push(part, matchedTerm(part, terms) >= 0);
  }
  if (start + span < tokens.length) push(' …', false);
  return segments;
}
