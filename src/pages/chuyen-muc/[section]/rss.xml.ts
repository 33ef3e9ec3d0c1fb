import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../data/feeds.ts';
import { getCatalog, sectionsInOrder, type Section } from '../../../data/collections.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await sectionsInOrder()).map((section) => ({ params: { section: section.slug }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { section } = context.props as { section: Section };
  return articleFeed({
    title: `${section.name} — ${site.name}`,
    description: section.description ?? site.description,
    site: context.site!,
    selfPath: `/chuyen-muc/${section.slug}/rss.xml`,
    articles: (await getCatalog()).byCategory.get(section.slug) ?? [],
  });
};
