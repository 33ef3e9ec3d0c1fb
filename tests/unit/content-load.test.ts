import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountingLine, contentDirectory, hasErrors, loadContent, readCategories } from '../../src/lib/content/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { ROOT, fixture } from '../helpers/build.ts';
import { EDITOR_MISTAKES, mistakeLine } from '../helpers/editor-mistakes.ts';

/** The moment the fixtures are built at (BANTIN_NOW in tests/helpers/build.ts), Vietnam time. */
const NOW = new Date('2025-01-01T00:00:00+07:00');

const CATEGORIES = `- slug: tam-diem
  name: Tâm điểm
- slug: hoat-dong-hoi
  name: Hoạt động Hội
  description: Tin hoạt động.
`;
const article = (fields: string) => `---\n${fields}\n---\nNội dung bài viết.\n`;
const BASE = 'title: Tập huấn cán bộ Hội\ndate: 2024-04-09\ncategory: hoat-dong-hoi\nsummary: Tóm tắt.';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A content folder written from a map of relative paths to file contents. */
function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-load-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** What loadContent made of each file of the folder: every file should appear once, under one heading. */
function whereEachFileWent(dir: string, report: ReturnType<typeof loadContent>): Record<string, string[]> {
  const rel = (file: string) => relative(dir, file).split('\\').join('/');
  const accepted = new Set([...report.articles.map((a) => a.file), ...report.pages.map((p) => p.file), ...report.issues.map((i) => i.file)]);
  const headings: [string, string][] = [
    ...report.articles.map((a): [string, string] => [a.file, a.status]),
    ...report.pages.map((p): [string, string] => [p.file, 'page']),
    ...report.issues.map((i): [string, string] => [i.file, 'issue']),
    ...report.assets.map((file): [string, string] => [file, 'asset']),
    ...report.strays.map((file): [string, string] => [file, 'stray']),
    ...[...new Set(report.problems.filter((p) => p.severity === 'error' && !accepted.has(p.file)).map((p) => p.file))].map((file): [string, string] => [
      file,
      'error',
    ]),
  ];
  const where: Record<string, string[]> = {};
  for (const file of allFiles(dir)) where[file] = [];
  for (const [file, heading] of headings) (where[rel(file)] ??= []).push(heading);
  // The folder's own files (the section list, its read-me) are the contract, not content.
  for (const own of ['categories.yaml', 'README.md']) if (where[own]?.length === 0) delete where[own];
  return where;
}

const tally = (where: Record<string, string[]>) => {
  const counts: Record<string, number> = {};
  for (const headings of Object.values(where)) for (const heading of headings) counts[heading] = (counts[heading] ?? 0) + 1;
  return counts;
};

describe('loadContent: one line per editor mistake', () => {
  it.each(Object.keys(EDITOR_MISTAKES))('%s', (kind) => {
    const report = loadContent(fixture(join('errors', kind)), NOW);
    expect(hasErrors(report)).toBe(true);
    const errors = sortProblems(report.problems)
      .filter((p) => p.severity === 'error')
      .map((p) => formatProblem(p, ROOT));
    expect(errors).toEqual([mistakeLine(kind)]);
  });
});

describe('loadContent accounts for every file', () => {
  it('as published, draft, scheduled, rejected with an error, page, image or stray', () => {
    const dir = contentFolder({
      'categories.yaml': CATEGORIES,
      'README.md': 'Nội dung của bản tin.\n',
      'articles/2024/da-dang.md': article(BASE),
      'articles/2024/nhap.md': article(`${BASE}\ndraft: true`),
      'articles/2099/sau-nua.md': article(BASE.replace('2024-04-09', '2099-05-01')),
      'articles/2099/sau.md': article(BASE.replace('2024-04-09', '2099-03-01')),
      'articles/2024/loi.md': article(BASE.replace('title: Tập huấn cán bộ Hội\n', '')),
      'articles/2024/anh.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      'articles/ghi-chu.txt': 'ghi chú\n',
      'pages/gioi-thieu.md': article('title: Giới thiệu\nsummary: Trang giới thiệu.'),
    });
    const report = loadContent(dir, NOW);
    expect(whereEachFileWent(dir, report)).toEqual({
      'articles/2024/da-dang.md': ['published'],
      'articles/2024/nhap.md': ['draft'],
      'articles/2099/sau-nua.md': ['scheduled'],
      'articles/2099/sau.md': ['scheduled'],
      'articles/2024/loi.md': ['error'],
      'articles/2024/anh.jpg': ['asset'],
      'articles/ghi-chu.txt': ['stray'],
      'pages/gioi-thieu.md': ['page'],
    });
    expect(hasErrors(report)).toBe(true);
    expect(accountingLine(report)).toBe(
      '5 bài viết: 1 đã đăng, 1 bản nháp, 2 hẹn giờ (bài sớm nhất: 01/03/2099), 1 lỗi; 1 trang, 2 chuyên mục, 1 ảnh, 1 tệp không dùng',
    );
  });

  it('publishes a scheduled article once its time has come', () => {
    const dir = contentFolder({ 'categories.yaml': CATEGORIES, 'articles/sau.md': article(BASE.replace('2024-04-09', '2099-03-01T08:30')) });
    expect(loadContent(dir, new Date('2099-03-01T08:29:00+07:00')).articles.map((a) => a.status)).toEqual(['scheduled']);
    expect(loadContent(dir, new Date('2099-03-01T08:30:00+07:00')).articles.map((a) => a.status)).toEqual(['published']);
  });

  it('in the fixture site', () => {
    const report = loadContent(fixture('site'), NOW);
    const where = whereEachFileWent(fixture('site'), report);
    expect(Object.entries(where).filter(([, headings]) => headings.length !== 1)).toEqual([]);
    expect(tally(where)).toEqual({ published: 28, draft: 1, scheduled: 1, page: 1, asset: 1, stray: 1, issue: 1 });
    expect(where['articles/ghi-chu.txt']).toEqual(['stray']);
    expect(hasErrors(report)).toBe(false);
  });

  it('in the fixture with mistakes', () => {
    const report = loadContent(fixture('invalid'), NOW);
    const where = whereEachFileWent(fixture('invalid'), report);
    expect(Object.entries(where).filter(([, headings]) => headings.length !== 1)).toEqual([]);
    expect(tally(where)).toEqual({ published: 2, error: 3 });
    // Of two articles at one address, the first is kept and the second rejected.
    expect(where['articles/2024/trung-1.md']).toEqual(['published']);
    expect(where['articles/2024/trung-2.md']).toEqual(['error']);
  });

  it('in the real content folder', () => {
    const dir = contentDirectory({}, ROOT);
    const report = loadContent(dir, NOW);
    const where = whereEachFileWent(dir, report);
    expect(Object.keys(where).length).toBeGreaterThan(0);
    expect(Object.entries(where).filter(([, headings]) => headings.length !== 1)).toEqual([]);
    expect(hasErrors(report)).toBe(false);
  });
});

describe('contentDirectory', () => {
  it('is ./content unless CONTENT_DIR names another folder', () => {
    expect(contentDirectory({}, ROOT)).toBe(join(ROOT, 'content'));
    expect(contentDirectory({ CONTENT_DIR: '' }, ROOT)).toBe(join(ROOT, 'content'));
    expect(contentDirectory({ CONTENT_DIR: 'tests/fixtures/site' }, ROOT)).toBe(fixture('site'));
    expect(contentDirectory({ CONTENT_DIR: '/srv/ban-tin' }, ROOT)).toBe('/srv/ban-tin');
  });
});

describe('accountingLine', () => {
  it('counts the fixture site as the build prints it', () => {
    expect(accountingLine(loadContent(fixture('site'), NOW))).toBe(
      '30 bài viết: 28 đã đăng, 1 bản nháp, 1 hẹn giờ (bài sớm nhất: 01/01/2099); 1 trang, 7 chuyên mục, 1 ảnh, 1 tệp không dùng; 1 số bản tin',
    );
  });

  it('counts rejected articles as errors', () => {
    expect(accountingLine(loadContent(fixture('invalid'), NOW))).toBe('5 bài viết: 2 đã đăng, 0 bản nháp, 0 hẹn giờ, 3 lỗi; 0 trang, 7 chuyên mục, 0 ảnh');
  });

  it('leaves out the next date, errors and strays when there are none', () => {
    const dir = contentFolder({ 'categories.yaml': CATEGORIES, 'articles/bai.md': article(BASE) });
    expect(accountingLine(loadContent(dir, NOW))).toBe('1 bài viết: 1 đã đăng, 0 bản nháp, 0 hẹn giờ; 0 trang, 2 chuyên mục, 0 ảnh');
  });
});

describe('readCategories', () => {
  const read = (yaml: string | undefined) => {
    const dir = contentFolder(yaml === undefined ? {} : { 'categories.yaml': yaml });
    const file = join(dir, 'categories.yaml');
    const problems: Parameters<typeof readCategories>[1] = [];
    const categories = readCategories(file, problems);
    return {
      file,
      categories,
      problems: problems.map((p) => ({ severity: p.severity, file: p.file, line: p.line, field: p.field })),
      messages: problems.map((p) => p.message),
    };
  };

  it('reads slug, name and the optional description, in order', () => {
    const { categories, problems } = read(CATEGORIES);
    expect(problems).toEqual([]);
    expect(categories).toEqual([
      { slug: 'tam-diem', name: 'Tâm điểm', description: undefined },
      { slug: 'hoat-dong-hoi', name: 'Hoạt động Hội', description: 'Tin hoạt động.' },
    ]);
  });

  it('reads the fixture site sections, in the order of the navigation', () => {
    const problems: Parameters<typeof readCategories>[1] = [];
    const categories = readCategories(join(fixture('site'), 'categories.yaml'), problems);
    expect(problems).toEqual([]);
    expect(categories.map((c) => `${c.slug} (${c.name})`).join(', ')).toBe(
      'tam-diem (Tâm điểm), cac-de-an (Các đề án), hoat-dong-hoi (Hoạt động Hội), phong-trao-thi-dua (Phong trào thi đua), binh-dang-gioi (Bình đẳng giới), ho-tro-phu-nu (Hỗ trợ phụ nữ), video (Video)',
    );
  });

  it('gives names typed in decomposed form (NFD) back composed (NFC)', () => {
    const { categories } = read(CATEGORIES.normalize('NFD'));
    expect(categories.map((c) => c.name)).toEqual(['Tâm điểm', 'Hoạt động Hội']);
    expect(categories.every((c) => c.name === c.name.normalize('NFC'))).toBe(true);
  });

  it('reports a missing file as an error on that file', () => {
    const { file, categories, problems } = read(undefined);
    expect(categories).toEqual([]);
    expect(problems).toEqual([{ severity: 'error', file, line: undefined, field: undefined }]);
  });

  it('reports broken YAML with its line', () => {
    const { file, categories, problems } = read('- slug: tam-diem\n  name: "Tâm điểm\n');
    expect(categories).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file });
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it('wants a list', () => {
    const { categories, problems } = read('slug: tam-diem\nname: Tâm điểm\n');
    expect(categories).toEqual([]);
    expect(problems).toMatchObject([{ severity: 'error', line: 1 }]);
  });

  it('names an unknown field with the field it resembles, and skips the section it breaks', () => {
    const { categories, problems, messages } = read('- slug: tam-diem\n  nam: Tâm điểm\n- slug: video\n  name: Video\n');
    expect(categories.map((c) => c.slug)).toEqual(['video']);
    // Two errors on the section's line, in no particular order: the stray field, and the missing name.
    expect(problems.map((p) => `${p.severity} ${p.line} ${p.field}`).sort()).toEqual(['error 1 nam', 'error 1 name']);
    expect(messages[problems.findIndex((p) => p.field === 'nam')]).toContain('"name"');
  });

  it('refuses a slug that is not lower case without marks, suggesting one', () => {
    const { categories, problems, messages } = read('- slug: Tâm Điểm\n  name: Tâm điểm\n');
    expect(categories).toEqual([]);
    expect(problems).toMatchObject([{ severity: 'error', line: 1, field: 'slug' }]);
    expect(messages[0]).toContain('tam-diem');
  });

  it('keeps the first of two sections with one slug, and reports the second at its line', () => {
    const { categories, problems } = read('- slug: video\n  name: Video\n- slug: video\n  name: Phóng sự\n');
    expect(categories).toEqual([{ slug: 'video', name: 'Video', description: undefined }]);
    expect(problems).toMatchObject([{ severity: 'error', line: 3, field: 'slug' }]);
  });
});

describe('values no check foresaw', () => {
  it('are reported against their file, never thrown: keys named like built-in methods, self-referring aliases', () => {
    const dir = contentFolder({
      'categories.yaml': CATEGORIES,
      'articles/a.md': article(`${BASE.replace('summary: Tóm tắt.', 'summary: {toString: x}')}\ntags: &t [*t]\nvideo: {valueOf: 1}`),
      'articles/b.md': article(BASE.replace('title: Tập huấn cán bộ Hội', 'title: &x [*x]')),
      'issues/2021-01.md': article('number: 1\nyear: 2021\nperiod: {month: {toString: x}}\ndate: 2021-04-30\narticles: [{toString: x}]'),
    });
    const report = loadContent(dir, NOW);
    const failed = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => relative(dir, p.file)));
    expect([...failed].sort()).toEqual(['articles/a.md', 'articles/b.md', 'issues/2021-01.md']);
    expect(report.articles).toEqual([]);
    expect(report.issues).toEqual([]);
    for (const problem of report.problems) expect(formatProblem(problem)).not.toMatch(/undefined|\[object Object\]|TypeError|at .*\.ts/);
  });

  it('in categories.yaml (an alias bomb) fail that file with a message', () => {
    const levels = 'abcdefgh'.split('');
    const lines = levels.map(
      (name, i) =>
        `- slug: s${i}\n  name: &${name} [${
          i === 0
            ? Array(9).fill('x').join(', ')
            : Array(9)
                .fill(`*${levels[i - 1]}`)
                .join(', ')
        }]`,
    );
    const report = loadContent(contentFolder({ 'categories.yaml': `${lines.join('\n')}\n` }), NOW);
    const problem = report.problems.find((p) => p.file.endsWith('categories.yaml'));
    expect(problem && formatProblem(problem)).toContain('dùng quá nhiều bí danh YAML');
    // An alias or two is ordinary YAML and is resolved.
    const small = loadContent(contentFolder({ 'categories.yaml': '- slug: a\n  name: &n Tâm điểm\n- slug: b\n  name: Tin *n\n  description: *n\n' }), NOW);
    expect(small.categories.map((c) => c.description ?? '')).toEqual(['', 'Tâm điểm']);
  });

  it('a content folder that does not exist is an error naming it, not a crash', () => {
    const missing = join(tmpdir(), 'bantin-khong-co-thu-muc-nay');
    const report = loadContent(missing, NOW);
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'error', file: missing })]);
    expect(formatProblem(report.problems[0])).toContain('không tìm thấy thư mục nội dung');
  });

  it('keeps the slug of an article file the check refuses, so npm run new does not hand it out again', () => {
    const dir = contentFolder({
      'categories.yaml': CATEGORIES,
      'articles/2026/03/tap-huan.md': article(`${BASE}\ndraft: true`).replace('Nội dung bài viết.', '![Ảnh](./chua-tai-len.jpg)'),
      'articles/khong-tieu-de.md': article('date: 2024-04-09'),
      'articles/dat-rieng.md': article(`${BASE}\nslug: dia-chi-rieng`),
    });
    const report = loadContent(dir, NOW);
    expect(report.articles.map((a) => a.data.slug)).toEqual(['dia-chi-rieng']);
    expect([...report.claimedSlugs.keys()].sort()).toEqual(['dat-rieng', 'dia-chi-rieng', 'khong-tieu-de', 'tap-huan']);
  });
});
