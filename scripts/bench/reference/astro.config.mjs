// @ts-check
// The bench's reference: a minimal Astro 7 site over the same corpus (article, list, tag and
// archive pages, no images, no cards, no PDFs), indexed afterwards by Pagefind's own CLI.
// `npm run bench` builds it beside the project so the two are timed on the same machine, same run.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bantin.example.org',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
