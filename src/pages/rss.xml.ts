import type { APIRoute } from 'astro';
import { articleFeed } from '../data/feeds.ts';
import { getCatalog } from '../data/collections.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async (context) =>
  articleFeed({ title: site.name, description: site.description, site: context.site!, selfPath: '/rss.xml', articles: (await getCatalog()).all });
