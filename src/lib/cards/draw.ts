import { fitLines } from './layout.ts';
import type { CardFont } from './font.ts';

/** What a card shows. Every string is the editor's or the site's own text, drawn as outlines. */
export interface CardData {
  /** Above the title: the section's name, "Bản tin", or the site's name on the home card. */
  kicker?: string;
  title: string;
  /** dd/MM/yyyy, already formatted in Asia/Ho_Chi_Minh. */
  date?: string;
  /** The site and the association, at the foot of the card. */
  siteName: string;
  association: string;
}

export interface CardStyle {
  background: string;
  text: string;
  /** The band under the kicker. */
  accent: string;
  /** The association's logo as a PNG of 176×176 (public/logo.svg rendered once), base64. */
  logoPng: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** More than four lines ever show; a longer title is cut before it is laid out. */
const MAX_TITLE = 300;

/** A colour the card's renderer draws (hex, rgb(), hsl() or a name), or the default when the site uses one it does not know. */
const colour = (value: string, fallback: string) =>
  /^(#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?)\([\d\s.,%]+\)|[a-z]{3,20})$/i.test(value.trim()) ? value.trim() : fallback;

/** One line of text as outlines, shortened with "…" at a word boundary if it is too wide. */
function line(font: CardFont, text: string, size: number, x: number, baseline: number, width: number): string {
  const [fitted = ''] = fitLines(text, width, 1, (t) => font.width(t, size)).lines;
  return font.outline(fitted, size, x, baseline);
}

/**
 * The title's size: as large as lets it fit on three lines, smaller for a long one (four lines),
 * and shortened past four lines.
 */
export function titleLayout(font: CardFont, title: string) {
  for (const [size, maxLines] of [
    [68, 3],
    [56, 4],
  ] as const) {
    const fitted = fitLines(title, TEXT_WIDTH, maxLines, (t) => font.width(t, size));
    if (!fitted.shortened || maxLines === 4) return { size, ...fitted };
  }
  throw new Error('unreachable');
}

/** The card as an SVG document of 1200×630, text as outlines (no font lookup when it is drawn). */
export function cardSvg(given: CardData, style: CardStyle, font: CardFont): string {
  const text = colour(style.text, '#ffffff');
  const card: CardData = {
    ...given,
    kicker: given.kicker && font.drawable(given.kicker),
    // A title only of letters the font lacks (emoji, another script) leaves the site's name to show.
    title: font.drawable(given.title.slice(0, MAX_TITLE)) || font.drawable(given.siteName),
    date: given.date && font.drawable(given.date),
    siteName: font.drawable(given.siteName),
    association: font.drawable(given.association),
  };
  const title = titleLayout(font, card.title);
  const lineHeight = Math.round(title.size * 1.22);
  const titleTop = 250;
  const titleLines = title.lines.map((l, i) => font.outline(l, title.size, MARGIN, titleTop + title.size + i * lineHeight)).join('');
  // The logo is a picture of its own, so whatever program drew logo.svg, it cannot break this document.
  const logo = `<image x="${MARGIN}" y="64" width="88" height="88" href="data:image/png;base64,${style.logoPng.replace(/[^A-Za-z0-9+/=]/g, '')}"/>`;
  const kickerSize = 30;
  const kickerWidth = card.kicker ? Math.min(font.width(card.kicker, kickerSize), TEXT_WIDTH - 40) : 0;
  const kicker = card.kicker
    ? `<rect x="${MARGIN}" y="186" width="${Math.ceil(kickerWidth + 36)}" height="48" rx="24" fill="${colour(style.accent, '#1f5f8b')}"/>` +
      `<g fill="#ffffff">${line(font, card.kicker, kickerSize, MARGIN + 18, 221, TEXT_WIDTH - 40)}</g>`
    : '';
  const foot = [card.date, card.siteName].filter(Boolean).join('  ·  ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour(style.background, '#9d1c4d')}"/>`,
    logo,
    `<g fill="${text}">`,
    line(font, card.association, 34, MARGIN + 112, 102, TEXT_WIDTH - 112),
    `<g opacity="0.85">${line(font, card.siteName, 26, MARGIN + 112, 140, TEXT_WIDTH - 112)}</g>`,
    titleLines,
    `<rect x="${MARGIN}" y="540" width="${TEXT_WIDTH}" height="2" opacity="0.5"/>`,
    line(font, foot, 28, MARGIN, 588, TEXT_WIDTH),
    `</g>`,
    kicker,
    `</svg>`,
  ].join('');
}
