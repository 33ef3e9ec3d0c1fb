import slugify from 'slugify';
import { foldVietnamese } from './vietnamese.ts';

/** Symbols that carry meaning in a Vietnamese title, said as words rather than dropped. */
const SPOKEN_SYMBOLS: Record<string, string> = { '&': ' va ', '%': ' phan tram ', '+': ' cong ', '@': ' a ' };

/**
 * The one slug rule for articles, sections, tags and pages: tones dropped, đ → d,
 * lowercase ASCII, punctuation (including `/`) turned into hyphens: "Ngày 8/3" → "ngay-8-3".
 */
export function toSlug(text: string): string {
  const spoken = foldVietnamese(text).replace(/[&%+@]/g, (ch) => SPOKEN_SYMBOLS[ch]);
  // Every remaining non-letter, non-digit becomes a separator, so slugify never inserts English words.
  const words = spoken.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return slugify(words, { locale: 'vi', lower: true, strict: true, trim: true });
}
