import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/site/catalog.ts';

/** Shared by every page: the catalog is built once per build, not once per page. */
export type Article = CollectionEntry<'articles'>;
export type Section = CollectionEntry<'categories'>['data'];

let catalog: Promise<Catalog<Article>> | undefined;
let sections: Promise<Section[]> | undefined;

export function getCatalog(): Promise<Catalog<Article>> {
  // In dev the content changes under us, so only a build keeps the catalog.
  if (import.meta.env.DEV) return getCollection('articles').then((entries) => buildCatalog(entries));
  catalog ??= getCollection('articles').then((entries) => buildCatalog(entries));
  return catalog;
}

/** Sections in the order of categories.yaml (editorial order, not alphabetical). */
export function sectionsInOrder(): Promise<Section[]> {
  const load = () => getCollection('categories').then((entries) => entries.map((e) => e.data).sort((a, b) => a.order - b.order));
  if (import.meta.env.DEV) return load();
  sections ??= load();
  return sections;
}

let pages: Promise<CollectionEntry<'pages'>[]> | undefined;

/** Static pages for the footer, by slug; read once per build like the catalog. */
export function pagesInOrder(): Promise<CollectionEntry<'pages'>[]> {
  const load = () => getCollection('pages').then((entries) => entries.sort((a, b) => a.id.localeCompare(b.id)));
  if (import.meta.env.DEV) return load();
  pages ??= load();
  return pages;
}

export async function sectionBySlug(slug: string): Promise<Section | undefined> {
  return (await sectionsInOrder()).find((s) => s.slug === slug);
}
