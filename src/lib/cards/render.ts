import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { cardSvg, type CardData, type CardStyle } from './draw.ts';
import { cardFont } from './font.ts';

/** Raise when the drawing changes, so cached cards are drawn again. */
const CARD_VERSION = 2;
/** Folder of cached cards inside Astro's cache directory (kept between CI runs). */
export const CARD_CACHE = 'bantin-cards';

/** fontkit does not export its package.json: read it beside the module it resolves to (dist/…). */
const fontkitVersion = (
  JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('fontkit')), '..', 'package.json'), 'utf8')) as { version: string }
).version;
let drawingKey: string | undefined;

/** What every card shares: the drawing's version, the font file, the versions of the shaper and of the renderer. */
function drawing(): string {
  drawingKey ??= createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, fontkit: fontkitVersion, sharp: sharp.versions }))
    .update(cardFont().bytes)
    .digest('hex');
  return drawingKey;
}

/** A card's cache key: everything that decides its pixels. */
export function cardKey(card: CardData, style: CardStyle): string {
  return createHash('sha256').update(styleKey(style)).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

/** The drawing and the style (colours, the logo's bytes) hashed once per build, not once per card. */
const styleKeys = new WeakMap<CardStyle, string>();
function styleKey(style: CardStyle): string {
  let key = styleKeys.get(style);
  if (!key) styleKeys.set(style, (key = createHash('sha256').update(drawing()).update(JSON.stringify(style)).digest('hex')));
  return key;
}

/** The logo (an SVG from any drawing program) as the 176×176 PNG a card embeds, made once per build. */
export function logoPicture(svg: Buffer): Promise<Buffer> {
  return sharp(svg, { density: 300 })
    .resize(176, 176, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

/** The card as a PNG of 16 colours: flat colours and letter edges need no more (about 20 KB a card). */
export async function renderCard(card: CardData, style: CardStyle): Promise<Buffer> {
  const svg = cardSvg(card, style, cardFont());
  return sharp(Buffer.from(svg), { density: 72 }).png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 }).toBuffer();
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
    // Written whole under a name of its own, then renamed: a build stopped half-way, or another build
    // sharing the cache, never leaves half a picture. A cache that cannot be written costs only a redraw.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(cacheDir, CARD_CACHE), { recursive: true });
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  return png;
}

/**
 * Removes the cached cards that no page of this build uses (a retitled, moved or deleted
 * article's old card), so the cache CI keeps between runs holds this build's cards only.
 * Returns how many were removed.
 */
export function pruneCards(cacheDir: string, used: Iterable<{ card: CardData }>, style: CardStyle): number {
  const keep = new Set<string>();
  for (const entry of used) keep.add(`${cardKey(entry.card, style)}.png`);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(join(cacheDir, CARD_CACHE));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith('.png') || keep.has(name)) continue;
    rmSync(join(cacheDir, CARD_CACHE, name), { force: true });
    removed++;
  }
  return removed;
}
