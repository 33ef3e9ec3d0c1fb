import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { checkArticle, checkPage, type ArticleData, type Category, type PageData } from './contract.ts';
import { describeYamlError, parseSource } from './frontmatter.ts';
import { countErrors, type Problem } from './problems.ts';
import { isPublishable } from './publishing.ts';
import { imageReferences, isLocalPath, linkReferences, linkedArticleSlug } from './references.ts';
import { toSlug } from '../text/slug.ts';
import { closestMatch, isDecomposed, normalizeSource } from '../text/vietnamese.ts';
import { formatDate } from '../text/dates.ts';

export type ArticleStatus = 'published' | 'draft' | 'scheduled';

export interface ArticleRecord {
  /** Absolute path of the source file. */
  file: string;
  /** File line where the body starts (for messages about the body). */
  bodyLine: number;
  data: ArticleData;
  /** Markdown/MDX body, normalised to NFC with LF line endings. */
  body: string;
  status: ArticleStatus;
}

export interface PageRecord {
  file: string;
  data: PageData;
  body: string;
}

export interface ContentReport {
  contentDir: string;
  categories: Category[];
  /** Every article that passed the contract, whatever its status. */
  articles: ArticleRecord[];
  pages: PageRecord[];
  problems: Problem[];
  /** Images and other files the articles may reference. */
  assets: string[];
  /** Files that are neither content nor assets: reported, never dropped silently. */
  strays: string[];
}

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tif', '.tiff'];
/** Top-level URLs the site owns; a page slug may not take them. */
export const RESERVED_SLUGS = ['bai-viet', 'chuyen-muc', 'the', 'luu-tru', 'tim-kiem', 'pagefind', '_astro', '404', 'rss-xml', 'robots-txt'];
const CATEGORY_FIELDS = ['slug', 'name', 'description'];
const ROOT_FILES = ['categories.yaml', 'README.md'];

/** The content folder: CONTENT_DIR when set (tests, benchmarks, other bulletins), else ./content. */
export function contentDirectory(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR || 'content');
}

function walk(dir: string, files: string[], problems: Problem[]) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ severity: 'error', file: dir, message: `không đọc được thư mục (${(error as NodeJS.ErrnoException).code}) — kiểm tra quyền truy cập` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files, problems);
    else files.push(path);
  }
}

function readText(file: string, problems: Problem[]): string | undefined {
  try {
    const buffer = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code
      ? `không đọc được tệp (${code}) — kiểm tra quyền truy cập`
      : 'tệp không phải văn bản UTF-8 — mở bằng trình soạn thảo và lưu lại với bảng mã UTF-8';
    problems.push({ severity: 'error', file, message });
    return undefined;
  }
}

/** Reads `categories.yaml`: a list of { slug, name, description }. */
export function readCategories(file: string, problems: Problem[]): Category[] {
  let raw: string | undefined;
  try {
    statSync(file);
    raw = readText(file, problems);
  } catch {
    problems.push({ severity: 'error', file, message: 'thiếu tệp danh sách chuyên mục — tạo categories.yaml với các dòng "- slug: tam-diem" và "  name: Tâm điểm"' });
    return [];
  }
  if (raw === undefined) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(normalizeSource(raw), { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const { line, message } = describeYamlError(doc.errors[0]);
    problems.push({ severity: 'error', file, line, message: `viết sai cú pháp YAML: ${message}` });
    return [];
  }
  if (!isSeq(doc.contents)) {
    problems.push({ severity: 'error', file, line: 1, message: 'phải là một danh sách, mỗi chuyên mục bắt đầu bằng "- slug: …" rồi "  name: …"' });
    return [];
  }
  const categories: Category[] = [];
  for (const item of doc.contents.items) {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    if (!isMap(item)) {
      problems.push({ severity: 'error', file, line, message: 'mỗi chuyên mục cần slug và name — ví dụ "- slug: tam-diem" rồi "  name: Tâm điểm"' });
      continue;
    }
    const value = item.toJSON() as Record<string, unknown>;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!CATEGORY_FIELDS.includes(key)) {
        const guess = closestMatch(key, CATEGORY_FIELDS);
        problems.push({ severity: 'error', file, line, field: key, message: `trường không có trong mẫu chuyên mục — ${guess ? `có phải ý bạn là "${guess}"?` : 'dùng slug, name, description'}` });
      }
    }
    const name = typeof value.name === 'string' ? value.name.normalize('NFC').trim() : '';
    const slug = typeof value.slug === 'string' ? value.slug.trim() : '';
    if (!name) problems.push({ severity: 'error', file, line, field: 'name', message: 'chuyên mục thiếu tên — ví dụ name: Tâm điểm' });
    if (!slug || toSlug(slug) !== slug) {
      problems.push({ severity: 'error', file, line, field: 'slug', message: `${slug ? `"${slug}"` : 'thiếu slug'} — slug viết thường, không dấu, nối bằng gạch ngang, ví dụ slug: ${toSlug(name) || 'tam-diem'}` });
    }
    if (!name || !slug || toSlug(slug) !== slug) continue;
    if (categories.some((c) => c.slug === slug)) {
      problems.push({ severity: 'error', file, line, field: 'slug', message: `chuyên mục "${slug}" bị khai báo hai lần — xoá một` });
      continue;
    }
    const description = typeof value.description === 'string' ? value.description.normalize('NFC').trim() : undefined;
    categories.push({ slug, name, description: description || undefined });
  }
  return categories;
}

function decomposedWarning(file: string, raw: string, problems: Problem[]) {
  if (isDecomposed(raw.replace(/^\uFEFF/, ''))) {
    problems.push({ severity: 'warning', file, message: 'có chữ tiếng Việt gõ ở dạng tổ hợp (NFD, thường do dán từ máy Mac) — đã tự chuyển sang dạng dựng sẵn (NFC) khi dựng trang; nên lưu lại tệp ở dạng NFC' });
  }
}

/** Keeps the first record of each slug and reports the others, naming both files. */
function withoutDuplicateSlugs<T extends { file: string; data: { slug: string } }>(records: T[], kind: string, problems: Problem[]): T[] {
  const bySlug = new Map<string, T>();
  for (const record of records) {
    const first = bySlug.get(record.data.slug);
    if (first) {
      problems.push({
        severity: 'error',
        file: record.file,
        field: 'slug',
        message: `trùng địa chỉ "${record.data.slug}" với ${kind} ${relative(process.cwd(), first.file) || first.file} — đổi tên tệp hoặc thêm trường slug khác cho một trong hai bài`,
      });
    } else bySlug.set(record.data.slug, record);
  }
  return [...bySlug.values()];
}

/** Tags that become the same page but are spelled differently ("Phụ nữ", "phụ nữ", "phu nu"). */
function tagVariants(articles: ArticleRecord[], problems: Problem[]) {
  const spellings = new Map<string, Map<string, string>>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const key = toSlug(tag);
      const forms = spellings.get(key) ?? new Map<string, string>();
      if (!forms.has(tag)) forms.set(tag, article.file);
      spellings.set(key, forms);
    }
  }
  for (const forms of spellings.values()) {
    if (forms.size < 2) continue;
    const [first, ...others] = [...forms.keys()];
    for (const other of others) {
      problems.push({
        severity: 'warning',
        file: forms.get(other)!,
        field: 'tags',
        message: `thẻ "${other}" trùng với thẻ "${first}" ở bài khác, chỉ khác chữ hoa hoặc dấu — thống nhất một cách viết`,
      });
    }
  }
}

/**
 * Images in a body must exist (the build cannot optimise a missing one); links to other
 * articles should lead to a published one; every image should have alt text.
 */
function checkReferences(articles: ArticleRecord[], problems: Problem[]) {
  const status = new Map(articles.map((a) => [a.data.slug, a.status]));
  for (const article of articles) {
    const at = (line: number) => article.bodyLine + line - 1;
    for (const image of imageReferences(article.body)) {
      if (!isLocalPath(image.target)) continue;
      const path = resolve(dirname(article.file), decodeURI(image.target.split(/[?#]/)[0]));
      if (image.html) {
        problems.push({ severity: 'error', file: article.file, line: at(image.line), message: `ảnh "${image.target}" viết bằng thẻ <img> sẽ không hiện trên trang — dùng cú pháp Markdown, ví dụ ![Mô tả ảnh](${image.target})` });
      } else if (image.target.startsWith('/') || !existsSync(path)) {
        problems.push({ severity: 'error', file: article.file, line: at(image.line), message: `không tìm thấy ảnh "${image.target}" — đặt ảnh trong thư mục nội dung, cạnh bài viết, và ghi đường dẫn tương đối, ví dụ ![Mô tả ảnh](./ten-anh.jpg)` });
      } else if (!image.alt?.trim()) {
        problems.push({ severity: 'warning', file: article.file, line: at(image.line), message: `ảnh "${image.target}" chưa có mô tả cho người khiếm thị — viết mô tả trong ngoặc vuông, ví dụ ![Các học viên tại lớp tập huấn](${image.target})` });
      }
    }
    for (const link of linkReferences(article.body)) {
      const slug = linkedArticleSlug(link.target) ?? (isLocalPath(link.target) && /\.mdx?$/i.test(link.target) ? undefined : null);
      if (slug === null) continue;
      const target = slug ?? toSlug(link.target.replace(/^.*\//, '').replace(/\.mdx?$/i, ''));
      const state = status.get(target);
      if (state !== 'published') {
        const why = state ? `bài "${target}" chưa được đăng (${state === 'draft' ? 'bản nháp' : 'hẹn giờ'})` : `không có bài nào có địa chỉ "${target}"`;
        problems.push({ severity: 'warning', file: article.file, line: at(link.line), message: `liên kết "${link.target}" sẽ bị hỏng: ${why} — sửa địa chỉ, dạng /bai-viet/dia-chi-bai/` });
      }
    }
  }
}

/**
 * Reads and checks a whole content folder: every file ends up as an article, a page, an asset,
 * or a reported stray. Nothing here touches Astro, so the editors' check and the build agree.
 */
export function loadContent(contentDir: string, now: Date): ContentReport {
  const problems: Problem[] = [];
  const categories = readCategories(join(contentDir, 'categories.yaml'), problems);
  const files: string[] = [];
  walk(contentDir, files, problems);
  files.sort();

  const articles: ArticleRecord[] = [];
  const pages: PageRecord[] = [];
  const assets: string[] = [];
  const strays: string[] = [];
  const articlesDir = join(contentDir, 'articles') + sep;
  const pagesDir = join(contentDir, 'pages') + sep;

  for (const file of files) {
    const rel = relative(contentDir, file);
    const ext = extname(file).toLowerCase();
    const isContentFile = ARTICLE_EXTENSIONS.includes(extname(file));
    if (file.startsWith(articlesDir) && isContentFile) {
      const raw = readText(file, problems);
      if (raw === undefined) continue;
      decomposedWarning(file, raw, problems);
      const parsed = parseSource(raw);
      const data = checkArticle(file, parsed, categories, problems);
      if (data) articles.push({ file, bodyLine: parsed.bodyLine, data, body: parsed.body, status: isPublishable(data, now) ? 'published' : data.draft ? 'draft' : 'scheduled' });
    } else if (file.startsWith(pagesDir) && isContentFile && !rel.slice('pages/'.length).includes(sep)) {
      const raw = readText(file, problems);
      if (raw === undefined) continue;
      decomposedWarning(file, raw, problems);
      const parsed = parseSource(raw);
      const data = checkPage(file, parsed, problems);
      if (!data) continue;
      if (RESERVED_SLUGS.includes(data.slug)) {
        problems.push({ severity: 'error', file, field: 'slug', message: `địa chỉ "${data.slug}" đã dành cho trang của hệ thống — đặt slug khác, ví dụ slug: gioi-thieu` });
        continue;
      }
      pages.push({ file, data, body: parsed.body });
    } else if (IMAGE_EXTENSIONS.includes(ext)) {
      assets.push(file);
    } else if (ROOT_FILES.includes(rel) || /(^|[\\/])\.(gitkeep|keep)$/.test(rel)) {
      // The contract's own files.
    } else {
      strays.push(file);
      const hint = ARTICLE_EXTENSIONS.includes(ext)
        ? `đuôi tệp phải viết thường (${ext}) và bài viết phải nằm trong articles/`
        : ['.markdown', '.txt', '.docx', '.doc'].includes(ext)
          ? 'bài viết phải là tệp .md hoặc .mdx trong articles/ — đổi đuôi tệp thành .md'
          : 'tệp này không phải bài viết, trang hay ảnh nên không được đăng — xoá đi hoặc chuyển vào đúng chỗ';
      problems.push({ severity: 'warning', file, message: `không được dùng: ${hint}` });
    }
  }

  const uniqueArticles = withoutDuplicateSlugs(articles, 'bài', problems);
  const uniquePages = withoutDuplicateSlugs(pages, 'trang', problems);
  tagVariants(uniqueArticles, problems);
  checkReferences(uniqueArticles, problems);
  return { contentDir, categories, articles: uniqueArticles, pages: uniquePages, problems, assets, strays };
}

/** `N bài viết: P đã đăng, D bản nháp, S hẹn giờ (bài sớm nhất: dd/MM/yyyy)` plus what else was found. */
export function accountingLine(report: ContentReport): string {
  const count = (status: ArticleStatus) => report.articles.filter((a) => a.status === status).length;
  const scheduled = report.articles.filter((a) => a.status === 'scheduled').sort((a, b) => +a.data.date - +b.data.date);
  const next = scheduled[0] ? ` (bài sớm nhất: ${formatDate(scheduled[0].data.date)})` : '';
  const failed = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const accepted = new Set(report.articles.map((a) => a.file));
  const rejected = [...failed].filter((f) => f.startsWith(join(report.contentDir, 'articles') + sep) && !accepted.has(f)).length;
  let line = `${report.articles.length + rejected} bài viết: ${count('published')} đã đăng, ${count('draft')} bản nháp, ${scheduled.length} hẹn giờ${next}`;
  if (rejected) line += `, ${rejected} lỗi`;
  line += `; ${report.pages.length} trang, ${report.categories.length} chuyên mục, ${report.assets.length} ảnh`;
  if (report.strays.length) line += `, ${report.strays.length} tệp không dùng`;
  return line;
}

export const hasErrors = (report: ContentReport) => countErrors(report.problems) > 0;
