// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, basePath, outDirectory, cacheDirectory } from './src/lib/site/deploy.ts';
import { stripBase } from './src/lib/site/urls.ts';
import { safeHtml } from './src/lib/content/safe-html.ts';
import { articleLastModified, inSitemap } from './src/lib/site/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { issuePdf } from './src/integrations/issue-pdf.ts';

/** @type {Map<string, Date> | undefined} */
let lastModified;

// SITE_URL and BASE_PATH let the same code deploy at a domain root or under a sub-path
// (a GitHub Pages project site). OUT_DIR and CACHE_DIR let tests build fixtures side by side.
const base = basePath();
/** A sitemap entry's path without the base ("/bai-viet/x/"). */
const sitePath = (/** @type {string} */ url) => stripBase(base, new URL(url).pathname) ?? '';

export default defineConfig({
  site: siteUrl(),
  base,
  trailingSlash: 'always',
  outDir: outDirectory(),
  cacheDir: cacheDirectory(),
  // The Content-Security-Policy (src/components/BaseHead.astro) allows scripts and styles from
  // the site's own files: Astro must not inline stylesheets, small scripts or fonts (data: URLs) into pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The web editor's chunks (Sveltia CMS: code highlighting, image optimiser) are large by design and load on /quan-tri/ only.
  vite: { build: { chunkSizeWarningLimit: 2500, assetsInlineLimit: (/** @type {string} */ file) => (/\.(m?js|woff2?)$/.test(file) ? false : undefined) } },
  markdown: {
    // Shiki colours code with style attributes, which the policy forbids and safeHtml removes.
    syntaxHighlight: false,
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [safeHtml(base)] }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => inSitemap(sitePath(page)),
      serialize(item) {
        lastModified ??= articleLastModified(cacheDirectory());
        const date = lastModified.get(sitePath(item.url));
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    // After the pages are written: prints each bulletin issue's print layout to PDF.
    issuePdf(),
    // Last, so it indexes the finished pages.
    searchIndex(),
  ],
  devToolbar: { enabled: false },
});
