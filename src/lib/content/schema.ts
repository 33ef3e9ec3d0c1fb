import { z } from 'astro/zod';
import { parseContentDate } from '../text/dates.ts';
import { toSlug } from '../text/slug.ts';
import { nfc } from '../text/vietnamese.ts';
import { youtubeId } from './video.ts';

/**
 * The content contract, written once: what editors may write in the front matter of an article
 * or a page, and in each entry of categories.yaml. `npm run check`, the build's loader, Astro's
 * collections (src/content.config.ts) and the web editor's configuration are all derived from
 * these schemas; the words of every message are in src/i18n/messages.ts.
 */

/** What the web editor and the error messages know of a field besides its type. */
export interface FieldMeta {
  /** Vietnamese label for the web editor. */
  label: string;
  /** A value an editor could copy, shown in messages ("ví dụ title: …"). */
  example: string;
  /** One sentence of help for the web editor. */
  hint?: string;
  /** How the value is checked, which chooses the message for a wrong value. */
  kind: 'text' | 'date' | 'boolean' | 'list' | 'image' | 'youtube' | 'section' | 'slug' | 'number' | 'period' | 'articles' | 'colophon';
}

const field = <T extends z.ZodType>(schema: T, meta: FieldMeta) => schema.meta({ ...meta });

/** Left out, null or "" all mean "not given": GitHub's editor and web forms write empty values. */
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Text as stored: NFC, trimmed; numbers become text ("title: 2021"). */
function cleanText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? nfc(value).trim() : value;
}

/** A required line of text: missing is "required", spaces only is "empty". */
const requiredText = z.preprocess((value) => (isBlank(value) ? undefined : cleanText(value)), z.string().min(1));

/** Optional text: blank or spaces only count as not given. */
const optionalText = z.preprocess((value) => (isBlank(value) ? undefined : cleanText(value) || undefined), z.string().optional());

/** A date as the contract reads it (src/lib/text/dates.ts): ISO, Asia/Ho_Chi_Minh unless an offset is given. */
const contentDate = z.preprocess((value, ctx) => {
  if (isBlank(value)) return undefined;
  const result = parseContentDate(value);
  if (result.ok) return result.date;
  ctx.addIssue({ code: 'custom', input: value, params: { rule: 'date', reason: result.reason, suggestion: result.suggestion } });
  return value;
}, z.date());
const optionalDate = z.preprocess((value) => (isBlank(value) ? undefined : value), contentDate.optional());

/** true or false; left out means false. */
const flag = z.preprocess((value) => (value === null ? undefined : value), z.boolean().default(false));

/** Tags: NFC, single spaces, the first spelling of each slug kept. */
const tagList = z.preprocess(
  (value, ctx) => {
    if (isBlank(value)) return [];
    if (!Array.isArray(value)) return value;
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const raw of value) {
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        ctx.addIssue({ code: 'custom', input: value, params: { rule: 'listItem' } });
        return value;
      }
      const tag = nfc(String(raw)).trim().replace(/\s+/g, ' ');
      const slug = toSlug(tag);
      if (!slug) ctx.addIssue({ code: 'custom', input: raw, params: { rule: 'tagWithoutLetters', tag: raw } });
      else if (!seen.has(slug)) {
        seen.add(slug);
        tags.push(tag);
      }
    }
    return tags;
  },
  z.array(z.string()),
);

const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;
const URL_OR_ROOT = /^([a-z][a-z0-9+.-]*:|\/)/i;

/** A picture beside the article, by relative path; whether the file exists is checked by the loader. */
const imagePath = optionalText.superRefine((value, ctx) => {
  if (value === undefined) return;
  if (URL_OR_ROOT.test(value)) ctx.addIssue({ code: 'custom', input: value, params: { rule: 'imageNotRelative' } });
  else if (!IMAGE_FILE.test(value)) ctx.addIssue({ code: 'custom', input: value, params: { rule: 'notImage' } });
});

const youtubeLink = optionalText.superRefine((value, ctx) => {
  if (value !== undefined && !youtubeId(value)) ctx.addIssue({ code: 'custom', input: value, params: { rule: 'youtube' } });
});

/** An article's front matter, in the order messages are given. */
export const articleFrontmatter = z.strictObject({
  title: field(requiredText, { kind: 'text', label: 'Tiêu đề', example: 'Tập huấn cán bộ Hội' }),
  date: field(contentDate, { kind: 'date', label: 'Ngày đăng', example: '2021-04-09', hint: 'Bài hẹn giờ hiện ra ở lần dựng trang đầu tiên sau ngày này.' }),
  updated: field(optionalDate, { kind: 'date', label: 'Ngày cập nhật', example: '2021-04-10' }),
  category: field(requiredText, { kind: 'section', label: 'Chuyên mục', example: 'tam-diem' }),
  tags: field(tagList, { kind: 'list', label: 'Thẻ', example: '[tập huấn, Đà Nẵng]' }),
  summary: field(optionalText, { kind: 'text', label: 'Tóm tắt', example: 'Một hai câu tóm tắt bài viết.', hint: 'Hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ.' }),
  author: field(optionalText, { kind: 'text', label: 'Tác giả', example: 'Hội LHPN TP Đà Nẵng' }),
  cover: field(imagePath, { kind: 'image', label: 'Ảnh bìa', example: './anh-bia.jpg' }),
  cover_alt: field(optionalText, { kind: 'text', label: 'Mô tả ảnh bìa', example: 'Các học viên tại lớp tập huấn', hint: 'Cho người khiếm thị; bắt buộc khi có ảnh bìa.' }),
  video: field(youtubeLink, { kind: 'youtube', label: 'Video YouTube', example: 'https://www.youtube.com/watch?v=xxxxxxxxxxx' }),
  featured: field(flag, { kind: 'boolean', label: 'Tâm điểm', example: 'true' }),
  draft: field(flag, { kind: 'boolean', label: 'Bản nháp', example: 'true' }),
  slug: field(optionalText, { kind: 'slug', label: 'Địa chỉ', example: 'tap-huan-can-bo-hoi', hint: 'Để trống thì lấy theo tên tệp.' }),
});

/** A static page's front matter (Giới thiệu, Liên hệ …). */
export const pageFrontmatter = z.strictObject({
  title: field(requiredText, { kind: 'text', label: 'Tiêu đề', example: 'Giới thiệu' }),
  slug: articleFrontmatter.shape.slug,
  summary: field(optionalText, { kind: 'text', label: 'Tóm tắt', example: 'Giới thiệu về Hội.' }),
  draft: articleFrontmatter.shape.draft,
  updated: articleFrontmatter.shape.updated,
});

/** One entry of categories.yaml. */
export const sectionFrontmatter = z.strictObject({
  slug: field(requiredText, { kind: 'slug', label: 'Địa chỉ', example: 'tam-diem' }),
  name: field(requiredText, { kind: 'text', label: 'Tên chuyên mục', example: 'Tâm điểm' }),
  description: field(optionalText, { kind: 'text', label: 'Giới thiệu', example: 'Tin nổi bật của Hội.' }),
});

/** A whole number within bounds; "3" written in quotes counts too. */
const wholeNumber = (min: number, max: number) =>
  z.preprocess((value) => (isBlank(value) ? undefined : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value), z.int().min(min).max(max));

/** The period an issue covers: one month (`month: 3`) or one quarter (`quarter: 1`). */
export type IssuePeriod = { month: number } | { quarter: number };
const issuePeriod = z.preprocess(
  (value, ctx) => {
    if (isBlank(value)) return undefined;
    const ok = (key: 'month' | 'quarter', max: number) => {
      const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
      const given = entries.length === 1 && entries[0][0] === key ? entries[0][1] : undefined;
      const n = typeof given === 'number' || typeof given === 'string' ? Number(given) : NaN;
      return Number.isInteger(n) && n >= 1 && n <= max ? { [key]: n } : undefined;
    };
    const period = ok('month', 12) ?? ok('quarter', 4);
    if (!period) ctx.addIssue({ code: 'custom', input: value, params: { rule: 'period' } });
    return period ?? value;
  },
  z.union([z.strictObject({ month: z.int().min(1).max(12) }), z.strictObject({ quarter: z.int().min(1).max(4) })]),
);

/** One group of an issue's contents: the section it is printed under (optional) and its articles' slugs, in order. */
export interface IssueGroup {
  section?: string;
  articles: string[];
}
const slugText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? nfc(String(value)).trim() : undefined);

/** `articles`: a list of slugs, or a list of `{ section, articles: [slugs] }` groups; both become groups. */
const issueArticles = z.preprocess(
  (value, ctx) => {
    if (isBlank(value)) return undefined;
    if (!Array.isArray(value) || value.length === 0) {
      ctx.addIssue({ code: 'custom', input: value, params: { rule: 'articleList' } });
      return value;
    }
    const groups: IssueGroup[] = [];
    let loose: IssueGroup | undefined;
    for (const item of value) {
      const slug = slugText(item);
      if (slug) {
        if (!loose) groups.push((loose = { articles: [] }));
        loose.articles.push(slug);
        continue;
      }
      const group = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
      const keys = group ? Object.keys(group) : [];
      const slugs = Array.isArray(group?.articles) ? group.articles.map(slugText) : [];
      const section = group && (isBlank(group.section) ? undefined : slugText(group.section));
      if (!group || keys.some((k) => k !== 'section' && k !== 'articles') || !slugs.length || slugs.some((s) => !s) || (!isBlank(group.section) && !section)) {
        ctx.addIssue({ code: 'custom', input: value, params: { rule: 'articleList' } });
        return value;
      }
      loose = undefined;
      groups.push(section ? { section, articles: slugs as string[] } : { articles: slugs as string[] });
    }
    return groups;
  },
  z.array(z.object({ section: z.string().optional(), articles: z.array(z.string()).min(1) })).min(1),
);

/** YouTube links, each checked like an article's `video`. */
const youtubeLinks = z.preprocess(
  (value, ctx) => {
    if (isBlank(value)) return [];
    if (!Array.isArray(value)) return value;
    const links = value.map((link) => (typeof link === 'string' ? nfc(link).trim() : link));
    for (const link of links) {
      if (typeof link !== 'string' || !youtubeId(link)) {
        ctx.addIssue({ code: 'custom', input: link, params: { rule: 'youtube' } });
        return value;
      }
    }
    return links;
  },
  z.array(z.string()),
);

/** The colophon (thông tin xuất bản) printed on the last page. */
const colophon = z.preprocess(
  (value) => (isBlank(value) ? undefined : value),
  z
    .strictObject({
      responsible: optionalText,
      editors: z.preprocess((value) => (isBlank(value) ? [] : Array.isArray(value) ? value.map(cleanText) : value), z.array(z.string())),
      licence: optionalText,
      printer: optionalText,
      print_run: z.preprocess((value) => (isBlank(value) ? undefined : cleanText(value)), z.string().optional()),
    })
    .optional(),
);

/** A bulletin issue (số bản tin): `content/issues/<year>-<nn>.md`; the body is the foreword (lời ngỏ). */
export const issueFrontmatter = z.strictObject({
  number: field(wholeNumber(1, 9999), { kind: 'number', label: 'Số', example: '3', hint: 'Số thứ tự của bản tin trong năm.' }),
  year: field(wholeNumber(1900, 2999), { kind: 'number', label: 'Năm', example: '2026' }),
  period: field(issuePeriod, { kind: 'period', label: 'Kỳ', example: '{ month: 3 }', hint: 'Một tháng (month: 3) hoặc một quý (quarter: 1).' }),
  date: field(contentDate, { kind: 'date', label: 'Ngày phát hành', example: '2026-03-31' }),
  title: field(optionalText, { kind: 'text', label: 'Tiêu đề', example: 'Bản tin Hội LHPN số 3/2026', hint: 'Để trống thì ghi "Bản tin <tên trang> số <số>/<năm>".' }),
  cover: field(imagePath, { kind: 'image', label: 'Ảnh bìa', example: './bia-so-3.jpg' }),
  cover_alt: field(optionalText, { kind: 'text', label: 'Mô tả ảnh bìa', example: 'Hội viên tại hội thi', hint: 'Cho người khiếm thị; bắt buộc khi có ảnh bìa.' }),
  articles: field(issueArticles, {
    kind: 'articles',
    label: 'Các bài trong số',
    example: '[hoi-nghi-tong-ket, tap-huan-can-bo-hoi]',
    hint: 'Địa chỉ (slug) các bài theo thứ tự, hoặc từng nhóm { section: chuyên mục, articles: [các bài] }.',
  }),
  videos: field(youtubeLinks, { kind: 'list', label: 'Video YouTube', example: '[https://www.youtube.com/watch?v=xxxxxxxxxxx]' }),
  colophon: field(colophon, {
    kind: 'colophon',
    label: 'Thông tin xuất bản',
    example: '{ responsible: Nguyễn Thị A, editors: [Trần Thị B], licence: 12/GP-STTTT, printer: Công ty In X, print_run: 500 bản }',
    hint: 'Chịu trách nhiệm xuất bản, ban biên tập, giấy phép, nơi in, số lượng.',
  }),
  draft: field(flag, { kind: 'boolean', label: 'Bản nháp', example: 'true' }),
});

/** The fields an editor may write, derived from the schemas so the lists cannot drift. */
export const ARTICLE_FIELDS = Object.keys(articleFrontmatter.shape) as (keyof typeof articleFrontmatter.shape)[];
export const PAGE_FIELDS = Object.keys(pageFrontmatter.shape) as (keyof typeof pageFrontmatter.shape)[];
export const SECTION_FIELDS = Object.keys(sectionFrontmatter.shape) as (keyof typeof sectionFrontmatter.shape)[];
export const ISSUE_FIELDS = Object.keys(issueFrontmatter.shape) as (keyof typeof issueFrontmatter.shape)[];

/** The label, example and kind of a field of one of the schemas. */
export function fieldMeta(schema: z.ZodObject, name: string): FieldMeta | undefined {
  const shape = schema.shape as Record<string, z.ZodType>;
  return shape[name]?.meta() as FieldMeta | undefined;
}

/**
 * What pages read from Astro's store: the front matter once checked, with what the loader
 * derives (the final slug, the section's slug, the YouTube id, reading time). Astro validates
 * stored entries with these, so the preprocessing above must accept its own output.
 */
export const articleEntry = articleFrontmatter.omit({ cover_alt: true, slug: true, video: true }).extend({
  slug: z.string(),
  coverAlt: z.string().optional(),
  /** The YouTube id, never the link as written. */
  video: z.string().optional(),
  readingMinutes: z.number(),
});
export const pageEntry = pageFrontmatter.extend({ slug: z.string() });
export const sectionEntry = sectionFrontmatter.extend({ order: z.number() });
/** An issue as stored: the title filled in, the groups of slugs, the video ids, the colophon with its fields named in code. */
export const issueEntry = z.object({
  slug: z.string(),
  number: z.number(),
  year: z.number(),
  period: z.union([z.object({ month: z.number() }), z.object({ quarter: z.number() })]),
  date: z.date(),
  title: z.string(),
  cover: z.string().optional(),
  coverAlt: z.string().optional(),
  groups: z.array(z.object({ section: z.string().optional(), articles: z.array(z.string()) })),
  /** YouTube ids, never the links as written. */
  videos: z.array(z.string()),
  colophon: z
    .object({
      responsible: z.string().optional(),
      editors: z.array(z.string()),
      licence: z.string().optional(),
      printer: z.string().optional(),
      printRun: z.string().optional(),
    })
    .optional(),
  draft: z.boolean(),
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatter>;
export type ArticleData = z.output<typeof articleEntry>;
export type PageData = z.output<typeof pageEntry>;
export type Section = z.output<typeof sectionFrontmatter>;
/** A section as the site orders it. */
export type SectionData = z.output<typeof sectionEntry>;
export type IssueFrontmatter = z.output<typeof issueFrontmatter>;
export type IssueData = z.output<typeof issueEntry>;
