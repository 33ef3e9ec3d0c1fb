/**
 * npm run site-size — prints the built site's size (dist/ or OUT_DIR) against the host's limit
 * (GitHub Pages: 1 GB; SITE_SIZE_LIMIT_MB for another), with its largest top-level folders.
 * From 80 % it prints a warning (a GitHub annotation in Actions); over the limit it fails.
 */
import { existsSync, readdirSync } from 'node:fs';
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
const { bytes, files } = folderSize(outDir);
const { level, percent } = sizeLevel(bytes, limit);
console.log(sizeMessages.total(mb(bytes), files, percent, mb(limit)));
const parts = readdirSync(outDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({ name: e.name, ...folderSize(join(outDir, e.name)) }))
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
