import { dirname } from 'node:path';
import { fieldMessages, fileMessages, issueMessages, sectionMessages } from '../../i18n/messages.ts';
import { toSlug } from '../text/slug.ts';
import { t } from '../../i18n/vi.ts';
import { closestMatch, countWords } from '../text/vietnamese.ts';
import { describeIssues, type ContractKind } from './error-map.ts';
import { checkImage, imageProblem } from './picture-check.ts';
import type { ParsedSource } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import {
  articleFrontmatter,
  issueFrontmatter,
  pageFrontmatter,
  sectionFrontmatter,
  type ArticleData,
  type IssueData,
  type PageData,
  type Section,
} from './schema.ts';
import { youtubeId } from './video.ts';

/**
 * Applies the schemas (src/lib/content/schema.ts) to one file and adds what a schema cannot know
 * alone: whether the section and the cover exist, the final slug, and advice (warnings).
 */

/** Titles longer than this are cut off in lists and search results. */
export const LONG_TITLE = 120;
/** Reading speed used for "x phút đọc". */
const WORDS_PER_MINUTE = 220;

interface Context {
  file: string;
  parsed: ParsedSource;
  problems: Problem[];
}

function report(ctx: Context, field: string | undefined, message: string, severity: Problem['severity'] = 'error', lineOf = field) {
  const line = lineOf ? ctx.parsed.lines.get(lineOf) : undefined;
  ctx.problems.push({ severity, file: ctx.file, line, field, message });
}

/** Problems that stop the front matter from being read at all. */
function unreadable(ctx: Context): boolean {
  const { parsed } = ctx;
  if (parsed.yamlError) {
    ctx.problems.push({ severity: 'error', file: ctx.file, line: parsed.yamlError.line, message: parsed.yamlError.message });
    return true;
  }
  if (!parsed.hasFrontmatter) {
    ctx.problems.push({ severity: 'error', file: ctx.file, line: 1, message: fileMessages.noFrontmatter() });
    return true;
  }
  return false;
}

/** Runs a schema over the front matter and reports each issue on its field's line. */
function validate<T extends typeof articleFrontmatter | typeof pageFrontmatter | typeof issueFrontmatter>(ctx: Context, schema: T, kind: ContractKind) {
  const result = schema.safeParse(ctx.parsed.data);
  if (result.success) return result.data as ReturnType<T['parse']>;
  for (const issue of describeIssues(result.error.issues, schema, ctx.parsed.data, kind)) report(ctx, issue.field, issue.message);
  return undefined;
}

/** The slug from the `slug` field or the file name, with a warning when it had to be rewritten. */
function finalSlug(ctx: Context, given: string | undefined): string {
  const from = given ?? fileName(ctx.file);
  const slug = toSlug(from);
  if (!slug) report(ctx, given ? 'slug' : undefined, fieldMessages.slugUnusable(from));
  else if (given && given !== slug) report(ctx, 'slug', fieldMessages.slugRewritten(given, slug), 'warning');
  return slug;
}

function findSection(value: string, sections: readonly Section[]): Section | undefined {
  return sections.find((s) => s.slug === value || s.name === value) ?? sections.find((s) => s.slug === toSlug(value));
}

function checkSectionName(ctx: Context, value: string, sections: readonly Section[]): Section | undefined {
  const section = findSection(value, sections);
  if (section) return section;
  const nearest = closestMatch(value, sections.flatMap((s) => [s.slug, s.name]));
  const guess = sections.find((s) => s.slug === nearest || s.name === nearest)?.slug;
  report(ctx, 'category', fieldMessages.unknownCategory(value, guess, sections.map((s) => `${s.slug} (${s.name})`).join(', ')));
  return undefined;
}

const fileName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(md|mdx)$/i, '');
const errorCount = (problems: Problem[]) => problems.filter((p) => p.severity === 'error').length;

/** The cover must be a readable picture inside the content folder. */
function checkCover(ctx: Context, cover: string, root: string) {
  const verdict = checkImage(root, dirname(ctx.file), cover);
  if (verdict.ok) return;
  report(ctx, 'cover', imageProblem(verdict, cover, fieldMessages.coverMissing(cover)));
}

/**
 * Checks an article's front matter against the contract; returns the data only when it has no
 * error. `root` is the content folder, which pictures may not leave.
 */
export function checkArticle(file: string, parsed: ParsedSource, sections: readonly Section[], problems: Problem[], root = dirname(file)): ArticleData | undefined {
  const ctx: Context = { file, parsed, problems };
  const before = errorCount(problems);
  if (unreadable(ctx)) return undefined;
  const data = validate(ctx, articleFrontmatter, 'bài viết');
  const raw = parsed.data;
  const given = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string).trim() : undefined);

  // Cross-checks run on what was written even when another field is wrong, so one pass shows every mistake.
  const categoryValue = data?.category ?? given('category');
  const section = categoryValue ? checkSectionName(ctx, categoryValue, sections) : undefined;
  const cover = data?.cover;
  if (cover) checkCover(ctx, cover, root);
  if ((cover ?? given('cover')) && !(data?.cover_alt ?? given('cover_alt'))) report(ctx, 'cover_alt', fieldMessages.coverAltMissing(), 'error', 'cover');

  if (data) {
    if (data.title.length > LONG_TITLE) report(ctx, 'title', fieldMessages.titleLong(data.title.length, LONG_TITLE), 'warning');
    if (data.updated && data.updated < data.date) report(ctx, 'updated', fieldMessages.updatedBeforeDate(), 'warning');
    if (!data.summary) report(ctx, 'summary', fieldMessages.summaryMissing(), 'warning');
  }
  const slug = finalSlug(ctx, data ? data.slug : given('slug'));

  if (!data || !section || errorCount(problems) > before) return undefined;
  const { cover_alt: coverAlt, video, ...rest } = data;
  return {
    ...rest,
    slug,
    category: section.slug,
    coverAlt: cover ? coverAlt : undefined,
    video: video ? youtubeId(video) : undefined,
    readingMinutes: Math.max(1, Math.round(countWords(parsed.body) / WORDS_PER_MINUTE)),
  };
}

/** Checks a static page (Giới thiệu, Liên hệ …). */
export function checkPage(file: string, parsed: ParsedSource, problems: Problem[]): PageData | undefined {
  const ctx: Context = { file, parsed, problems };
  const before = errorCount(problems);
  if (unreadable(ctx)) return undefined;
  const data = validate(ctx, pageFrontmatter, 'trang');
  const slug = finalSlug(ctx, data ? data.slug : undefined);
  if (!data || errorCount(problems) > before) return undefined;
  return { ...data, slug };
}

/** Checks one entry of categories.yaml; `line` is where the entry starts. */
export function checkSection(entry: Record<string, unknown>, file: string, line: number | undefined, problems: Problem[]): Section | undefined {
  const result = sectionFrontmatter.safeParse(entry);
  let failed = false;
  if (!result.success) {
    for (const issue of describeIssues(result.error.issues, sectionFrontmatter, entry, 'chuyên mục')) {
      problems.push({ severity: 'error', file, line, field: issue.field, message: issue.message });
      failed = true;
    }
  }
  const slug = result.success ? result.data.slug : typeof entry.slug === 'string' ? entry.slug.trim() : '';
  const name = result.success ? result.data.name : '';
  if (result.success && toSlug(slug) !== slug) {
    problems.push({ severity: 'error', file, line, field: 'slug', message: sectionMessages.badSlug(slug, toSlug(name) || 'tam-diem') });
    failed = true;
  }
  return failed || !result.success ? undefined : result.data;
}

/** The title an issue gets when it names none: "Bản tin <site name> số <n>/<year>". */
export const defaultIssueTitle = (siteName: string, number: number, year: number) => t.issueDefaultTitle(siteName, number, year);

/** The colophon fields a licensed print run must name, as editors write them. */
const LICENSED_COLOPHON = ['responsible', 'editors', 'printer', 'print_run'] as const;

/**
 * Checks an issue's front matter (content/issues/<year>-<nn>.md). What needs the other files
 * (do the articles and sections exist, is a number used twice) is checked by the loader.
 * `siteName` fills the default title.
 */
export function checkIssue(file: string, parsed: ParsedSource, problems: Problem[], siteName: string, root = dirname(file)): IssueData | undefined {
  const ctx: Context = { file, parsed, problems };
  const before = errorCount(problems);
  if (unreadable(ctx)) return undefined;
  const data = validate(ctx, issueFrontmatter, 'số bản tin');
  const raw = parsed.data;
  const cover = data?.cover;
  if (cover) checkCover(ctx, cover, root);
  const givenCover = typeof raw.cover === 'string' && raw.cover.trim();
  const givenAlt = typeof raw.cover_alt === 'string' && raw.cover_alt.trim();
  if ((cover ?? givenCover) && !(data?.cover_alt ?? givenAlt)) report(ctx, 'cover_alt', fieldMessages.coverAltMissing(), 'error', 'cover');
  const colophon = data?.colophon;
  if (colophon?.licence) {
    const missing = LICENSED_COLOPHON.filter((key) => (key === 'editors' ? colophon.editors.length === 0 : !colophon[key]));
    if (missing.length) report(ctx, 'colophon', issueMessages.colophonIncomplete(missing));
  }
  if (!data || errorCount(problems) > before) return undefined;
  return {
    slug: `${data.year}-${String(data.number).padStart(2, '0')}`,
    number: data.number,
    year: data.year,
    period: data.period,
    date: data.date,
    title: data.title ?? defaultIssueTitle(siteName, data.number, data.year),
    cover: data.cover,
    coverAlt: data.cover ? data.cover_alt : undefined,
    groups: data.articles,
    videos: data.videos.map((link) => youtubeId(link)!),
    colophon: colophon && {
      responsible: colophon.responsible,
      editors: colophon.editors,
      licence: colophon.licence,
      printer: colophon.printer,
      printRun: colophon.print_run,
    },
    draft: data.draft,
  };
}
