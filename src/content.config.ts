import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader, categoriesLoader, pagesLoader } from './loaders/content-loader.ts';

// The contract itself (fields, messages, slugs, dates) lives in src/lib/contract.ts, shared with
// `npm run check`; these schemas only type what the loaders store and resolve cover images.

const articles = defineCollection({
  loader: articlesLoader(),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      slug: z.string(),
      date: z.date(),
      updated: z.date().optional(),
      category: z.string(),
      tags: z.array(z.string()),
      summary: z.string().optional(),
      author: z.string().optional(),
      cover: image().optional(),
      coverAlt: z.string().optional(),
      featured: z.boolean(),
      draft: z.boolean(),
      video: z.string().optional(),
      readingMinutes: z.number(),
    }),
});

const pages = defineCollection({
  loader: pagesLoader(),
  schema: z.object({
    title: z.string(),
    slug: z.string(),
    summary: z.string().optional(),
    draft: z.boolean(),
    updated: z.date().optional(),
  }),
});

const categories = defineCollection({
  loader: categoriesLoader(),
  schema: z.object({
    slug: z.string(),
    name: z.string(),
    description: z.string().optional(),
    order: z.number(),
  }),
});

export const collections = { articles, pages, categories };
