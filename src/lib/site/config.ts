/**
 * The site's settings as every page and module reads them: src/site.config.ts with its gaps
 * filled in, plus what an association does not choose (URL segments, language, reserved names).
 */
import { siteConfig, type SiteConfig } from '../../site.config.ts';

/** What a left-out setting becomes. */
export const DEFAULTS = {
  defaultAuthor: 'Ban biên tập',
  pageSize: 15,
  homeSectionSize: 4,
  featuredCount: 5,
  featuredSection: 'tam-diem',
  relatedCount: 4,
  feedSize: 50,
  notFoundCount: 5,
  issuePaper: 'A4',
  issuePdf: true,
  editorialWorkflow: false,
  articleCards: 'all',
} as const satisfies Partial<SiteConfig>;

/** The settings with nothing left out, and the site's fixed language. */
export type ResolvedSiteConfig = Readonly<Required<SiteConfig>> & {
  /** `<html lang>` and the feeds' `<language>`: the site speaks Vietnamese only. */
  readonly lang: 'vi';
  readonly ogLocale: 'vi_VN';
};

const SIZES = ['pageSize', 'homeSectionSize', 'featuredCount', 'relatedCount', 'feedSize', 'notFoundCount'] as const;

/** Fills in the defaults; a size that is not a whole number of at least 1 stops the build. */
export function resolveSiteConfig(user: SiteConfig): ResolvedSiteConfig {
  const resolved = {
    ...DEFAULTS,
    shortName: user.name,
    // A field written as `undefined` counts as left out, not as a value.
    ...Object.fromEntries(Object.entries(user).filter(([, value]) => value !== undefined)),
    colors: { ...user.colors },
    lang: 'vi',
    ogLocale: 'vi_VN',
  } as ResolvedSiteConfig;
  for (const key of SIZES) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`src/site.config.ts: ${key} phải là số nguyên từ 1 trở lên (đang là ${JSON.stringify(value)})`);
    }
  }
  const cards = resolved.articleCards;
  if (cards !== 'all' && !(Number.isInteger(cards) && cards >= 1)) {
    throw new Error(`src/site.config.ts: articleCards phải là 'all' hoặc số năm từ 1 trở lên (đang là ${JSON.stringify(cards)})`);
  }
  for (const [key, value] of Object.entries(resolved.colors)) {
    if (!isColour(value)) {
      throw new Error(`src/site.config.ts: colors.${key} phải là một mã màu, ví dụ "#9d1c4d" (đang là ${JSON.stringify(value)})`);
    }
  }
  return resolved;
}

/**
 * A colour as the site writes it into its CSS and its cards: a hex code, a colour function of
 * numbers (rgb(), hsl(), oklch(), …) or a colour name. Nothing that could end a CSS rule or an
 * attribute (`;`, `{`, `}`, `<`, quotes) gets through.
 */
export function isColour(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^(#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i.test(value.trim())
  );
}

// Marked pure, as RESERVED_SLUGS is: a browser script that needs only `routes` leaves both out.
export const site: ResolvedSiteConfig = /* @__PURE__ */ resolveSiteConfig(siteConfig);

/**
 * First URL segment of each kind of page. The folders under src/pages carry the same names
 * (Astro routes by folder); tests/unit/site-config.test.ts keeps the two in step.
 */
export const routes = {
  article: 'bai-viet',
  section: 'chuyen-muc',
  tag: 'the',
  archive: 'luu-tru',
  search: 'tim-kiem',
  issue: 'ban-tin',
  /** Pictures for links shared on Zalo and Facebook (1200×630), one per article, section and issue. */
  card: 'anh-chia-se',
  /** The editors' web editor (Sveltia CMS); never linked from reader pages, not indexed. */
  editor: 'quan-tri',
  /** Where Sveltia and Decap users look for the editor first: it sends them on to `editor`. */
  editorAlias: 'admin',
} as const;

/** Top-level folder of the search index the build writes (Pagefind's bundle). */
export const SEARCH_BUNDLE = 'pagefind';
/** Top-level folder of Astro's built scripts, styles and images. */
const ASTRO_ASSETS = '_astro';
/** Top-level pages that are no route of their own: the feed, robots, sitemap and the 404 page. */
export const SITE_FILES = { feed: 'rss.xml', robots: 'robots.txt', sitemap: 'sitemap-index.xml', notFound: '404' } as const;

/**
 * Top-level names a page slug may not take: every route and build folder, and the 404, feed and
 * robots files as the slug rule spells them ("rss.xml" → "rss-xml").
 */
export const RESERVED_SLUGS: readonly string[] = /* @__PURE__ */ reservedSlugs();

function reservedSlugs(): string[] {
  const files = [SITE_FILES.notFound, SITE_FILES.feed, SITE_FILES.robots].map((file) => file.replace('.', '-'));
  return [...Object.values(routes), SEARCH_BUNDLE, ASTRO_ASSETS, ...files];
}
