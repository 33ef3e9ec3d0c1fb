import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountingLine, loadContent } from '../../src/lib/content/load.ts';
import { issueFrontmatter, ISSUE_FIELDS } from '../../src/lib/content/schema.ts';
import { compareIssues, issueContents, issuesByYear, issuesCarrying, shortAddress } from '../../src/lib/issues/contents.ts';
import { absoluteLinks, cssString, demoteHeadings, eagerImages, pagesOfTitles, printKey, stabilisePdf } from '../../src/lib/issues/print.ts';
import { issueEmailHtml, type EmailIssue } from '../../src/lib/issues/email.ts';
import { issueTemplate, nextIssueNumber, periodArticles, periodOf } from '../../src/lib/issues/scaffold.ts';
import { issuePdfEnabled } from '../../src/lib/issues/settings.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { inSitemap } from '../../src/lib/site/sitemap.ts';
import { RESERVED_SLUGS } from '../../src/lib/site/config.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { t } from '../../src/i18n/vi.ts';

const NOW = new Date('2025-01-01T00:00:00+07:00');
const CATEGORIES = '- slug: tam-diem\n  name: Tâm điểm\n- slug: hoat-dong-hoi\n  name: Hoạt động Hội\n';
const article = (fields: string, body = 'Nội dung.\n') => `---\n${fields}\n---\n${body}`;
const ARTICLE = (date = '2024-03-09', extra = '') => article(`title: Tập huấn\ndate: ${date}\ncategory: hoat-dong-hoi\nsummary: Tóm tắt.${extra}`);
const ISSUE = 'number: 3\nyear: 2024\nperiod: { month: 3 }\ndate: 2024-03-31\narticles: [tap-huan]';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function load(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-issues-'));
  folders.push(dir);
  writeFileSync(join(dir, 'categories.yaml'), CATEGORIES);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return loadContent(dir, NOW);
}
const messages = (report: ReturnType<typeof load>) => report.problems.map((p) => `${p.severity} ${p.field ?? ''}: ${p.message}`);

describe('issue contract (content/issues/*.md through loadContent)', () => {
  it('reads a valid issue: default title, groups, video ids, colophon, foreword', () => {
    const report = load({
      'articles/tap-huan.md': ARTICLE(),
      'issues/2024-03.md': article(
        `${ISSUE}\nvideos: [https://youtu.be/aBcDeFgHiJk]\ncolophon:\n  licence: 15/GP\n  responsible: Nguyễn Thị A\n  editors: [Lê Thị B]\n  printer: In X\n  print_run: 500`,
        'Lời ngỏ.\n',
      ),
    });
    expect(messages(report)).toEqual([]);
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect(issue.status).toBe('published');
    expect(issue.body).toBe('Lời ngỏ.\n');
    expect(issue.data).toMatchObject({
      slug: '2024-03',
      number: 3,
      year: 2024,
      period: { month: 3 },
      title: 'Bản tin Hội LHPN số 3/2024',
      groups: [{ articles: ['tap-huan'] }],
      videos: ['aBcDeFgHiJk'],
      colophon: { licence: '15/GP', responsible: 'Nguyễn Thị A', editors: ['Lê Thị B'], printer: 'In X', printRun: '500' },
    });
    expect(accountingLine(report)).toMatch(/; 1 số bản tin$/);
  });

  it('accepts groups under sections and slugs written loosely', () => {
    const report = load({
      'articles/tap-huan.md': ARTICLE(),
      'issues/2024-03.md': article(ISSUE.replace('articles: [tap-huan]', 'articles:\n  - section: tam-diem\n    articles: [Tap-Huan]')),
    });
    expect(messages(report)).toEqual([]);
    expect(report.issues[0].data.groups).toEqual([{ section: 'tam-diem', articles: ['tap-huan'] }]);
  });

  it('refuses an unknown article with the closest slug, a draft, a later article, an unknown section', () => {
    const wrong = (files: Record<string, string>) => {
      const report = load(files);
      expect(report.issues).toEqual([]);
      return messages(report).join('\n');
    };
    expect(wrong({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-03.md': article(ISSUE.replace('[tap-huan]', '[tap-huann]')) })).toContain(
      'có phải ý bạn là "tap-huan"?',
    );
    expect(wrong({ 'articles/tap-huan.md': ARTICLE('2024-03-09', '\ndraft: true'), 'issues/2024-03.md': article(ISSUE) })).toContain('bản nháp');
    expect(wrong({ 'articles/tap-huan.md': ARTICLE('2024-04-02'), 'issues/2024-03.md': article(ISSUE) })).toContain(
      '02/04/2024, sau ngày phát hành số này (31/03/2024)',
    );
    expect(
      wrong({
        'articles/tap-huan.md': ARTICLE(),
        'issues/2024-03.md': article(ISSUE.replace('articles: [tap-huan]', 'articles:\n  - section: tam-diemm\n    articles: [tap-huan]')),
      }),
    ).toContain('có phải ý bạn là "tam-diem"?');
  });

  it('keeps the first of two files with one number in a year, and asks for the whole colophon with a licence', () => {
    const twice = load({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-03.md': article(ISSUE), 'issues/2024-03b.md': article(ISSUE) });
    expect(twice.issues.map((i) => i.file.replace(/^.*\//, ''))).toEqual(['2024-03.md']);
    expect(messages(twice).join('\n')).toMatch(/number: số 3\/2024 đã có ở tệp .*2024-03\.md/);
    const licence = load({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-03.md': article(`${ISSUE}\ncolophon:\n  licence: 15/GP\n  printer: In X`) });
    expect(messages(licence)).toEqual([expect.stringContaining('thiếu responsible, editors, print_run')]);
  });

  it('warns instead of failing for a draft issue, which never publishes', () => {
    const report = load({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-03.md': article(`${ISSUE.replace('[tap-huan]', '[khong-co]')}\ndraft: true`, '') });
    expect(report.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(report.issues[0].status).toBe('draft');
  });

  it('schedules an issue dated after now', () => {
    const report = load({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-03.md': article(ISSUE.replace('date: 2024-03-31', 'date: 2099-03-31')) });
    expect(report.issues[0].status).toBe('scheduled');
  });

  it('names wrong shapes of number, period and articles, and unknown fields with a guess', () => {
    const problems = (fm: Record<string, unknown>) => {
      const result = issueFrontmatter.safeParse({ number: 1, year: 2024, period: { month: 1 }, date: '2024-01-31', articles: ['a'], ...fm });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.') || (i as { keys?: string[] }).keys?.join(','));
    };
    expect(problems({})).toEqual([]);
    expect(problems({ number: 0 })).toEqual(['number']);
    expect(problems({ number: '2' })).toEqual([]);
    expect(problems({ period: { quarter: 5 } })).toEqual(['period']);
    expect(problems({ period: { month: 1, quarter: 1 } })).toEqual(['period']);
    expect(problems({ articles: [] })).toEqual(['articles']);
    expect(problems({ articles: [{ section: 'x' }] })).toEqual(['articles']);
    expect(problems({ videos: ['https://vimeo.com/1'] })).toEqual(['videos']);
    expect(problems({ sumary: 'x' })).toEqual(['sumary']);
    expect(ISSUE_FIELDS).toEqual(['number', 'year', 'period', 'date', 'title', 'cover', 'cover_alt', 'articles', 'videos', 'colophon', 'draft']);
  });

  it('reads the line of each field for messages', () => {
    const parsed = parseSource(article(ISSUE));
    expect(parsed.lines.get('articles')).toBe(6);
  });
});

const art = (id: string, category: string) => ({ id, data: { title: id.toUpperCase(), category } });
const SECTIONS = [
  { slug: 'a', name: 'Mục A' },
  { slug: 'b', name: 'Mục B' },
];
const issue = (year: number, number: number, slugs: string[] = []) => ({
  id: `${year}-${number}`,
  data: { year, number, date: new Date(`${year}-01-01`), groups: [{ articles: slugs }] },
});

describe('issue contents and archive', () => {
  it('groups a plain list under each article’s section, keeps the editor’s groups and order', () => {
    const articles = new Map([art('x', 'a'), art('y', 'a'), art('z', 'b'), art('w', 'a')].map((a) => [a.id, a]));
    expect(issueContents([{ articles: ['x', 'y', 'z', 'w', 'gone'] }], articles, SECTIONS).map((g) => [g.section?.slug, g.articles.map((a) => a.id)])).toEqual([
      ['a', ['x', 'y']],
      ['b', ['z']],
      ['a', ['w']],
    ]);
    expect(
      issueContents([{ section: 'b', articles: ['x', 'z'] }, { articles: ['y'] }], articles, SECTIONS).map((g) => [
        g.section?.slug,
        g.articles.map((a) => a.id),
      ]),
    ).toEqual([
      ['b', ['x', 'z']],
      ['a', ['y']],
    ]);
  });

  it('lists issues by year, newest first, and finds the issues that carried an article, oldest first', () => {
    const all = [issue(2024, 1, ['x']), issue(2025, 2, ['x']), issue(2025, 10), issue(2024, 2, ['y'])];
    expect(issuesByYear(all).map(({ year, issues }) => [year, issues.map((i) => i.data.number)])).toEqual([
      [2025, [10, 2]],
      [2024, [2, 1]],
    ]);
    expect(issuesCarrying(all, 'x').map((i) => i.id)).toEqual(['2024-1', '2025-2']);
    expect([...all].sort(compareIssues)[0].id).toBe('2025-10');
  });

  it('prints short addresses under QR codes', () => {
    expect(shortAddress('https://www.hoi.example.vn/bantin/bai-viet/x/')).toBe('hoi.example.vn/bantin/bai-viet/x');
  });

  it('has its URLs, reserved name and a print page kept out of the sitemap', () => {
    expect(paths.issues()).toBe('/ban-tin/');
    expect(paths.issue(2026, 3)).toBe('/ban-tin/2026/so-3/');
    expect(paths.issuePrint(2026, 3)).toBe('/ban-tin/2026/so-3/in/');
    expect(paths.issuePdf(2026, 3)).toBe('/ban-tin/2026/so-3/ban-tin-so-3-2026.pdf');
    expect(paths.issueEmail(2026, 3)).toBe('/ban-tin/2026/so-3/email.html');
    expect(paths.issueFeed()).toBe('/ban-tin/rss.xml');
    expect(RESERVED_SLUGS).toContain('ban-tin');
    expect(inSitemap(paths.issuePrint(2026, 3))).toBe(false);
    expect(inSitemap(paths.issue(2026, 3))).toBe(true);
  });

  it('words periods and titles in Vietnamese', () => {
    expect(t.issuePeriod({ quarter: 2 }, 2024)).toBe('Quý II/2024');
    expect(t.issuePeriod({ month: 3 }, 2026)).toBe('Tháng 3/2026');
    expect(t.issueDefaultTitle('Hội Nông dân', 1, 2026)).toBe('Bản tin Hội Nông dân số 1/2026');
    expect(t.issueDefaultTitle('Bản tin Hội LHPN', 1, 2026)).toBe('Bản tin Hội LHPN số 1/2026');
  });
});

describe('print layout helpers', () => {
  it('moves headings down, never below h6, and loads pictures at once', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h5>B</h5><header>x</header>', 2)).toBe('<h4 id="a">A</h4><h6>B</h6><header>x</header>');
    expect(eagerImages('<img src="a.jpg" loading="lazy">')).toBe('<img src="a.jpg" loading="eager">');
  });

  it('finds each title’s page among the bookmarks in order, twins included', () => {
    const bookmarks = [
      { title: 'Mục lục', page: 2 },
      { title: 'Tin  A', page: 3 },
      { title: 'B', page: 4 },
      { title: 'Tin A', page: 6 },
    ];
    expect(pagesOfTitles(bookmarks, ['Tin A', 'B', 'Tin A', 'C'])).toEqual([3, 4, 6, undefined]);
    expect(pagesOfTitles(bookmarks, ['Tin A'.normalize('NFD')])).toEqual([3]);
  });

  it('makes a PDF reproducible without moving a byte', () => {
    const pdf = (stamp: string, id: string) =>
      Buffer.from(`%PDF-1.4\n1 0 obj <</CreationDate (D:${stamp}+00'00') /ModDate (D:${stamp}+00'00')>> endobj\ntrailer <</ID [<${id}> <${id}>]>>\n`, 'latin1');
    const a = stabilisePdf(pdf('20261204060715', 'AB12'.repeat(8)), new Date('2024-06-15T00:00:00+07:00'));
    const b = stabilisePdf(pdf('20270101000000', 'CD34'.repeat(8)), new Date('2024-06-15T00:00:00+07:00'));
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(pdf('20261204060715', 'AB12'.repeat(8)).length);
    expect(a.toString('latin1')).toContain("/CreationDate (D:20240614170000+00'00')");
    expect(a.toString('latin1')).not.toContain('AB12AB12');
  });

  it('keys the cache by everything that makes a PDF', () => {
    const base = { html: '<p>a</p>', font: Buffer.from('f'), settings: { paper: 'A4' }, pictures: [Buffer.from('p')] };
    const key = printKey(base);
    expect(printKey({ ...base })).toBe(key);
    expect(printKey({ ...base, html: '<p>b</p>' })).not.toBe(key);
    expect(printKey({ ...base, font: Buffer.from('g') })).not.toBe(key);
    expect(printKey({ ...base, settings: { paper: 'A5' } })).not.toBe(key);
    expect(printKey({ ...base, pictures: [Buffer.from('q')] })).not.toBe(key);
  });

  it('escapes text for CSS strings and makes links, not pictures, absolute', () => {
    expect(cssString('a "b" </style><script>\\')).toBe('"a \\22 b\\22  \\3c /style\\3e \\3c script\\3e \\5c "');
    const site = new URL('https://hoi.example.vn');
    expect(absoluteLinks('<a href="/bantin/x/?a=1&amp;b=2">x</a><img src="/bantin/_astro/a.jpg"><a href="//evil/x">y</a>', site)).toBe(
      '<a href="https://hoi.example.vn/bantin/x/?a=1&amp;b=2">x</a><img src="/bantin/_astro/a.jpg"><a href="//evil/x">y</a>',
    );
  });

  it('prints unless switched off in the site settings or for one build', () => {
    expect(issuePdfEnabled({}, { issuePdf: true })).toBe(true);
    expect(issuePdfEnabled({ BANTIN_ISSUE_PDF: '0' }, { issuePdf: true })).toBe(false);
    expect(issuePdfEnabled({}, { issuePdf: false })).toBe(false);
  });
});

describe('email edition', () => {
  const input: EmailIssue = {
    lang: 'vi',
    title: '<script>alert(1)</script> Số 1',
    siteName: 'Bản tin',
    association: 'Hội',
    subtitle: 'Quý I/2024',
    webUrl: 'https://hoi.example.vn/ban-tin/2024/so-1/',
    pdfUrl: 'https://hoi.example.vn/ban-tin/2024/so-1/x.pdf',
    cover: { src: 'https://hoi.example.vn/_astro/a.jpg', width: 600, height: 300, alt: 'Ảnh "bìa"' },
    forewordHtml: '<p>Lời ngỏ.</p>',
    groups: [{ section: 'Mục A', articles: [{ title: 'Tin & tức', url: 'https://hoi.example.vn/bai-viet/a/', summary: '<b>x</b>', date: '01/01/2024' }] }],
    videos: [{ label: 'Video 1', url: 'https://www.youtube.com/watch?v=aBcDeFgHiJk' }],
    words: { readOnline: 'Xem trên web', pdf: 'PDF', foreword: 'Lời ngỏ', contents: 'Trong số này', readArticle: 'Đọc bài', videos: 'Video' },
  };
  it('escapes every value, inlines the CSS and keeps no style block or script', () => {
    const html = issueEmailHtml(input);
    expect(html).not.toMatch(/<script|<style/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Số 1');
    expect(html).toContain('Tin &amp; tức');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toMatch(/<img[^>]+width="600"[^>]+alt="Ảnh &quot;bìa&quot;"/);
    expect(html).toMatch(/<div class="wrap" style="[^"]*max-width: 600px/);
    expect(issueEmailHtml({ ...input, pdfUrl: undefined })).not.toContain('x.pdf');
  });
});

describe('npm run new:issue scaffold', () => {
  it('finds the next number, the period and its articles by section', () => {
    expect(
      nextIssueNumber(
        [
          { year: 2024, number: 2 },
          { year: 2024, number: 5 },
          { year: 2025, number: 9 },
        ],
        2024,
      ),
    ).toBe(6);
    expect(nextIssueNumber([], 2026)).toBe(1);
    // 17:30 UTC on 31/03 is 00:30 on 01/04 in Viet Nam: the period follows Viet Nam's calendar.
    expect(periodOf(new Date('2024-03-31T17:30:00Z'), 'month')).toEqual({ year: 2024, period: { month: 4 } });
    expect(periodOf(new Date('2024-05-10T00:00:00+07:00'), 'quarter')).toEqual({ year: 2024, period: { quarter: 2 } });
    const at = (d: string) => new Date(`${d}T00:00:00+07:00`);
    const groups = periodArticles(
      [
        { slug: 'b2', title: 'B2', category: 'b', date: at('2024-06-02'), draft: false },
        { slug: 'a1', title: 'A1', category: 'a', date: at('2024-04-01'), draft: false },
        { slug: 'nhap', title: 'N', category: 'a', date: at('2024-04-05'), draft: true },
        { slug: 'truoc', title: 'T', category: 'a', date: at('2024-03-31'), draft: false },
        { slug: 'b1', title: 'B1', category: 'b', date: at('2024-05-01'), draft: false },
      ],
      { quarter: 2 },
      2024,
      SECTIONS,
    );
    expect(groups.map((g) => [g.section, g.articles.map((a) => a.slug)])).toEqual([
      ['a', ['a1']],
      ['b', ['b1', 'b2']],
    ]);
  });

  it('writes a draft the content check accepts', () => {
    const text = issueTemplate({
      number: 4,
      year: 2024,
      period: { month: 3 },
      date: '2024-03-31',
      groups: [{ section: 'hoat-dong-hoi', articles: [{ slug: 'tap-huan', title: 'Tập huấn: "x"' }] }],
      words: { articlesHint: 'Gợi ý', noArticles: 'chưa có', foreword: 'Lời ngỏ.' },
    });
    expect(text).toContain('draft: true');
    const report = load({ 'articles/tap-huan.md': ARTICLE(), 'issues/2024-04.md': text });
    expect(messages(report)).toEqual([]);
    expect(report.issues[0].data).toMatchObject({ number: 4, draft: true, groups: [{ section: 'hoat-dong-hoi', articles: ['tap-huan'] }] });
  });
});
