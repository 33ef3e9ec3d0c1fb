import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { getCatalog, sectionBySlug, sectionsInOrder, type Article, type Section } from './collections.ts';
import { getIssues, type Issue } from './issues.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardData, type CardStyle } from '../lib/cards/draw.ts';
import { logoPicture } from '../lib/cards/render.ts';
import { routes, site } from '../lib/site/config.ts';
import { paths, withBase } from '../lib/site/urls.ts';
import { buildTime, formatDate } from '../lib/text/dates.ts';
import { hasOwnCard } from '../lib/cards/policy.ts';
import { originalSize } from '../lib/site/image-sizes.ts';
import { t } from '../i18n/vi.ts';
import { buildMessages } from '../i18n/messages.ts';

/** The picture a page shares on Zalo and Facebook (og:image), with its size and text alternative. */
export interface SocialImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  type: 'image/png' | 'image/jpeg';
}

/** One card to draw: its address segment ("bai-viet/<slug>") and what it shows. */
export interface CardEntry {
  id: string;
  card: CardData;
}

const footer = { siteName: site.name, association: site.association };

let style: Promise<CardStyle> | undefined;

/** The cards' colours and logo; public/logo.svg is rendered to a picture once per build. */
export function cardStyle(): Promise<CardStyle> {
  style ??= (async () => {
    const file = join(process.cwd(), 'public', paths.logo());
    let logo: Buffer;
    try {
      logo = await logoPicture(readFileSync(file));
    } catch (error) {
      throw new Error(buildMessages.cardLogo(file, error instanceof Error ? error.message.split('\n')[0] : String(error)));
    }
    return { background: site.colors.brand, text: '#ffffff', accent: site.colors.accent, logoPng: logo.toString('base64') };
  })();
  return style;
}

/** A cover large enough to be cut to 1200×630; a smaller one would be shared blurred or uncut, so a card is drawn instead. */
function bigEnough(cover: ImageMetadata | undefined): cover is ImageMetadata {
  if (!cover) return false;
  const { width, height } = originalSize(cover);
  return width >= CARD_WIDTH && height >= CARD_HEIGHT;
}

const articleCard = (article: Article, section: Section | undefined): CardEntry => ({
  id: `${routes.article}/${article.id}`,
  card: { kicker: section?.name, title: article.data.title, date: formatDate(article.data.date), ...footer },
});
const sectionCard = (section: Section): CardEntry => ({
  id: `${routes.section}/${section.slug}`,
  card: { kicker: t.cardSection, title: section.name, ...footer },
});
const issueCard = (issue: Issue): CardEntry => ({
  id: `${routes.issue}/${issue.data.year}-${issue.data.number}`,
  card: { kicker: t.cardIssue, title: issue.data.title, date: formatDate(issue.data.date), ...footer },
});
const homeCard = (): CardEntry => ({ id: 'trang-chu', card: { title: site.name, ...footer } });

/** An article shares a card of its own (as opposed to its cover, or its section's card). */
const ownCard = (article: Article) => !bigEnough(article.data.cover) && hasOwnCard(article.data.date, site.articleCards, buildTime());

/** Every card the site draws: the home page, each section, each article (see `articleCards`) and issue without a cover. */
export async function allCards(): Promise<CardEntry[]> {
  const sections = await sectionsInOrder();
  const bySlug = new Map(sections.map((s) => [s.slug, s]));
  const catalog = await getCatalog();
  return [
    homeCard(),
    ...sections.map(sectionCard),
    ...catalog.all.filter(ownCard).map((a) => articleCard(a, bySlug.get(a.data.category))),
    ...(await getIssues()).filter((i) => !bigEnough(i.data.cover)).map(issueCard),
  ];
}

const drawn = (entry: CardEntry): SocialImage => ({
  src: withBase(paths.card(entry.id)),
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  alt: t.cardAlt(entry.card.title, site.name),
  type: 'image/png',
});

/** A cover cut to 1200×630 (centred), made and cached by Astro's image service like the page's own sizes. */
async function coverCrop(cover: ImageMetadata, alt: string): Promise<SocialImage> {
  const image = await getImage({ src: cover, width: CARD_WIDTH, height: CARD_HEIGHT, fit: 'cover', position: 'center', format: 'jpeg', quality: 80 });
  return { src: image.src, width: CARD_WIDTH, height: CARD_HEIGHT, alt, type: 'image/jpeg' };
}

export async function articleSocialImage(article: Article): Promise<SocialImage> {
  const { cover, coverAlt, title } = article.data;
  if (bigEnough(cover)) return coverCrop(cover, coverAlt ?? title);
  const section = await sectionBySlug(article.data.category);
  if (!ownCard(article) && section) return drawn(sectionCard(section));
  return drawn(articleCard(article, section));
}

export async function issueSocialImage(issue: Issue): Promise<SocialImage> {
  const { cover, coverAlt, title } = issue.data;
  return bigEnough(cover) ? coverCrop(cover, coverAlt ?? title) : drawn(issueCard(issue));
}

export const sectionSocialImage = (section: Section): SocialImage => drawn(sectionCard(section));
export const homeSocialImage = (): SocialImage => drawn(homeCard());
