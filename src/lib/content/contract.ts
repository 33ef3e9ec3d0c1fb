import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DATE_HINT, parseContentDate } from '../text/dates.ts';
import type { ParsedSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { toSlug } from '../text/slug.ts';
import { closestMatch, countWords, nfc } from '../text/vietnamese.ts';
import { youtubeId } from './video.ts';

/** A section of the bulletin, from `content/categories.yaml`. */
export interface Category {
  slug: string;
  name: string;
  description?: string;
}

/** An article's front matter once checked and normalised. */
export interface ArticleData {
  title: string;
  slug: string;
  date: Date;
  updated?: Date;
  category: string;
  tags: string[];
  summary?: string;
  author?: string;
  /** Cover path relative to the article file, as written. */
  cover?: string;
  coverAlt?: string;
  featured: boolean;
  draft: boolean;
  video?: string;
  readingMinutes: number;
}

export interface PageData {
  title: string;
  slug: string;
  summary?: string;
  draft: boolean;
  updated?: Date;
}

export const ARTICLE_FIELDS = [
  'title', 'date', 'category', 'tags', 'summary', 'author', 'cover', 'cover_alt',
  'featured', 'draft', 'slug', 'updated', 'video',
] as const;
export const PAGE_FIELDS = ['title', 'slug', 'summary', 'draft', 'updated'] as const;

/** Titles longer than this are cut off in lists and search results. */
export const LONG_TITLE = 120;
/** Reading speed used for "x phút đọc". */
const WORDS_PER_MINUTE = 220;

interface Context {
  file: string;
  parsed: ParsedSource;
  problems: Problem[];
}

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

function report(ctx: Context, field: string | undefined, message: string, severity: Problem['severity'] = 'error', lineOf = field) {
  const line = lineOf ? ctx.parsed.lines.get(lineOf) : undefined;
  ctx.problems.push({ severity, file: ctx.file, line, field, message });
}

function text(ctx: Context, field: string, { required = false, example = '' } = {}): string | undefined {
  const value = ctx.parsed.data[field];
  if (value === undefined || value === null || value === '') {
    if (required) report(ctx, field, `thiếu trường bắt buộc — thêm một dòng, ví dụ ${field}: ${example}`);
    return undefined;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    report(ctx, field, `${quote(value)} phải là một đoạn chữ — ví dụ ${field}: ${example}`);
    return undefined;
  }
  const trimmed = nfc(value).trim();
  if (required && !trimmed) report(ctx, field, `đang để trống — ví dụ ${field}: ${example}`);
  return trimmed || undefined;
}

function flag(ctx: Context, field: string): boolean {
  const value = ctx.parsed.data[field];
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  report(ctx, field, `${quote(value)} phải là true hoặc false — ví dụ ${field}: true`);
  return false;
}

function date(ctx: Context, field: string, required: boolean): Date | undefined {
  const value = ctx.parsed.data[field];
  if (value === undefined || value === null || value === '') {
    if (required) report(ctx, field, `thiếu trường bắt buộc — ${DATE_HINT}`);
    return undefined;
  }
  const result = parseContentDate(value);
  if (result.ok) return result.date;
  const suggestion = result.suggestion ? `; có phải ý bạn là ${result.suggestion}?` : '';
  report(ctx, field, `${quote(value)} ${result.reason} — ${DATE_HINT}${suggestion}`);
  return undefined;
}

function unknownFields(ctx: Context, known: readonly string[]) {
  for (const field of Object.keys(ctx.parsed.data)) {
    if (known.includes(field)) continue;
    const guess = closestMatch(field, known);
    const hint = guess ? `có phải ý bạn là "${guess}"?` : `các trường hợp lệ: ${known.join(', ')}`;
    report(ctx, field, `trường không có trong mẫu bài viết — ${hint}`);
  }
}

/** Problems that stop the front matter from being read at all. */
function unreadable(ctx: Context): boolean {
  const { parsed } = ctx;
  if (parsed.yamlError) {
    ctx.problems.push({
      severity: 'error',
      file: ctx.file,
      line: parsed.yamlError.line,
      message: `phần đầu (front matter) viết sai cú pháp YAML: ${parsed.yamlError.message} — mỗi dòng có dạng "tên: giá trị"; nếu giá trị có dấu ":" hoặc "#", đặt nó trong ngoặc kép`,
    });
    return true;
  }
  if (!parsed.hasFrontmatter) {
    ctx.problems.push({
      severity: 'error',
      file: ctx.file,
      line: 1,
      message: `tệp thiếu phần đầu (front matter) — dòng đầu tiên phải là "---", tiếp theo là title, date, category, rồi một dòng "---"`,
    });
    return true;
  }
  return false;
}

function slugField(ctx: Context, fallbackName: string): string {
  const given = text(ctx, 'slug', { example: 'tap-huan-can-bo-hoi' });
  const slug = toSlug(given ?? fallbackName);
  if (!slug) {
    report(ctx, given ? 'slug' : undefined, `không tạo được địa chỉ (slug) từ ${quote(given ?? fallbackName)} — thêm trường slug, ví dụ slug: tap-huan-can-bo-hoi`);
  } else if (given && given !== slug) {
    report(ctx, 'slug', `${quote(given)} sẽ được dùng dưới dạng "${slug}" — viết thường, không dấu, nối bằng dấu gạch ngang`, 'warning');
  }
  return slug;
}

function findCategory(value: string, categories: readonly Category[]): Category | undefined {
  return categories.find((c) => c.slug === value || c.name === value) ?? categories.find((c) => c.slug === toSlug(value));
}

function tagsField(ctx: Context): string[] {
  const value = ctx.parsed.data.tags;
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : undefined;
  if (!list || list.some((t) => typeof t !== 'string' && typeof t !== 'number')) {
    report(ctx, 'tags', `${quote(value)} phải là một danh sách — ví dụ tags: [tập huấn, Đà Nẵng]`);
    return [];
  }
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of list) {
    const tag = nfc(String(raw)).trim().replace(/\s+/g, ' ');
    const slug = toSlug(tag);
    if (!slug) {
      report(ctx, 'tags', `thẻ ${quote(raw)} không có chữ hay số nào — xoá thẻ này hoặc viết lại`);
    } else if (!seen.has(slug)) {
      seen.add(slug);
      tags.push(tag);
    }
  }
  return tags;
}

const fileName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(md|mdx)$/i, '');

/** Checks an article's front matter against the contract; returns the data only when it has no error. */
export function checkArticle(file: string, parsed: ParsedSource, categories: readonly Category[], problems: Problem[]): ArticleData | undefined {
  const ctx: Context = { file, parsed, problems };
  const before = problems.filter((p) => p.severity === 'error').length;
  if (unreadable(ctx)) return undefined;
  unknownFields(ctx, ARTICLE_FIELDS);

  const title = text(ctx, 'title', { required: true, example: 'Tập huấn cán bộ Hội' });
  if (title && title.length > LONG_TITLE) {
    report(ctx, 'title', `tiêu đề dài ${title.length} ký tự — nên dưới ${LONG_TITLE} để hiện đủ trong danh sách và kết quả tìm kiếm`, 'warning');
  }
  const published = date(ctx, 'date', true);
  const updated = date(ctx, 'updated', false);
  if (published && updated && updated < published) {
    report(ctx, 'updated', `ngày cập nhật sớm hơn ngày đăng — sửa lại hoặc xoá dòng updated`, 'warning');
  }

  const categoryValue = text(ctx, 'category', { required: true, example: categories[0]?.slug ?? 'tam-diem' });
  const category = categoryValue ? findCategory(categoryValue, categories) : undefined;
  if (categoryValue && !category) {
    const nearest = closestMatch(categoryValue, categories.flatMap((c) => [c.slug, c.name]));
    const guess = categories.find((c) => c.slug === nearest || c.name === nearest)?.slug;
    const list = categories.map((c) => `${c.slug} (${c.name})`).join(', ');
    report(ctx, 'category', `${quote(categoryValue)} không phải chuyên mục nào — ${guess ? `có phải ý bạn là "${guess}"? ` : ''}các chuyên mục: ${list}`);
  }

  const tags = tagsField(ctx);
  const summary = text(ctx, 'summary', { example: 'Một hai câu tóm tắt bài viết.' });
  if (!summary) report(ctx, 'summary', `chưa có tóm tắt — thêm summary: một hai câu để hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ`, 'warning');
  const author = text(ctx, 'author', { example: 'Hội LHPN TP Đà Nẵng' });

  const cover = text(ctx, 'cover', { example: './anh-bia.jpg' });
  const coverAlt = text(ctx, 'cover_alt', { example: 'Các học viên tại lớp tập huấn' });
  if (cover) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(cover) || cover.startsWith('/')) {
      report(ctx, 'cover', `${quote(cover)} phải là ảnh nằm trong thư mục nội dung, ghi theo đường dẫn tương đối — ví dụ cover: ./anh-bia.jpg`);
    } else if (!existsSync(resolve(dirname(file), cover))) {
      report(ctx, 'cover', `không tìm thấy ảnh ${quote(cover)} — kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đặt ảnh cạnh bài viết, ví dụ cover: ./anh-bia.jpg`);
    } else if (!/\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(cover)) {
      report(ctx, 'cover', `${quote(cover)} không phải ảnh dùng được — dùng tệp .jpg, .png, .webp hoặc .avif`);
    }
    if (!coverAlt) report(ctx, 'cover_alt', `có ảnh bìa nhưng thiếu mô tả ảnh cho người khiếm thị — thêm cover_alt: mô tả ngắn nội dung ảnh`, 'error', 'cover');
  }

  const videoValue = text(ctx, 'video', { example: 'https://www.youtube.com/watch?v=xxxxxxxxxxx' });
  const video = videoValue ? youtubeId(videoValue) : undefined;
  if (videoValue && !video) {
    report(ctx, 'video', `${quote(videoValue)} không phải đường dẫn YouTube — ví dụ video: https://www.youtube.com/watch?v=xxxxxxxxxxx`);
  }

  const featured = flag(ctx, 'featured');
  const draft = flag(ctx, 'draft');
  const slug = slugField(ctx, fileName(file));

  const failed = problems.filter((p) => p.severity === 'error').length > before;
  if (failed || !title || !published || !category) return undefined;
  return {
    title, slug, date: published, updated, category: category.slug, tags, summary, author,
    cover, coverAlt: cover ? coverAlt : undefined, featured, draft, video,
    readingMinutes: Math.max(1, Math.round(countWords(parsed.body) / WORDS_PER_MINUTE)),
  };
}

/** Checks a static page (Giới thiệu, Liên hệ …). */
export function checkPage(file: string, parsed: ParsedSource, problems: Problem[]): PageData | undefined {
  const ctx: Context = { file, parsed, problems };
  const before = problems.filter((p) => p.severity === 'error').length;
  if (unreadable(ctx)) return undefined;
  unknownFields(ctx, PAGE_FIELDS);
  const title = text(ctx, 'title', { required: true, example: 'Giới thiệu' });
  const summary = text(ctx, 'summary', { example: 'Giới thiệu về Hội.' });
  const updated = date(ctx, 'updated', false);
  const draft = flag(ctx, 'draft');
  const slug = slugField(ctx, fileName(file));
  const failed = problems.filter((p) => p.severity === 'error').length > before;
  if (failed || !title) return undefined;
  return { title, slug, summary, draft, updated };
}

