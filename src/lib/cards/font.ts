import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The cards' one font: Be Vietnam Pro SemiBold, a single TTF from an npm package with every
 * Vietnamese letter and tone mark. Letters are drawn as outlines read from this file (fontkit),
 * so no system font is ever looked up and every machine draws the same pixels.
 */
export const CARD_FONT_FILE = createRequire(join(process.cwd(), 'package.json')).resolve(
  '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
);

export interface CardFont {
  /** Width of `text` at `size` pixels. */
  width(text: string, size: number): number;
  /** The outline of each glyph of `text` at `size` pixels, placed from (x, baseline). */
  outline(text: string, size: number, x: number, baseline: number): string;
  /** The text without the characters the font has no letter for (emoji, other scripts), which would show as empty boxes. */
  drawable(text: string): string;
  /** The font file's bytes, part of each card's cache key. */
  bytes: Buffer;
}

let cached: CardFont | undefined;

export function cardFont(): CardFont {
  if (cached) return cached;
  const bytes = readFileSync(CARD_FONT_FILE);
  const font = fontkit.create(bytes) as fontkit.Font;
  const perEm = font.unitsPerEm;
  const round = (n: number) => Math.round(n * 100) / 100;
  /** Each glyph's outline in font units, read once per build. */
  const outlines = new Map<number, string>();
  const wordWidths = new Map<string, number>();
  const space = font.layout(' ').advanceWidth;
  cached = {
    bytes,
    drawable: (text) =>
      [...text.normalize('NFC')]
        .filter((char) => /\s/.test(char) || font.hasGlyphForCodePoint(char.codePointAt(0)!))
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    // A line's width is its words' widths plus its spaces (no pair of letters kerns across a space),
    // so fitting a title lays out each word once however many candidate lines are tried.
    width(text, size) {
      const words = text.normalize('NFC').split(' ');
      let units = (words.length - 1) * space;
      for (const word of words) {
        let w = wordWidths.get(word);
        if (w === undefined) wordWidths.set(word, (w = font.layout(word).advanceWidth));
        units += w;
      }
      return (units * size) / perEm;
    },
    outline(text, size, x, baseline) {
      const run = font.layout(text.normalize('NFC'));
      const scale = size / perEm;
      let pen = 0;
      const parts: string[] = [];
      run.glyphs.forEach((glyph, i) => {
        const position = run.positions[i];
        let d = outlines.get(glyph.id);
        if (d === undefined) outlines.set(glyph.id, (d = glyph.path.toSVG()));
        if (d) {
          const gx = round(x + (pen + position.xOffset) * scale);
          const gy = round(baseline - position.yOffset * scale);
          parts.push(`<path transform="translate(${gx} ${gy}) scale(${+scale.toFixed(6)} ${-scale.toFixed(6)})" d="${d}"/>`);
        }
        pen += position.xAdvance;
      });
      return parts.join('');
    },
  };
  return cached;
}
