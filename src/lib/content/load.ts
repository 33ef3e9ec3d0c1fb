import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { bodyMessages, fieldMessages, fileMessages, issueMessages, reportMessages, sectionMessages } from '../../i18n/messages.ts';
import { checkArticle, checkIssue, checkPage, checkSection } from './contract.ts';
import { checkImage, imageProblem } from './picture-check.ts';
import { mdxSyntaxError } from './mdx.ts';
import { RESERVED_SLUGS, site } from '../site/config.ts';
import type { ArticleData, IssueData, PageData, Section } from './schema.ts';
import { describeYamlError, MAX_ALIASES, parseSource } from './frontmatter.ts';
import { countErrors, displayPath, type Problem } from './problems.ts';
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

export interface IssueRecord {
  file: string;
  data: IssueData;
  /** The foreword (lời ngỏ), Markdown, NFC with LF line endings. */
  body: string;
  /** Published once its date has come and it is no draft, like an article. */
  status: ArticleStatus;
}

export interface ContentReport {
  contentDir: string;
  categories: Section[];
  /** Every article that passed the contract, whatever its status. */
  articles: ArticleRecord[];
  pages: PageRecord[];
  /** Bulletin issues (số bản tin) that passed the contract, whatever their status. */
  issues: IssueRecord[];
  problems: Problem[];
  /** Images and other files the articles may reference. */
  assets: string[];
  /** Files that are neither content nor assets: reported, never dropped silently. */
  strays: string[];
  /**
   * Every slug an article file holds, even one failing a check (by its `slug`, or its file name):
   * what `npm run new` must not hand out again.
   */
  claimedSlugs: Map<string, string>;
}

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tif', '.tiff'];
const ROOT_FILES = ['categories.yaml', 'README.md'];

/** The content folder: CONTENT_DIR when set (tests, benchmarks, other bulletins), else ./content. */
export function contentDirectory(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR || 'content');
}

/** True when the folder has an issue file (content/issues/*.md); without one, the build never asks for the issues. */
export function hasIssueFiles(contentDir: string): boolean {
  try {
    return readdirSync(join(contentDir, 'issues'), { withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith('.md'));
  } catch {
    return false;
  }
}

/** Every file under `dir`; symbolic links are reported and never followed, so nothing outside is read. */
function walk(dir: string, files: string[], links: string[], problems: Problem[]) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ severity: 'error', file: dir, message: fileMessages.unreadableFolder(String((error as NodeJS.ErrnoException).code)) });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) links.push(path);
    else if (entry.isDirectory()) walk(path, files, links, problems);
    else files.push(path);
  }
}

function readText(file: string, problems: Problem[]): string | undefined {
  try {
    const buffer = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return text;
  } catch (error) {
    // TextDecoder's refusal also carries a code, so it is told apart by name.
    const code = (error as NodeJS.ErrnoException).code;
    const message = !code || code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? fileMessages.notUtf8() : fileMessages.unreadableFile(code);
    problems.push({ severity: 'error', file, message });
    return undefined;
  }
}

/** Reads `categories.yaml`: a list of { slug, name, description }, each checked by the section schema. */
export function readCategories(file: string, problems: Problem[]): Section[] {
  let raw: string | undefined;
  try {
    statSync(file);
    raw = readText(file, problems);
  } catch {
    problems.push({ severity: 'error', file, message: sectionMessages.fileMissing() });
    return [];
  }
  if (raw === undefined) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(normalizeSource(raw), { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const { line, message } = describeYamlError(doc.errors[0]);
    problems.push({ severity: 'error', file, line, message: sectionMessages.yamlSyntax(message) });
    return [];
  }
  if (!isSeq(doc.contents)) {
    problems.push({ severity: 'error', file, line: 1, message: sectionMessages.notAList() });
    return [];
  }
  // Aliases (*name) resolved for the whole file at once, with the same limit as front matter.
  let values: unknown[];
  try {
    values = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown[];
  } catch {
    problems.push({ severity: 'error', file, line: 1, message: sectionMessages.tooManyAliases() });
    return [];
  }
  const sections: Section[] = [];
  for (const [index, item] of doc.contents.items.entries()) {
    const line = item && typeof item === 'object' && 'range' in item && item.range ? lineCounter.linePos(item.range[0]).line : undefined;
    if (!isMap(item)) {
      problems.push({ severity: 'error', file, line, message: sectionMessages.itemNotAMap() });
      continue;
    }
    const section = checkSection(values[index] as Record<string, unknown>, file, line, problems);
    if (!section) continue;
    if (sections.some((s) => s.slug === section.slug)) {
      problems.push({ severity: 'error', file, line, field: 'slug', message: sectionMessages.twice(section.slug) });
      continue;
    }
    sections.push(section);
  }
  return sections;
}

function decomposedWarning(file: string, raw: string, problems: Problem[]) {
  if (isDecomposed(raw.replace(/^\uFEFF+/, ''))) {
    problems.push({ severity: 'warning', file, message: fileMessages.decomposed() });
  }
}

/** Keeps the first record of each slug and reports the others, naming both files. */
function withoutDuplicateSlugs<T extends { file: string; data: { slug: string } }>(records: T[], kind: 'bài' | 'trang', problems: Problem[]): T[] {
  const bySlug = new Map<string, T>();
  for (const record of records) {
    const first = bySlug.get(record.data.slug);
    if (first) {
      problems.push({
        severity: 'error',
        file: record.file,
        field: 'slug',
        message: fieldMessages.duplicateSlug(record.data.slug, kind, displayPath(first.file)),
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
        message: fieldMessages.tagVariant(other, first),
      });
    }
  }
}

/** A Markdown address as a file path: no query or fragment, %-escapes decoded when they are valid. */
function decodePath(target: string): string {
  const path = target.split(/[?#]/)[0];
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Images in a body must exist (the build cannot optimise a missing one); links to other
 * articles should lead to a published one; every image should have alt text.
 */
function checkReferences(contentDir: string, articles: ArticleRecord[], problems: Problem[]) {
  const status = new Map(articles.map((a) => [a.data.slug, a.status]));
  for (const article of articles) {
    const at = (line: number) => article.bodyLine + line - 1;
    for (const image of imageReferences(article.body)) {
      if (!isLocalPath(image.target)) continue;
      const verdict = image.target.startsWith('/') ? undefined : checkImage(contentDir, dirname(article.file), decodePath(image.target));
      const error = (message: string) => problems.push({ severity: 'error', file: article.file, line: at(image.line), message });
      if (image.html) error(bodyMessages.htmlImage(image.target));
      else if (!verdict) error(bodyMessages.imageMissing(image.target));
      else if (!verdict.ok) error(imageProblem(verdict, image.target, bodyMessages.imageMissing(image.target)));
      else if (!image.alt?.trim()) {
        problems.push({ severity: 'warning', file: article.file, line: at(image.line), message: bodyMessages.imageWithoutAlt(image.target) });
      }
    }
    for (const link of linkReferences(article.body)) {
      const slug = linkedArticleSlug(link.target) ?? (isLocalPath(link.target) && /\.mdx?$/i.test(link.target) ? undefined : null);
      if (slug === null) continue;
      const target = slug ?? toSlug(link.target.replace(/^.*\//, '').replace(/\.mdx?$/i, ''));
      const state = status.get(target);
      if (state !== 'published') {
        problems.push({ severity: 'warning', file: article.file, line: at(link.line), message: bodyMessages.brokenLink(link.target, target, state) });
      }
    }
  }
}

/** Why a file is not used, guessed from where it is and what it is called. */
function strayMessage(rel: string, ext: string): string {
  const extension = extname(rel);
  if (ARTICLE_EXTENSIONS.includes(ext) && extension !== ext) return fileMessages.strayUpperCaseExtension(extension);
  if (ARTICLE_EXTENSIONS.includes(ext)) return rel.startsWith(`pages${sep}`) ? fileMessages.strayPageInFolder() : fileMessages.strayArticleOutside();
  if (['.markdown', '.txt', '.docx', '.doc'].includes(ext)) return fileMessages.strayTextFile();
  return fileMessages.strayOther();
}

/**
 * Reads and checks a whole content folder: every file ends up as an article, a page, an asset,
 * or a reported stray. Nothing here touches Astro, so the editors' check and the build agree.
 */
export function loadContent(contentDir: string, now: Date): ContentReport {
  const problems: Problem[] = [];
  // Pictures are compared with the folder's real path, so a content folder reached through a link still works.
  try {
    contentDir = realpathSync(contentDir);
  } catch {
    problems.push({ severity: 'error', file: contentDir, message: fileMessages.noContentFolder() });
    return { contentDir, categories: [], articles: [], pages: [], issues: [], problems, assets: [], strays: [], claimedSlugs: new Map() };
  }
  const categoriesFile = join(contentDir, 'categories.yaml');
  let categories: Section[] = [];
  try {
    categories = readCategories(categoriesFile, problems);
  } catch (error) {
    problems.push({ severity: 'error', file: categoriesFile, message: fileMessages.unreadableValue(error instanceof Error ? error.message.split('\n')[0] : String(error)) });
  }
  const files: string[] = [];
  const links: string[] = [];
  walk(contentDir, files, links, problems);
  files.sort();

  const articles: ArticleRecord[] = [];
  const pages: PageRecord[] = [];
  const assets: string[] = [];
  const strays: string[] = [];
  const issues: IssueRecord[] = [];
  const articlesDir = join(contentDir, 'articles') + sep;
  const pagesDir = join(contentDir, 'pages') + sep;
  const issuesDir = join(contentDir, 'issues') + sep;
  for (const link of links.sort()) {
    problems.push({ severity: 'error', file: link, message: fileMessages.symlink() });
    if (!(link.startsWith(articlesDir) && ARTICLE_EXTENSIONS.includes(extname(link)))) strays.push(link);
  }
  /** A published or scheduled text without a body would be an empty page; drafts may wait. */
  const withBody = <T extends { draft: boolean }>(file: string, parsed: { body: string; bodyLine: number }, data: T | undefined): T | undefined => {
    if (!data) return undefined;
    const mdx = file.endsWith('.mdx') ? mdxSyntaxError(parsed.body) : undefined;
    if (mdx) {
      problems.push({ severity: 'error', file, line: mdx.line && parsed.bodyLine + mdx.line - 1, message: fileMessages.mdxSyntax(mdx.detail) });
      return undefined;
    }
    if (data.draft || parsed.body.trim()) return data;
    problems.push({ severity: 'error', file, line: parsed.bodyLine, message: fileMessages.noBody() });
    return undefined;
  };

  for (const file of files) {
    try {
      readFile(file);
    } catch (error) {
      // A value no check foresaw (say, a YAML map with a key named toString) fails this file, not the whole read.
      problems.push({ severity: 'error', file, message: fileMessages.unreadableValue(error instanceof Error ? error.message.split('\n')[0] : String(error)) });
    }
  }

  function readFile(file: string) {
    const rel = relative(contentDir, file);
    const ext = extname(file).toLowerCase();
    const isContentFile = ARTICLE_EXTENSIONS.includes(extname(file));
    if (file.startsWith(articlesDir) && isContentFile) {
      const raw = readText(file, problems);
      if (raw === undefined) return;
      decomposedWarning(file, raw, problems);
      const parsed = parseSource(raw);
      const data = withBody(file, parsed, checkArticle(file, parsed, categories, problems, contentDir));
      if (data) articles.push({ file, bodyLine: parsed.bodyLine, data, body: parsed.body, status: isPublishable(data, now) ? 'published' : data.draft ? 'draft' : 'scheduled' });
    } else if (file.startsWith(pagesDir) && isContentFile && !rel.slice('pages/'.length).includes(sep)) {
      const raw = readText(file, problems);
      if (raw === undefined) return;
      decomposedWarning(file, raw, problems);
      const parsed = parseSource(raw);
      const data = withBody(file, parsed, checkPage(file, parsed, problems));
      if (!data) return;
      if (RESERVED_SLUGS.includes(data.slug)) {
        problems.push({ severity: 'error', file, field: 'slug', message: fieldMessages.reservedSlug(data.slug) });
        return;
      }
      pages.push({ file, data, body: parsed.body });
    } else if (file.startsWith(issuesDir) && extname(file) === '.md' && !rel.slice('issues/'.length).includes(sep)) {
      const raw = readText(file, problems);
      if (raw === undefined) return;
      decomposedWarning(file, raw, problems);
      const parsed = parseSource(raw);
      const data = checkIssue(file, parsed, problems, site.shortName, contentDir);
      if (!data) return;
      const record: IssueRecord = { file, data, body: parsed.body, status: isPublishable(data, now) ? 'published' : data.draft ? 'draft' : 'scheduled' };
      issueLines.set(record, parsed.lines);
      issues.push(record);
    } else if (IMAGE_EXTENSIONS.includes(ext)) {
      assets.push(file);
    } else if (file.startsWith(issuesDir) && isContentFile) {
      strays.push(file);
      problems.push({ severity: 'warning', file, message: issueMessages.notInFolder() });
    } else if (ROOT_FILES.includes(rel) || /(^|[\\/])\.(gitkeep|keep)$/.test(rel)) {
      // The contract's own files.
    } else {
      strays.push(file);
      problems.push({ severity: 'warning', file, message: strayMessage(rel, ext) });
    }
  }

  const uniqueArticles = withoutDuplicateSlugs(articles, 'bài', problems);
  const uniquePages = withoutDuplicateSlugs(pages, 'trang', problems);
  tagVariants(uniqueArticles, problems);
  checkReferences(contentDir, uniqueArticles, problems);
  // A file named by an error is never published, whichever check found it; issues only see the articles kept.
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const kept = <T extends { file: string }>(records: T[]) => records.filter((r) => !failed.has(r.file));
  const keptArticles = kept(uniqueArticles);
  const checkedIssues = checkIssues(issues, keptArticles, categories, problems);
  const claimedSlugs = new Map<string, string>();
  for (const article of articles) if (!claimedSlugs.has(article.data.slug)) claimedSlugs.set(article.data.slug, article.file);
  for (const file of files) {
    if (!file.startsWith(articlesDir) || !ARTICLE_EXTENSIONS.includes(extname(file))) continue;
    const slug = toSlug(basename(file, extname(file)));
    if (slug && !claimedSlugs.has(slug)) claimedSlugs.set(slug, file);
  }
  return { contentDir, categories, articles: keptArticles, pages: kept(uniquePages), issues: kept(checkedIssues), problems, assets, strays, claimedSlugs };
}

/**
 * What an issue can only know from the other files: its articles exist and are out by its date,
 * its sections exist, and no other file has its number in the same year. An issue with an error
 * is left out; a draft issue gets the same findings as warnings, so work in progress builds.
 */
function checkIssues(issues: IssueRecord[], articles: ArticleRecord[], sections: Section[], problems: Problem[]): IssueRecord[] {
  const bySlug = new Map(articles.map((a) => [a.data.slug, a]));
  const slugs = [...bySlug.keys()];
  const byNumber = new Map<string, IssueRecord>();
  const kept: IssueRecord[] = [];
  for (const issue of issues) {
    let failed = false;
    const note = (field: string, message: string) => {
      problems.push({ severity: issue.data.draft ? 'warning' : 'error', file: issue.file, line: lineOf(issue, field), field, message });
      if (!issue.data.draft) failed = true;
    };
    const key = `${issue.data.year}/${issue.data.number}`;
    const first = byNumber.get(key);
    if (first) {
      problems.push({ severity: 'error', file: issue.file, line: lineOf(issue, 'number'), field: 'number', message: issueMessages.duplicateNumber(issue.data.number, issue.data.year, displayPath(first.file)) });
      continue;
    }
    byNumber.set(key, issue);
    const seen = new Set<string>();
    for (const group of issue.data.groups) {
      if (group.section && !sections.some((s) => s.slug === group.section)) {
        const guess = closestMatch(group.section, sections.map((s) => s.slug));
        note('articles', issueMessages.unknownSection(group.section, guess, sections.map((s) => `${s.slug} (${s.name})`).join(', ')));
      }
      for (const slug of group.articles) {
        const article = bySlug.get(slug) ?? bySlug.get(toSlug(slug));
        if (seen.has(slug)) note('articles', issueMessages.repeatedArticle(slug));
        seen.add(slug);
        if (!article) note('articles', issueMessages.unknownArticle(slug, closestMatch(slug, slugs)));
        else if (article.data.draft) note('articles', issueMessages.draftArticle(slug));
        else if (article.data.date > issue.data.date) note('articles', issueMessages.laterArticle(slug, formatDate(article.data.date), formatDate(issue.data.date)));
      }
      // Slugs as the articles have them ("Tap-Huan" written, "tap-huan" meant).
      group.articles = group.articles.map((slug) => bySlug.get(slug)?.data.slug ?? bySlug.get(toSlug(slug))?.data.slug ?? slug);
    }
    if (!failed) kept.push(issue);
  }
  return kept;
}

const issueLines = new WeakMap<IssueRecord, Map<string, number>>();
const lineOf = (issue: IssueRecord, field: string) => issueLines.get(issue)?.get(field);

/** `N bài viết: P đã đăng, D bản nháp, S hẹn giờ (bài sớm nhất: dd/MM/yyyy)` plus what else was found. */
export function accountingLine(report: ContentReport): string {
  const count = (status: ArticleStatus) => report.articles.filter((a) => a.status === status).length;
  const scheduled = report.articles.filter((a) => a.status === 'scheduled').sort((a, b) => +a.data.date - +b.data.date);
  const failed = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const accepted = new Set(report.articles.map((a) => a.file));
  const isArticleFile = (f: string) => f.startsWith(join(report.contentDir, 'articles') + sep) && ARTICLE_EXTENSIONS.includes(extname(f));
  const rejected = [...failed].filter((f) => isArticleFile(f) && !accepted.has(f)).length;
  return reportMessages.accounting({
    articles: report.articles.length + rejected,
    published: count('published'),
    drafts: count('draft'),
    scheduled: scheduled.length,
    nextScheduled: scheduled[0] && formatDate(scheduled[0].data.date),
    rejected,
    pages: report.pages.length,
    sections: report.categories.length,
    images: report.assets.length,
    strays: report.strays.length,
    issues: report.issues.length,
  });
}

export const hasErrors = (report: ContentReport) => countErrors(report.problems) > 0;
