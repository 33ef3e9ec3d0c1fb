import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountingLine, loadContent, type ContentReport } from '../../src/lib/content/load.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { normalizeSource } from '../../src/lib/text/vietnamese.ts';
import { NOW, anySource, contentFolder, wellFormedSource, writeFolder, type GeneratedFolder } from './content-folders.ts';

/**
 * Whatever editors put in the content folder, the loader must not crash, must account for every
 * file once, must explain each refusal in Vietnamese, and must hand the build clean text.
 * FC_SEED replays another sequence; a failure prints the seed and the shrunk folder.
 */

const SEED = Number(process.env.FC_SEED ?? 20261204);
/** Folder runs per property; each writes a folder to disk and reads it back. */
const FOLDER_RUNS = Number(process.env.FC_FOLDER_RUNS ?? 250);
const SOURCE_RUNS = Number(process.env.FC_SOURCE_RUNS ?? 1000);
const TIMEOUT = 120_000;

fc.configureGlobal({ seed: SEED, numRuns: FOLDER_RUNS });

/** One generated folder read by the loader; the folder is removed once read. */
interface Loaded {
  dir: string;
  folder: GeneratedFolder;
  report: ContentReport;
}
const written: string[] = [];
afterAll(() => {
  for (const dir of written) rmSync(dir, { recursive: true, force: true });
});

function load(folder: GeneratedFolder): Loaded {
  const dir = writeFolder(folder);
  written.push(dir);
  try {
    return { dir, folder, report: loadContent(dir, NOW) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    written.pop();
  }
}

/**
 * The report of a folder the loader can read; a folder that makes it throw is left to 'never
 * throws', so that one crash does not hide what the other properties would find.
 */
function readFolder(folder: GeneratedFolder): Loaded {
  let result: Loaded | undefined;
  try {
    result = load(folder);
  } catch {
    fc.pre(false);
  }
  return result!;
}

/** Files that belong to the folder's contract rather than its content: never listed, maybe named by an error. */
const isContractFile = (rel: string) => rel === 'categories.yaml' || rel === 'README.md' || /(^|\/)\.(gitkeep|keep)$/.test(rel);
const isArticlePath = (rel: string) => rel.startsWith('articles/') && ['.md', '.mdx'].includes(extname(rel));

/** Where the loader put each written file: the headings it appears under. */
function placements({ dir, folder, report }: Loaded): Map<string, string[]> {
  const rel = (file: string) => relative(dir, file).split(sep).join('/');
  const where = new Map<string, string[]>(folder.files.map((f) => [f.path, []]));
  const add = (file: string, heading: string) => {
    const key = rel(file);
    if (!where.has(key)) where.set(key, []);
    where.get(key)!.push(heading);
  };
  for (const a of report.articles) add(a.file, `article:${a.status}`);
  for (const p of report.pages) add(p.file, 'page');
  for (const i of report.issues) add(i.file, `issue:${i.status}`);
  for (const f of report.assets) add(f, 'asset');
  for (const f of report.strays) add(f, 'stray');
  for (const f of new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file))) add(f, 'error');
  return where;
}

/** A readable account of a failing run, for the assertion message. */
const explain = (loaded: Loaded) =>
  JSON.stringify(
    {
      where: Object.fromEntries(placements(loaded)),
      problems: loaded.report.problems.map((p) => ({ ...p, file: relative(loaded.dir, p.file), message: p.message.slice(0, 300) })),
    },
    null,
    1,
  );

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
const VIETNAMESE_WORDS = /(không|phải|trường|tệp|bài|trang|ảnh|thiếu|dòng)/iu;

describe('loadContent on generated content folders', () => {
  it('never throws', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(contentFolder, (folder) => {
        load(folder);
      }),
    );
  });

  it('accounts for every file exactly once: article, page, issue, asset, stray, or named by an error', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(contentFolder, (folder) => {
        const loaded = readFolder(folder);
        for (const [file, headings] of placements(loaded)) {
          if (isContractFile(file)) {
            // The contract's own files are read (categories.yaml) or ignored, never published or listed.
            expect(
              headings.filter((h) => h !== 'error'),
              `${file}\n${explain(loaded)}`,
            ).toEqual([]);
            continue;
          }
          expect(headings, `${file} is placed ${headings.length} times\n${explain(loaded)}`).toHaveLength(1);
        }
      }),
    );
  });

  it('never publishes a file that an error names', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(contentFolder, (folder) => {
        const loaded = readFolder(folder);
        const errored = new Set(loaded.report.problems.filter((p) => p.severity === 'error').map((p) => p.file));
        const accepted = [...loaded.report.articles, ...loaded.report.pages, ...loaded.report.issues].map((r) => r.file);
        for (const file of accepted) expect(errored.has(file), `${relative(loaded.dir, file)}\n${explain(loaded)}`).toBe(false);
      }),
    );
  });

  it('keeps one of several valid articles sharing a slug and names the others by an error', { timeout: TIMEOUT }, () => {
    const withTwins = contentFolder.filter((folder) => folder.files.filter((f) => f.twin).length >= 2);
    fc.assert(
      fc.property(withTwins, (folder) => {
        const loaded = readFolder(folder);
        const twins = folder.files.filter((f) => f.twin).map((f) => join(loaded.dir, f.path));
        const kept = twins.filter((file) => loaded.report.articles.some((a) => a.file === file));
        expect(kept.length, explain(loaded)).toBeLessThanOrEqual(1);
        // Each twin is valid on its own, so with a sound categories.yaml exactly one is kept and
        // the others are refused for their slug; otherwise all may be refused for their section.
        if (folder.categoriesValid) expect(kept.length, explain(loaded)).toBe(1);
        for (const file of twins.filter((f) => f !== kept[0])) {
          const named = loaded.report.problems.some((p) => p.severity === 'error' && p.file === file && (p.field === 'slug' || !folder.categoriesValid));
          expect(named, `${relative(loaded.dir, file)}\n${explain(loaded)}`).toBe(true);
        }
        // Slugs stay unique among everything accepted.
        const slugs = loaded.report.articles.map((a) => a.data.slug);
        expect(new Set(slugs).size, explain(loaded)).toBe(slugs.length);
      }),
    );
  });

  it('explains every problem in Vietnamese, without internals', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(contentFolder, (folder) => {
        const loaded = readFolder(folder);
        for (const problem of loaded.report.problems) {
          const { message } = problem;
          const context = `${relative(loaded.dir, problem.file)}: ${message.slice(0, 500)}`;
          expect(message.trim().length, context).toBeGreaterThan(0);
          expect(VIETNAMESE_LETTER.test(message) || VIETNAMESE_WORDS.test(message), context).toBe(true);
          expect(message, context).not.toMatch(/\n\s+at /);
          // Messages quote editors' values, but no generator writes these words: they can only be leaks.
          expect(message, context).not.toMatch(/node_modules|undefined|\[object Object\]/);
          // Every problem names a place inside the content folder.
          expect(relative(loaded.dir, problem.file).startsWith('..'), context).toBe(false);
        }
      }),
    );
  });

  it('prints an accounting line whose article counts add up', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(contentFolder, (folder) => {
        const loaded = readFolder(folder);
        const { report } = loaded;
        const line = accountingLine(report);
        const match = /^(\d+) bài viết: (\d+) đã đăng, (\d+) bản nháp, (\d+) hẹn giờ(?: \(bài sớm nhất: [^)]*\))?(?:, (\d+) lỗi)?;/.exec(line);
        expect(match, line).not.toBeNull();
        const [articles, published, drafts, scheduled, rejected = 0] = match!.slice(1).map((n) => Number(n ?? 0));
        expect(articles, line).toBe(published + drafts + scheduled + rejected);
        const status = (s: string) => report.articles.filter((a) => a.status === s).length;
        expect([published, drafts, scheduled], line).toEqual([status('published'), status('draft'), status('scheduled')]);
        // Every article file written is counted: accepted or refused, none forgotten.
        const articleFiles = folder.files.filter((f) => isArticlePath(f.path)).length;
        expect(articles, `${line}\n${explain(loaded)}`).toBe(articleFiles);
      }),
    );
  });

  it('hands on text in NFC without carriage returns', { timeout: TIMEOUT }, () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : value && typeof value === 'object' && !(value instanceof Date)
            ? Object.values(value).flatMap(strings)
            : [];
    fc.assert(
      fc.property(contentFolder, (folder) => {
        const loaded = readFolder(folder);
        const records = [...loaded.report.articles, ...loaded.report.pages, ...loaded.report.issues];
        for (const record of records) {
          for (const text of [record.body, ...strings(record.data)]) {
            const where = `${relative(loaded.dir, record.file)}: ${JSON.stringify(text.slice(0, 200))}`;
            expect(text.normalize('NFC') === text, where).toBe(true);
            expect(text.includes('\r'), where).toBe(false);
          }
        }
        for (const section of loaded.report.categories) {
          for (const text of strings(section)) expect(text.normalize('NFC') === text && !text.includes('\r'), JSON.stringify(text)).toBe(true);
        }
      }),
    );
  });
});

describe('parseSource', () => {
  it('never throws on any string', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anySource, (raw) => {
        parseSource(raw);
      }),
      { numRuns: SOURCE_RUNS },
    );
  });

  it('starts the body on line 1 or later, as a tail of the file', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(anySource, (raw) => {
        let parsed: ReturnType<typeof parseSource> | undefined;
        try {
          parsed = parseSource(raw);
        } catch {
          // Left to 'never throws on any string'.
          fc.pre(false);
        }
        expect(parsed!.bodyLine).toBeGreaterThanOrEqual(1);
        expect(Number.isInteger(parsed!.bodyLine)).toBe(true);
        expect(normalizeSource(raw).endsWith(parsed!.body)).toBe(true);
      }),
      { numRuns: SOURCE_RUNS },
    );
  });

  it('maps body lines and field lines back to the lines of the file', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(wellFormedSource, ({ raw, keyLines }) => {
        const parsed = parseSource(raw);
        expect(parsed.yamlError, raw).toBeUndefined();
        expect(parsed.hasFrontmatter).toBe(true);
        const fileLines = normalizeSource(raw).split('\n');
        const bodyLines = parsed.body.split('\n');
        // Body line n is file line bodyLine + n - 1; its first line may be the end of the closing `---` line.
        expect(parsed.bodyLine - 1 + bodyLines.length, raw).toBe(fileLines.length);
        expect(fileLines[parsed.bodyLine - 1].endsWith(bodyLines[0]), raw).toBe(true);
        bodyLines.slice(1).forEach((line, i) => expect(fileLines[parsed.bodyLine + i], raw).toBe(line));
        expect(Object.fromEntries(parsed.lines), raw).toEqual(Object.fromEntries(keyLines));
      }),
      { numRuns: SOURCE_RUNS },
    );
  });
});
