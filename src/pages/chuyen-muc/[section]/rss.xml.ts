import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeed } from '../../../data/feeds.ts';
import { getCatalog, sectionsInOrder, type Section } from '../../../data/collections.ts';
import { site } from '../../../lib/site/config.ts';
import { paths } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () =>
  (await sectionsInOrder()).map((section) => ({ params: { section: section.slug }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { section } = context.props as { section: Section };
  return articleFeed({
    title: `${section.name} — ${site.name}`,
    description: section.description ?? site.description,
    site: context.site!,
    selfPath: paths.categoryFeed(section.slug),
    articles: (await getCatalog()).byCategory.get(section.slug) ?? [],
  });
};
