import { vietnameseCollator } from '../text/collate.ts';
import { siteYear } from '../text/dates.ts';
import { toSlug } from '../text/slug.ts';

/** What the lists need to know about an article (a collection entry fits). */
export interface Listed {
  id: string;
  data: { title: string; date: Date; category: string; tags: string[]; featured: boolean };
}

export interface TagGroup<T> {
  slug: string;
  /** The most used spelling of the tag. */
  name: string;
  articles: T[];
}

export interface Catalog<T extends Listed> {
  /** Every published article, newest first. */
  all: T[];
  bySlug: Map<string, T>;
  byCategory: Map<string, T[]>;
  /** Tags sorted by name in Vietnamese order. */
  tags: TagGroup<T>[];
  tagBySlug: Map<string, TagGroup<T>>;
  /** Years, newest first, each with its articles newest first. */
  years: { year: number; articles: T[] }[];
  featured: T[];
  /** Position of each article in `all`, for previous/next. */
  position: Map<string, number>;
}

/** Newest first; ties broken by slug so every build lists in the same order. */
export function compareNewestFirst(a: Listed, b: Listed): number {
  return b.data.date.getTime() - a.data.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds every list the site shows in one pass over the articles, once per build. */
export function buildCatalog<T extends Listed>(articles: readonly T[]): Catalog<T> {
  const all = [...articles].sort(compareNewestFirst);
  const bySlug = new Map(all.map((a) => [a.id, a] as const));
  const position = new Map(all.map((a, i) => [a.id, i] as const));
  const byCategory = new Map<string, T[]>();
  const byTag = new Map<string, T[]>();
  const spellings = new Map<string, Map<string, number>>();
  const byYear = new Map<number, T[]>();
  for (const article of all) {
    push(byCategory, article.data.category, article);
    push(byYear, siteYear(article.data.date), article);
    for (const tag of article.data.tags) {
      const slug = toSlug(tag);
      push(byTag, slug, article);
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(slug, counts);
    }
  }
  const tags = [...byTag].map(([slug, list]) => {
    const counts = [...spellings.get(slug)!].sort((a, b) => b[1] - a[1] || vietnameseCollator.compare(a[0], b[0]));
    return { slug, name: counts[0][0], articles: list };
  });
  tags.sort((a, b) => vietnameseCollator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
  return {
    all,
    bySlug,
    byCategory,
    tags,
    tagBySlug: new Map(tags.map((t) => [t.slug, t])),
    years: [...byYear].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, articles: list })),
    featured: all.filter((a) => a.data.featured),
    position,
  };
}

/** Neighbours in time: `older` is the previous article, `newer` the next one. */
export function adjacentArticles<T extends Listed>(catalog: Catalog<T>, article: T): { older?: T; newer?: T } {
  const index = catalog.position.get(article.id);
  if (index === undefined) return {};
  return { newer: catalog.all[index - 1], older: catalog.all[index + 1] };
}

/** How far around an article, in its tag and section lists, related candidates are looked for. */
const RELATED_WINDOW = 30;

function around<T>(list: readonly T[], index: number): T[] {
  return list.slice(Math.max(0, index - RELATED_WINDOW), index + RELATED_WINDOW + 1);
}

/**
 * Related articles: two points per shared tag, one for the same section, nearer in time first.
 * Only articles close in time within each tag/section are considered, so the cost per article
 * stays the same however large the archive grows.
 */
export function relatedArticles<T extends Listed>(catalog: Catalog<T>, article: T, count: number): T[] {
  const scores = new Map<T, number>();
  const add = (list: readonly T[] | undefined, points: number) => {
    if (!list) return;
    const index = binarySearch(list, article);
    for (const other of around(list, index)) {
      if (other !== article) scores.set(other, (scores.get(other) ?? 0) + points);
    }
  };
  for (const tag of new Set(article.data.tags.map(toSlug))) add(catalog.tagBySlug.get(tag)?.articles, 2);
  add(catalog.byCategory.get(article.data.category), 1);
  const distance = (other: T) => Math.abs(other.data.date.getTime() - article.data.date.getTime());
  return [...scores]
    .sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || compareNewestFirst(a[0], b[0]))
    .slice(0, count)
    .map(([other]) => other);
}

/** Index of `article` in a newest-first list (lists are sorted, so this is O(log n)). */
function binarySearch<T extends Listed>(list: readonly T[], article: T): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = compareNewestFirst(list[mid], article);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return low;
}
