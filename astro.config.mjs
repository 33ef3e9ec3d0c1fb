// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath } from './src/lib/site/deploy.ts';
import { safeHtml } from './src/lib/content/safe-html.ts';
import { articleLastModified } from './src/lib/site/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** @type {Map<string, Date> | undefined} */
let lastModified;

// SITE_URL and BASE_PATH let the same code deploy at a domain root or under a sub-path
// (a GitHub Pages project site). OUT_DIR and CACHE_DIR let tests build fixtures side by side.
export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [safeHtml(basePath())] }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/(404|tim-kiem)\/?$/.test(new URL(page).pathname),
      serialize(item) {
        lastModified ??= articleLastModified();
        const path = new URL(item.url).pathname.slice(basePath().length - 1);
        const date = lastModified.get(path);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // Last, so it indexes the finished pages.
    searchIndex(),
  ],
  devToolbar: { enabled: false },
});
