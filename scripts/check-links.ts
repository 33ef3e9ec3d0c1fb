/**
 * npm run check:links — checks every internal link, anchor, image and srcset in the built site
 * (dist/ or OUT_DIR) against the files that exist. Prints "✖ page: problem" lines, exit 1 on any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'parse5';
import { basePath } from '../src/lib/site/deploy.ts';
import { attribute, elements, urlsOf } from '../src/lib/site/html-tree.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const base = basePath();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** What a built page links to and the anchors it offers, read from its parsed tree. */
interface PageLinks {
  urls: string[];
  ids: Set<string>;
}

function readPage(file: string): PageLinks {
  // Without scripting, <noscript> content is markup too, as a reader without JavaScript sees it.
  const tree = parse(readFileSync(file, 'utf8'), { scriptingEnabled: false });
  const urls: string[] = [];
  const ids = new Set<string>();
  for (const element of elements(tree)) {
    urls.push(...urlsOf(element));
    const id = attribute(element, 'id');
    if (id) ids.add(id);
  }
  return { urls, ids };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = readPage(file).ids;
    idCache.set(file, ids);
  }
  return ids;
}

/** The file a site path is served from, or undefined. */
function target(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const local = join(outDir, decodeURIComponent(path.slice(base.length)));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

const problems: string[] = [];
const pages = htmlFiles(outDir);
for (const page of pages) {
  const { urls, ids } = readPage(page);
  idCache.set(page, ids);
  const pagePath =
    base +
    relative(outDir, page)
      .split('\\')
      .join('/')
      .replace(/index\.html$/, '');
  for (const raw of urls) {
    const url = raw.trim();
    if (!url || /^(https?:|mailto:|tel:|data:|\/\/)/i.test(url)) continue;
    const resolved = new URL(url, `https://site.invalid${pagePath}`);
    const file = target(resolved.pathname);
    const where = relative(outDir, page);
    if (!file) {
      problems.push(`✖ ${where}: liên kết hỏng ${url}`);
    } else if (resolved.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(resolved.hash.slice(1)))) {
      problems.push(`✖ ${where}: không có neo ${resolved.hash} trong ${relative(outDir, file)}`);
    }
  }
}
for (const line of problems) console.log(line);
console.log(`${pages.length} trang, ${problems.length} liên kết hỏng`);
process.exitCode = problems.length ? 1 : 0;
