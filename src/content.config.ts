import { defineCollection } from 'astro:content';
import { articleEntry, issueEntry, pageEntry, sectionEntry } from './lib/content/schema.ts';
import { articlesLoader, categoriesLoader, issuesLoader, pagesLoader } from './loaders/content-loader.ts';

// The contract is written once, in src/lib/content/schema.ts; the loaders check every file with
// it (as `npm run check` does) and Astro validates the stored entries with the same schemas.

const articles = defineCollection({
  loader: articlesLoader(),
  // Covers go through Astro's image pipeline, so the stored path becomes an image import here.
  schema: ({ image }) => articleEntry.extend({ cover: image().optional() }),
});

const pages = defineCollection({ loader: pagesLoader(), schema: pageEntry });

const categories = defineCollection({ loader: categoriesLoader(), schema: sectionEntry });

const issues = defineCollection({
  loader: issuesLoader(),
  schema: ({ image }) => issueEntry.extend({ cover: image().optional() }),
});

export const collections = { articles, pages, categories, issues };
