/**
 * `npm run audit:ux` — Lighthouse 12.2.3 (mobile, simulated slow 4G) on the built site served
 * locally: home, the newest article and a search with results. Prints the four category scores
 * and the bytes of each page, and writes them to bench-results/audit-ux.json.
 *
 *   npm run audit:ux                    builds CONTENT_DIR (default content/) first
 *   npm run audit:ux -- --dir dist      audits an existing build
 *   npm run audit:ux -- --query "da nang" --article /bai-viet/<slug>/
 *
 * An audit, not a test: scores move with the machine's load, so nothing here fails a build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, serveStatic } from '../tests/helpers/static-server.ts';
import { routes } from '../src/lib/site/config.ts';
import { paths } from '../src/lib/site/urls.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dir: { type: 'string' }, query: { type: 'string', default: 'tap huan' }, article: { type: 'string' } } });

function build(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'bantin-audit-')), 'dist');
  console.log(`Đang build vào ${out} …`);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: out, CACHE_DIR: join(out, '../cache') },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return out;
}

/** The lead article of the home page (the newest featured one), as a reader would open it. */
function leadArticle(dist: string): string | undefined {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  return new RegExp(`href="(/${routes.article}/[^"]+/)"`).exec(home)?.[1];
}

const dist = values.dir ? resolve(values.dir) : build();
const server = await serveStatic(dist);
const targets: [string, string][] = [['Trang chủ', '/']];
const article = values.article ?? leadArticle(dist);
if (article) targets.push(['Bài viết', article]);
targets.push(['Tìm kiếm', paths.search(values.query!)]);

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
const rows: Record<string, unknown>[] = [];
try {
  for (const [name, path] of targets) {
    const runner = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!runner) throw new Error(`Lighthouse không chạy được trên ${path}`);
    const { categories, audits } = runner.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: name,
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      bytes: audits['total-byte-weight']?.numericValue ?? 0,
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log('\n| Trang | Hiệu năng | Trợ năng | Thực hành tốt | SEO | Dung lượng | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.page} (${r.path}) | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${((r.bytes as number) / 1024).toFixed(1)} KB | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} |`,
  );
}
for (const r of rows) if ((r.failing as string[]).length) console.log(`${r.page}: chưa đạt — ${(r.failing as string[]).join(', ')}`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/audit-ux.json'), `${JSON.stringify({ lighthouse: '12.2.3', dist, rows }, null, 2)}\n`);
