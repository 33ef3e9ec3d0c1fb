// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath } from './src/lib/deploy.ts';
import { safeHtml } from './src/lib/safe-html.ts';

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
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
