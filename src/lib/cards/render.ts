import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { cardSvg, type CardData, type CardStyle } from './draw.ts';
import { cardFont } from './font.ts';

/** Raise when the drawing changes, so cached cards are drawn again. */
const CARD_VERSION = 1;
/** Folder of cached cards inside Astro's cache directory (kept between CI runs). */
export const CARD_CACHE = 'bantin-cards';

/** A card's cache key: everything that decides its pixels. */
export function cardKey(card: CardData, style: CardStyle): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, card, style }))
    .update(cardFont().bytes)
    .digest('hex')
    .slice(0, 32);
}

/** The card as a PNG: flat colours and letter edges need no more than a palette of 32 (about 30 KB a card). */
export async function renderCard(card: CardData, style: CardStyle): Promise<Buffer> {
  const svg = cardSvg(card, style, cardFont());
  return sharp(Buffer.from(svg), { density: 72 }).png({ palette: true, colours: 32, dither: 0, effort: 1, compressionLevel: 6 }).toBuffer();
}

export interface CardCache {
  hits: number;
  drawn: number;
}

/** The card from the cache when nothing it shows changed; drawn and stored otherwise. */
export async function cachedCard(card: CardData, style: CardStyle, cacheDir: string | undefined, counts?: CardCache): Promise<Buffer> {
  const file = cacheDir && join(cacheDir, CARD_CACHE, `${cardKey(card, style)}.png`);
  if (file) {
    try {
      const png = readFileSync(file);
      if (counts) counts.hits++;
      return png;
    } catch {
      // Not cached yet.
    }
  }
  const png = await renderCard(card, style);
  if (counts) counts.drawn++;
  if (file) {
    mkdirSync(join(cacheDir, CARD_CACHE), { recursive: true });
    // Written whole, then renamed: a build stopped half-way never leaves half a picture in the cache.
    writeFileSync(`${file}.tmp`, png);
    renameSync(`${file}.tmp`, file);
  }
  return png;
}
