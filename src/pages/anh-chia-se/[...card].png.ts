import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, cardStyle, type CardEntry } from '../../data/cards.ts';
import { drawAhead } from '../../lib/cards/ahead.ts';
import { cachedCard, pruneCards, type CardCache } from '../../lib/cards/render.ts';
import { cacheDirectory } from '../../lib/site/deploy.ts';
import { buildMessages } from '../../i18n/messages.ts';

/**
 * The social cards (1200×630 PNG), drawn at build time and cached by what they show: a rebuild
 * in which no title, section or date changed draws nothing.
 */
export const getStaticPaths = (async () => {
  const entries = await allCards();
  // A new list (the dev server asks again after an edit) starts a new run of drawing ahead.
  run = { entries, counts: { hits: 0, drawn: 0 }, started: performance.now() };
  return entries.map((entry, index) => ({ params: { card: entry.id }, props: { entry, index } }));
}) satisfies GetStaticPaths;

let run: { entries: CardEntry[]; counts: CardCache; started: number; next?: (index: number) => Promise<Buffer> } | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { entry, index } = props as { entry: CardEntry; index: number };
  const style = await cardStyle();
  // In a build, a few cards are drawn ahead while Astro writes the current one (sharp draws on its own threads).
  const current = run && run.entries[index] === entry ? run : undefined;
  if (!current || import.meta.env.DEV) {
    return png(await cachedCard(entry.card, style, cacheDirectory()));
  }
  current.next ??= drawAhead(current.entries, (e) => cachedCard(e.card, style, cacheDirectory(), current.counts), 4);
  const drawn = await current.next(index);
  if (index === current.entries.length - 1) {
    // Every card of this build is written: the cache keeps these and no others.
    pruneCards(cacheDirectory(), current.entries, style);
    const { drawn: made, hits } = current.counts;
    console.info(`\n${buildMessages.cardsDone(made, hits, ((performance.now() - current.started) / 1000).toFixed(1))}`);
  }
  return png(drawn);
};

const png = (bytes: Buffer) => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });
