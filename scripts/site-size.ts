/**
 * npm run site-size — prints the built site's size (dist/ or OUT_DIR) against the host's limit
 * (GitHub Pages: 1 GB; SITE_SIZE_LIMIT_MB for another), with its largest top-level folders.
 * From 80 % it prints a warning (a GitHub annotation in Actions); over the limit it fails.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sizeMessages } from '../src/i18n/messages.ts';
import { folderSize } from '../src/lib/site/files.ts';
import { sizeLevel, sizeLimit } from '../src/lib/site/site-size.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
if (!existsSync(outDir)) {
  console.error(`Không thấy thư mục ${outDir} — chạy "npm run build" trước.`);
  process.exit(2);
}
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const limit = sizeLimit();
// One walk: each top-level entry measured once, the total their sum.
const entries = readdirSync(outDir, { withFileTypes: true }).map((e) => ({
  name: e.name,
  folder: e.isDirectory(),
  ...(e.isDirectory() ? folderSize(join(outDir, e.name)) : { bytes: statSync(join(outDir, e.name)).size, files: e.isFile() ? 1 : 0 }),
}));
const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
const files = entries.reduce((sum, e) => sum + e.files, 0);
const { level, percent } = sizeLevel(bytes, limit);
console.log(sizeMessages.total(mb(bytes), files, percent, mb(limit)));
const parts = entries
  .filter((e) => e.folder)
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, 6);
for (const part of parts) console.log(sizeMessages.part(`${part.name}/`, mb(part.bytes), part.files));

const annotate = (kind: 'warning' | 'error', text: string) =>
  console.log(process.env.GITHUB_ACTIONS ? `::${kind} title=Kích thước trang::${text}` : `${kind === 'error' ? '✖' : '⚠'} ${text}`);
if (level === 'warn') annotate('warning', sizeMessages.warn(percent));
if (level === 'over') {
  annotate('error', sizeMessages.over(mb(bytes), mb(limit)));
  process.exit(1);
}
