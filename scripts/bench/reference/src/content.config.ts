import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = `${process.env.CONTENT_DIR}/articles`;

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base }),
    schema: z.object({ title: z.string(), date: z.coerce.date(), category: z.string(), tags: z.array(z.string()).default([]), summary: z.string().optional() }),
  }),
};
