import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, cardStyle, type CardEntry } from '../../data/cards.ts';
import { drawAhead } from '../../lib/cards/ahead.ts';
import { cachedCard, type CardCache } from '../../lib/cards/render.ts';
import { cacheDirectory } from '../../lib/site/deploy.ts';
import { buildMessages } from '../../i18n/messages.ts';

/**
 * The social cards (1200×630 PNG), drawn at build time and cached by what they show: a rebuild
 * in which no title, section or date changed draws nothing.
 */
let entries: CardEntry[] = [];

export const getStaticPaths = (async () => {
  entries = await allCards();
  return entries.map((entry, index) => ({ params: { card: entry.id }, props: { index } }));
}) satisfies GetStaticPaths;

const counts: CardCache = { hits: 0, drawn: 0 };
let next: ((index: number) => Promise<Buffer>) | undefined;
let started = 0;

export const GET: APIRoute = async ({ props }) => {
  const index = props.index as number;
  if (!next) {
    const style = cardStyle();
    started = performance.now();
    // A few cards are drawn ahead while Astro writes the current one (sharp draws on its own threads).
    next = drawAhead(entries, (entry) => cachedCard(entry.card, style, cacheDirectory(), counts), 4);
  }
  const png = await next(index);
  if (index === entries.length - 1) console.info(`\n${buildMessages.cardsDone(counts.drawn, counts.hits, ((performance.now() - started) / 1000).toFixed(1))}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
