import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountingLine, loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';

/**
 * Every message the content check can give an editor, one small content folder per mistake, read
 * through loadContent() as the build and `npm run check` read it. The whole set is one text
 * snapshot, so any change to an editor's message shows up in review as a diff.
 */

const CATEGORIES = `- slug: tam-diem
  name: Tâm điểm
- slug: hoat-dong-hoi
  name: Hoạt động Hội
  description: Tin hoạt động.
`;

const article = (fields: string, body = 'Nội dung bài viết.\n') => `---\n${fields}\n---\n${body}`;
const BASE = 'title: Tập huấn cán bộ Hội\ndate: 2021-04-09\ncategory: hoat-dong-hoi\nsummary: Tóm tắt.';
const ISSUE = 'number: 1\nyear: 2021\nperiod: { month: 4 }\ndate: 2021-04-30\narticles: [bai]';
const JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z',
  'base64',
);

const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
const PNG_CUT = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const aliasBomb = () => {
  let yaml = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++)
    yaml += `b${i}: &b${i} [${Array(10)
      .fill(i === 1 ? '*a' : `*b${i - 1}`)
      .join(', ')}]\n`;
  return yaml;
};

/** A symbolic link to `target` (outside the content folder when absolute). */
type Link = { link: string };
type Files = Record<string, string | Buffer | Link>;
const cases: Record<string, Files> = {
  'valid article': { 'articles/bai.md': article(BASE) },
  'missing title': { 'articles/bai.md': article(BASE.replace('title: Tập huấn cán bộ Hội\n', '')) },
  'title is a list': { 'articles/bai.md': article(BASE.replace('title: Tập huấn cán bộ Hội', 'title: [a, b]')) },
  'title only spaces': { 'articles/bai.md': article(BASE.replace('title: Tập huấn cán bộ Hội', 'title: "   "')) },
  'title is a number': { 'articles/bai.md': article(BASE.replace('title: Tập huấn cán bộ Hội', 'title: 2021')) },
  'title too long': { 'articles/bai.md': article(BASE.replace('Tập huấn cán bộ Hội', 'Tập huấn '.repeat(15).trim())) },
  'missing date': { 'articles/bai.md': article(BASE.replace('date: 2021-04-09\n', '')) },
  'impossible date': { 'articles/bai.md': article(BASE.replace('2021-04-09', '"31/02/2021"')) },
  'day-first date': { 'articles/bai.md': article(BASE.replace('2021-04-09', '09/04/2021')) },
  'date in words': { 'articles/bai.md': article(BASE.replace('2021-04-09', 'ngày 9 tháng 4')) },
  'date is a list': { 'articles/bai.md': article(BASE.replace('2021-04-09', '[2021, 4, 9]')) },
  'updated before date': { 'articles/bai.md': article(`${BASE}\nupdated: 2021-04-01`) },
  'missing category': { 'articles/bai.md': article(BASE.replace('category: hoat-dong-hoi\n', '')) },
  'unknown category, close': { 'articles/bai.md': article(BASE.replace('hoat-dong-hoi', 'hoat-dong-hoii')) },
  'unknown category, far': { 'articles/bai.md': article(BASE.replace('hoat-dong-hoi', 'tin-tuc')) },
  'category by name': { 'articles/bai.md': article(BASE.replace('hoat-dong-hoi', 'Hoạt động Hội')) },
  'tags not a list': { 'articles/bai.md': article(`${BASE}\ntags: tập huấn`) },
  'tag is a map': { 'articles/bai.md': article(`${BASE}\ntags: [{a: 1}]`) },
  'tag without letters': { 'articles/bai.md': article(`${BASE}\ntags: ["!!!", tập huấn]`) },
  'missing summary': { 'articles/bai.md': article(BASE.replace('\nsummary: Tóm tắt.', '')) },
  'cover is a URL': { 'articles/bai.md': article(`${BASE}\ncover: https://example.org/a.jpg\ncover_alt: Ảnh`) },
  'cover absolute': { 'articles/bai.md': article(`${BASE}\ncover: /anh/a.jpg\ncover_alt: Ảnh`) },
  'cover missing': { 'articles/bai.md': article(`${BASE}\ncover: ./khong-co.jpg\ncover_alt: Ảnh`) },
  'cover not a picture type': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.pdf\ncover_alt: Ảnh`), 'articles/bia.pdf': 'x' },
  'cover without alt': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.jpg`), 'articles/bia.jpg': JPEG },
  'video not YouTube': { 'articles/bai.md': article(`${BASE}\nvideo: https://vimeo.com/123`) },
  'featured not true/false': { 'articles/bai.md': article(`${BASE}\nfeatured: có`) },
  'draft not true/false': { 'articles/bai.md': article(`${BASE}\ndraft: "yes"`) },
  'slug rewritten': { 'articles/bai.md': article(`${BASE}\nslug: Tập Huấn`) },
  'slug unusable': { 'articles/bai.md': article(`${BASE}\nslug: "!!!"`) },
  'file name unusable': { 'articles/!!!.md': article(BASE) },
  'unknown field, close': { 'articles/bai.md': article(`${BASE}\nsumary: x`) },
  'unknown field, far': { 'articles/bai.md': article(`${BASE}\nmau_sac: do`) },
  'broken YAML': { 'articles/bai.md': article(`${BASE}\nauthor: Hội: LHPN`) },
  'YAML key twice': { 'articles/bai.md': article(`${BASE}\ntitle: Lần hai`) },
  'YAML tab indent': { 'articles/bai.md': article(`${BASE}\ntags:\n\t- a`) },
  'YAML unclosed quote': { 'articles/bai.md': article(`${BASE}\nauthor: "Hội LHPN`) },
  'front matter a list': { 'articles/bai.md': '---\n- a\n- b\n---\nNội dung.\n' },
  'no front matter': { 'articles/bai.md': 'Nội dung không có phần đầu.\n' },
  'not UTF-8': { 'articles/bai.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xd0, 0xe0, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]) },
  'NFD text': { 'articles/bai.md': article(BASE.normalize('NFD')) },
  'duplicate slug': { 'articles/a/bai.md': article(BASE), 'articles/b/bai.md': article(BASE) },
  'tag spelled two ways': { 'articles/a.md': article(`${BASE}\ntags: [Phụ nữ]`), 'articles/b.md': article(`${BASE}\ntags: [phụ nữ]`) },
  'body image missing': { 'articles/bai.md': article(BASE, 'Đoạn một.\n\n![Ảnh](./khong-co.jpg)\n') },
  'body image absolute': { 'articles/bai.md': article(BASE, '![Ảnh](/anh/a.jpg)\n') },
  'body image as HTML': { 'articles/bai.md': article(BASE, '<img src="./a.jpg" alt="Ảnh">\n'), 'articles/a.jpg': JPEG },
  'body image without alt': { 'articles/bai.md': article(BASE, '![](./a.jpg)\n'), 'articles/a.jpg': JPEG },
  'link to a draft': { 'articles/bai.md': article(BASE, '[xem](/bai-viet/nhap/)\n'), 'articles/nhap.md': article(`${BASE}\ndraft: true`) },
  'link to a scheduled article': {
    'articles/bai.md': article(BASE, '[xem](/bai-viet/sau/)\n'),
    'articles/sau.md': article(BASE.replace('2021-04-09', '2099-01-01')),
  },
  'link to no article': { 'articles/bai.md': article(BASE, '[xem](../khong-co.md)\n') },
  'front matter as JavaScript': { 'articles/bai.md': '---js\n{ title: "x" }\n---\nNội dung.\n' },
  'front matter as JavaScript behind two BOMs': { 'articles/bai.md': '\uFEFF\uFEFF---js\n{ title: "x" }\n---\nNội dung.\n' },
  'front matter with an unknown language': { 'articles/bai.md': '---toml\ntitle = "x"\n---\nNội dung.\n' },
  'front matter with a second YAML document': { 'articles/bai.md': article(`${BASE}\n...\ntitle: x`) },
  'front matter not closed': { 'articles/bai.md': `---\n${BASE}\nNội dung.\n` },
  'YAML alias bomb': { 'articles/bai.md': article(`${BASE}\n${aliasBomb()}`) },
  'YAML nested too deep': { 'articles/bai.md': article(`${BASE}\ntags: ${'['.repeat(3000)}${']'.repeat(3000)}`) },
  'no body': { 'articles/bai.md': article(BASE, '\n  \n') },
  'no body, draft': { 'articles/bai.md': article(`${BASE}\ndraft: true`, '') },
  'article is a link': { 'articles/bai.md': { link: '/etc/hostname' } },
  'folder is a link': { 'articles/bai.md': article(BASE), 'articles/cu': { link: '/etc' } },
  'cover outside the folder': { 'articles/bai.md': article(`${BASE}\ncover: ../../anh.jpg\ncover_alt: Ảnh`) },
  'cover is a link': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.jpg\ncover_alt: Ảnh`), 'articles/bia.jpg': { link: '/etc/hostname' } },
  'cover zero bytes': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.jpg\ncover_alt: Ảnh`), 'articles/bia.jpg': '' },
  'cover is text': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.jpg\ncover_alt: Ảnh`), 'articles/bia.jpg': 'Ảnh bìa ở đây\n' },
  'cover is HEIC': { 'articles/bai.md': article(`${BASE}\ncover: ./bia.jpg\ncover_alt: Ảnh`), 'articles/bia.jpg': HEIC },
  'body image cut short': { 'articles/bai.md': article(BASE, '![Ảnh](./a.png)\n'), 'articles/a.png': PNG_CUT },
  'body image is BMP': { 'articles/bai.md': article(BASE, '![Ảnh](./a.jpg)\n'), 'articles/a.jpg': Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]) },
  'body image outside the folder': { 'articles/bai.md': article(BASE, '![Ảnh](../../../etc/x.png)\n') },
  'MDX with an unclosed tag': { 'articles/bai.mdx': article(BASE, 'Đoạn một.\n\nHọc viên <b>chăm chú\n') },
  'MDX with a stray brace': { 'articles/bai.mdx': article(BASE, 'Giá {100 đồng\n') },
  'stray files': {
    'articles/bai.md': article(BASE),
    'articles/HOA.MD': 'x',
    'articles/ghi-chu.txt': 'x',
    'tai-lieu.pdf': 'x',
    'gioi-thieu.md': article('title: a'),
  },
  'page: missing title': { 'pages/gioi-thieu.md': article('summary: Trang.') },
  'page: unknown field': { 'pages/gioi-thieu.md': article('title: Giới thiệu\ncategory: tam-diem') },
  'page: reserved slug': { 'pages/tim-kiem.md': article('title: Tìm') },
  'page: duplicate slug': { 'pages/a.md': article('title: A\nslug: lien-he'), 'pages/lien-he.md': article('title: Liên hệ') },
  'page: in a sub-folder': { 'pages/cu/gioi-thieu.md': article('title: Giới thiệu') },
  'categories: missing': { 'categories.yaml': '' },
  'categories: broken YAML': { 'categories.yaml': '- slug: a\n  name: "A\n' },
  'categories: not a list': { 'categories.yaml': 'slug: a\nname: A\n' },
  'categories: item not a map': { 'categories.yaml': '- tam-diem\n' },
  'categories: unknown key': { 'categories.yaml': '- slug: a\n  name: A\n  mo_ta: x\n' },
  'categories: missing name': { 'categories.yaml': '- slug: a\n' },
  'categories: bad slug': { 'categories.yaml': '- slug: Tâm điểm\n  name: Tâm điểm\n' },
  'categories: twice': { 'categories.yaml': '- slug: a\n  name: A\n- slug: a\n  name: B\n' },
  'issue: valid': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE, 'Lời ngỏ.\n') },
  'issue: unknown article, close': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('[bai]', '[baii]')) },
  'issue: unknown article, far': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('[bai]', '[hoi-nghi-tong-ket]')) },
  'issue: draft article': { 'articles/bai.md': article(`${BASE}\ndraft: true`), 'issues/2021-01.md': article(ISSUE) },
  'issue: article after the issue': { 'articles/bai.md': article(BASE.replace('2021-04-09', '2021-05-02')), 'issues/2021-01.md': article(ISSUE) },
  'issue: draft issue with an unknown article': {
    'articles/bai.md': article(BASE),
    'issues/2021-01.md': article(`${ISSUE.replace('[bai]', '[baii]')}\ndraft: true`),
  },
  'issue: number used twice': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE), 'issues/2021-01-lai.md': article(ISSUE) },
  'issue: licence without the rest': {
    'articles/bai.md': article(BASE),
    'issues/2021-01.md': article(`${ISSUE}\ncolophon:\n  licence: 15/GP-STTTT\n  editors: [Lê Thị B]`),
  },
  'issue: unknown section in a group': {
    'articles/bai.md': article(BASE),
    'issues/2021-01.md': article(ISSUE.replace('articles: [bai]', 'articles:\n  - section: hoat-dong-hoii\n    articles: [bai]')),
  },
  'issue: period not a month or quarter': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('month: 4', 'month: 13')) },
  'issue: period missing': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('period: { month: 4 }\n', '')) },
  'issue: number not a whole number': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('number: 1', 'number: 1.5')) },
  'issue: articles not a list': { 'articles/bai.md': article(BASE), 'issues/2021-01.md': article(ISSUE.replace('articles: [bai]', 'articles: bai')) },
  'issue: in a sub-folder': { 'articles/bai.md': article(BASE), 'issues/cu/2021-01.md': article(ISSUE) },
};

function run(name: string, files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-messages-'));
  if (!('categories.yaml' in files)) writeFileSync(join(dir, 'categories.yaml'), CATEGORIES);
  for (const [path, content] of Object.entries(files)) {
    if (path === 'categories.yaml' && content === '') continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, join(dir, path));
    else writeFileSync(join(dir, path), content);
  }
  const report = loadContent(dir, new Date('2025-01-01T00:00:00+07:00'));
  const lines = sortProblems(report.problems).map((p) => `  ${p.severity} ${formatProblem(p, dir)}`);
  // The temporary folder's name changes every run; the snapshot names it <thư mục>.
  return [`## ${name}`, `  ${accountingLine(report)}`, ...lines].join('\n').replace(/\S*bantin-messages-[\w]+/g, '<thư mục>');
}

describe('editors’ messages', () => {
  it('are the same for every kind of mistake', async () => {
    const text =
      Object.entries(cases)
        .map(([name, files]) => run(name, files))
        .join('\n') + '\n';
    await expect(text).toMatchFileSnapshot('__snapshots__/editor-messages.txt');
  });
});
