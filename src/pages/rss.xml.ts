import type { APIRoute } from 'astro';
import { articleFeed } from '../data/feeds.ts';
import { getCatalog } from '../data/collections.ts';
import { site } from '../lib/site/config.ts';
import { paths } from '../lib/site/urls.ts';

export const GET: APIRoute = async (context) =>
  articleFeed({ title: site.name, description: site.description, site: context.site!, selfPath: paths.feed(), articles: (await getCatalog()).all });
