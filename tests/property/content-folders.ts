import fc from 'fast-check';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ARTICLE_FIELDS, PAGE_FIELDS } from '../../src/lib/content/schema.ts';

/**
 * Arbitraries for whole content folders as careless or hostile editors could write them: every
 * file is built from a mix of valid fields, wrong types, YAML tricks, odd characters, broken
 * delimiters, odd line endings and encodings, so the loader meets what a form, a Mac, Windows
 * Notepad or an attacker would produce.
 */

/** The site's clock in these tests; dates before it are published, after it scheduled. */
export const NOW = new Date('2025-06-01T00:00:00+07:00');

export type Role = 'article' | 'page' | 'issue' | 'image' | 'stray' | 'own';

/** How a file's text becomes bytes: UTF-8 mostly, else what old editors, Notepad or a cut upload leave. */
export type Encoding = 'utf8' | 'latin1' | 'utf16le' | 'utf16le-bom' | 'utf8-cut' | 'cesu8-prefix';

/** A file's content as text plus encoding, so a failing folder prints readably. */
export interface Content {
  text: string;
  encoding: Encoding;
}

export interface GeneratedFile {
  /** Path relative to the content folder, with `/`. */
  path: string;
  content: Content;
  /** Where the file was meant to go; the loader decides, this only helps reading a counterexample. */
  role: Role;
  /** Set on articles written fully valid with a shared slug: all but one must be refused. */
  twin?: string;
}

export interface GeneratedFolder {
  /** undefined: no categories.yaml at all. */
  categories: Content | undefined;
  /** True when categories.yaml declares tam-diem and hoat-dong-hoi without any mistake. */
  categoriesValid: boolean;
  files: GeneratedFile[];
}

// ---------------------------------------------------------------------------------------------
// Characters and strings

/** Characters that break naive text handling: controls, separators, a BOM, lone surrogates, RTL override. */
const NASTY_CHARS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\udbff',
  '\u202e',
  '\u200b',
  '\ufffd',
];
const nastyChar = fc.constantFrom(...NASTY_CHARS);
/** Any code point, lone surrogate halves included (String.fromCodePoint(0xd800) is one). */
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const vietnameseChar = fc.constantFrom(...'aăâđeêioôơuưyAĂÂĐEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ '.split(''));

const VIETNAMESE_TEXTS = [
  'Tập huấn cán bộ Hội',
  'Hội nghị tổng kết năm 2024',
  'Phụ nữ Đà Nẵng chung tay bảo vệ môi trường',
  'Ngày Quốc tế Phụ nữ 8/3',
  'Trao học bổng cho học sinh nghèo vượt khó',
];
const vietnameseText = fc.oneof(
  fc.constantFrom(...VIETNAMESE_TEXTS),
  fc.constantFrom(...VIETNAMESE_TEXTS).map((s) => s.normalize('NFD')),
  fc.string({ unit: vietnameseChar, minLength: 1, maxLength: 40 }),
);

/** Text mixing the above with controls and arbitrary code points. */
const chaoticText = fc.oneof(
  { weight: 3, arbitrary: vietnameseText },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(anyChar, nastyChar, vietnameseChar), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: nastyChar, minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** 100 000 characters: a paste gone wrong. */
export const HUGE = 'Chữ dài '.repeat(12_500);

// ---------------------------------------------------------------------------------------------
// Front matter values, as YAML source text after `key: `

/** Quoted so YAML reads it as a string whatever it holds (escapes for controls). */
const doubleQuoted = (s: string) => JSON.stringify(s);

const SECTIONS = ['tam-diem', 'hoat-dong-hoi'];

/** Values of the wrong type for any field. */
const WRONG_TYPES = [
  '123',
  '-1.5',
  '0',
  '1e400',
  '.nan',
  '-.inf',
  '0x1F',
  '0o17',
  'true',
  'false',
  'null',
  '~',
  "''",
  '""',
  '[]',
  '{}',
  '[a, 1, [b, c]]',
  '[1, 2]',
  '{a: 1, b: [c]}',
  '{title: x}',
  '\n  - x\n  - y',
  '\n  - {a: b}\n  - [c]',
  '\n  k: v\n  l: w',
  '"2021-02-31"',
  "'31/12/2024'",
  '2024-13-01',
  '2021-04-09T25:00',
  '09/04/2021',
  '2021-4-9',
  'yes',
  'no',
  'on',
  'Y',
];

/** YAML syntax an editor should not need and an attacker might try. */
const YAML_TRICKS = [
  '&neo giá trị',
  '*neo',
  '*khong-co-neo',
  '!!js/function "function () { return process.exit(1) }"',
  '!!js/regexp /x/g',
  '!!binary aGVsbG8=',
  '!!set {a, b}',
  '!!omap [a: 1, b: 2]',
  '!!timestamp 2021-01-01',
  '!!float 1',
  '!!int "x"',
  '!!str 2021-04-09',
  '!!bool "maybe"',
  '!!null ""',
  '!tuy-y x',
  '!<tag:yaml.org,2002:str> x',
  '!!map {a: 1}',
  '!!seq [a]',
  '|\n  khối\n  chữ nhiều dòng',
  '>-\n  gấp\n  dòng',
  '|-\n',
  '{a: [b, {c: d}]}',
  '[',
  ']',
  '{',
  '"chưa đóng',
  "'it''s'",
  '"\\u0000\\x00\\e\\a"',
  '"\\ud800"',
  '? phức',
  ': lạ',
  '- danh sách',
  '@đầu',
  '`lệnh`',
  '%',
  '#chú thích',
  'a # chú thích',
  '"tiêu đề" thừa',
  'x: y',
  'a: b: c',
  '\t tab',
  '{a: 1, a: 2}',
  '[a, b',
  '{ ? [a] : b }',
  '<<: {a: 1}',
  `${'['.repeat(3000)}${']'.repeat(3000)}`,
  `${'{a: '.repeat(800)}1${'}'.repeat(800)}`,
];

/** Values an editor would write for the field: mostly right, sometimes a plausible mistake. */
function validValue(field: string): fc.Arbitrary<string> {
  const [good, mistaken] = plausibleValues(field);
  return mistaken.length ? fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...mistaken) }) : good;
}

function plausibleValues(field: string): [fc.Arbitrary<string>, string[]] {
  switch (field) {
    case 'title':
      return [fc.oneof(vietnameseText, fc.constantFrom('"Ngày 8/3: chúc mừng"', "'Phụ nữ & gia đình'", '2021')), []];
    case 'date':
      // Before NOW: published; after: scheduled.
      return [
        fc.constantFrom('2024-04-09', '2024-12-31T08:30', '"2025-01-15"', '2025-05-31T23:59:59+07:00', '2030-01-01', '2025-06-02', '2025-06-01'),
        ['2025-02-30', '15/01/2025'],
      ];
    case 'updated':
      return [fc.constantFrom('2024-05-01', '2023-01-01', '2031-01-01'), []];
    case 'category':
      return [fc.constantFrom(...SECTIONS, 'Tâm điểm', 'Tâm điểm'.normalize('NFD'), 'Hoat dong hoi'), ['tin-tuc']];
    case 'tags':
      return [fc.constantFrom('[tập huấn, Đà Nẵng]', '\n  - Phụ nữ\n  - phụ nữ', '[]', '[a, a, A]', `[${'Phụ nữ'.normalize('NFD')}]`), ['[Hội, "!!!"]']];
    case 'summary':
    case 'author':
    case 'cover_alt':
      return [vietnameseText, []];
    case 'cover':
      return [
        fc.constantFrom('./anh.png', 'anh.png'),
        ['./khong-co.jpg', '../../../../etc/passwd.png', 'https://x.vn/a.jpg', '/anh.png', './anh.heic', './hong.jpg', './tai-lieu.docx'],
      ];
    case 'video':
      return [fc.constantFrom('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ'), ['https://vimeo.com/1', 'javascript:alert(1)']];
    case 'featured':
    case 'draft':
      return [fc.constantFrom('true', 'false'), []];
    case 'slug':
      return [fc.constantFrom('tap-huan', 'Tập Huấn', 'gioi-thieu', 'bai-viet', 'tim-kiem', 'lien-he'), ['!!!', 'a'.repeat(300)]];
    default:
      return [vietnameseText, []];
  }
}

/** Anything at all for a field: mostly valid, sometimes wrong, hostile, huge or odd. */
const valueFor = (field: string) =>
  fc.oneof(
    { weight: 12, arbitrary: validValue(field) },
    { weight: 2, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 2, arbitrary: fc.constantFrom(...YAML_TRICKS) },
    { weight: 1, arbitrary: chaoticText.map(doubleQuoted) },
    { weight: 1, arbitrary: chaoticText },
    { weight: 1, arbitrary: fc.constantFrom(HUGE, doubleQuoted(HUGE), `|\n  ${HUGE}`) },
  );

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
const extraKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom(
    'titel',
    'Title',
    'tiêu đề',
    'tags ',
    '"title"',
    "'date'",
    'categories',
    'layout',
    'permalink',
    '"a: b"',
    '? [a, b]',
    '<<',
    '1',
    'null',
    'true',
  ),
  fc.string({ unit: vietnameseChar, minLength: 1, maxLength: 12 }).map((s) => s.trim() || 'k'),
);

/** Lines that are not `key: value` but may appear in a front matter. */
const RAW_LINES = [
  '# chú thích',
  '',
  '   ',
  '\t',
  '...',
  '%YAML 1.2',
  '%TAG ! tag:hoi.vn,2025:',
  '- mục',
  'chỉ có chữ',
  '---',
  '--- x',
  'title',
  ':',
  '  thụt: lề',
];

/** One front-matter field, or its absence (weighted so required fields are usually present). */
const fieldLine = (field: string, presence: number): fc.Arbitrary<string | undefined> =>
  fc.oneof({ weight: presence, arbitrary: valueFor(field).map((v) => `${field}: ${v}`) }, { weight: 1, arbitrary: fc.constant(undefined) });

/** Extra lines: unknown or prototype keys, duplicates of known keys, raw lines, an alias bomb. */
const extraLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(extraKey, valueFor('summary')).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ARTICLE_FIELDS), valueFor('title')).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_LINES) },
  {
    weight: 1,
    arbitrary: fc.constant(
      [
        'bom0: &a0 [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from({ length: 6 }, (_, i) => `bom${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
      ].join('\n'),
    ),
  },
);

/** Field lines in the schema's order with extra lines slipped in at random places. */
function frontmatterLines(fields: readonly string[], presence: (field: string) => number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.tuple(...fields.map((f) => fieldLine(f, presence(f)))), fc.array(fc.tuple(fc.nat(), extraLine), { maxLength: 4 }))
    .map(([lines, extras]) => {
      const all = lines.filter((l): l is string => l !== undefined);
      for (const [at, line] of extras) all.splice(at % (all.length + 1), 0, line);
      return all.join('\n');
    });
}

/**
 * A front matter an editor meant to get right: required fields present with plausible values,
 * optional ones sometimes, then at most one slip (a wrong value or an extra line).
 */
function carefulLines(fields: readonly string[], required: Set<string>): fc.Arbitrary<string> {
  const line = (field: string) => validValue(field).map((v) => `${field}: ${v}`);
  return fc
    .tuple(
      // A cover comes with its description most of the time; other optional fields half the time.
      fc.tuple(...fields.map((f) => (required.has(f) ? line(f) : fc.option(line(f), { nil: undefined, freq: f === 'cover' ? 5 : 2 })))),
      fc.option(
        fc.tuple(
          fc.nat(),
          fc.oneof(
            extraLine,
            fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...WRONG_TYPES, ...YAML_TRICKS)).map(([k, v]) => `${k}: ${v}`),
          ),
        ),
        {
          nil: undefined,
          freq: 4,
        },
      ),
    )
    .map(([lines, slip]) => {
      const all = lines.filter((l): l is string => l !== undefined);
      if (all.some((l) => l.startsWith('cover:')) && !all.some((l) => l.startsWith('cover_alt:'))) all.push('cover_alt: Các học viên tại lớp tập huấn');
      if (slip) {
        const [at, text] = slip;
        const key = /^(\w+):/.exec(text)?.[1];
        const same = all.findIndex((l) => key !== undefined && l.startsWith(`${key}:`));
        // A wrong value replaces the field's line; anything else is slipped in between two lines.
        if (same >= 0) all[same] = text;
        else all.splice(at % (all.length + 1), 0, text);
      }
      return all.join('\n');
    });
}

const REQUIRED = new Set(['title', 'date', 'category']);
const articleFrontmatter = fc.oneof(
  { weight: 2, arbitrary: carefulLines(ARTICLE_FIELDS, REQUIRED) },
  { weight: 1, arbitrary: frontmatterLines(ARTICLE_FIELDS, (f) => (REQUIRED.has(f) ? 12 : 2)) },
);
const pageFrontmatter = fc.oneof(
  { weight: 2, arbitrary: carefulLines(PAGE_FIELDS, new Set(['title'])) },
  { weight: 1, arbitrary: frontmatterLines(PAGE_FIELDS, (f) => (f === 'title' ? 12 : 2)) },
);

/** The first value most of the time; now and then nothing, or one of the others. */
const mostly = (usual: string, ...others: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...others) });
/** Issue front matter: mostly the shape of content/issues/<year>-<nn>.md, sometimes not. */
const issueFrontmatter = fc
  .tuple(
    mostly('number: 3', 'number: "3"', 'number: 0', 'number: x', 'number: 1.5'),
    mostly('year: 2025', 'year: 1800', 'year: [2025]'),
    mostly('period: { month: 3 }', 'period: { quarter: 2 }', 'period: { month: 13 }', 'period: 3'),
    mostly('date: 2025-03-31', 'date: 2030-01-01', 'date: x'),
    mostly(
      'articles: [tap-huan]',
      'articles: [tap-huan, tap-huan]',
      'articles: [khong-co]',
      'articles:\n  - section: tam-diem\n    articles: [tap-huan]',
      'articles: []',
      'articles: {a: 1}',
    ),
    fc.constantFrom('draft: true', 'draft: false', ''),
    fc.array(extraLine, { maxLength: 1 }),
  )
  .map(([...parts]) => parts.flat().filter(Boolean).join('\n'));

// ---------------------------------------------------------------------------------------------
// Bodies

const BODY_PIECES = [
  'Nội dung bài viết.',
  '# Tiêu đề\n\nĐoạn văn **đậm** và _nghiêng_.',
  '---',
  '***',
  '- một\n- hai',
  '![Ảnh minh hoạ](./anh.png)',
  '![](./anh.png)',
  '![Ảnh](./khong-co.jpg)',
  '![Ảnh](../../ngoai.png)',
  '<img src="./anh.png" alt="thẻ">',
  '[bài khác](/bai-viet/tap-huan/)',
  '[bài khác](./tap-huan.md)',
  '[ngoài](https://hoi.vn/)',
  '[xấu](javascript:alert(1))',
  '<script>alert(1)</script>',
  'a < b và {c}',
  '{process.exit(1)}',
  'import x from "node:fs"',
  '<Component />',
  '<div>',
  '```\n<script>\n```',
  'Tiếng Việt'.normalize('NFD'),
  '\u0000\u2028\ud800',
];
const body = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '\n', '   \n\t\n') },
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...BODY_PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join('\n\n') + '\n') },
  { weight: 2, arbitrary: chaoticText },
  { weight: 1, arbitrary: fc.constant(`${HUGE}\n`) },
);

// ---------------------------------------------------------------------------------------------
// Whole sources: delimiters, line endings, BOM, NFD, encodings

/** How the front matter is framed, right or wrong. */
const frame = fc.oneof(
  { weight: 20, arbitrary: fc.constant((fm: string, b: string) => `---\n${fm}\n---\n${b}`) },
  // gray-matter runs `---js` front matter as code, and knows other languages by name.
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      (_fm: string, b: string) => `---js\nmodule.exports = { title: process.exit(1) }\n---\n${b}`,
      (fm: string, b: string) => `---javascript\n${fm}\n---\n${b}`,
      (_fm: string, b: string) => `---coffee\ntitle: "x"\n---\n${b}`,
      (_fm: string, b: string) => `---json\n{"title": "x"}\n---\n${b}`,
      (_fm: string, b: string) => `---toml\ntitle = "x"\n---\n${b}`,
      (fm: string, b: string) => `---khong-co\n${fm}\n---\n${b}`,
    ),
  },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      (fm: string, b: string) => `--- \t\n${fm}\n---  \n${b}`,
      (fm: string) => `---\n${fm}\n---`,
      (fm: string, b: string) => `${fm}\n${b}`,
      (fm: string, b: string) => `---\n${fm}\n${b.replace(/^---/gm, '- -')}`,
      (fm: string, b: string) => `---yaml\n${fm}\n---\n${b}`,
      (fm: string, b: string) => `----\n${fm}\n----\n${b}`,
      (fm: string, b: string) => `\n---\n${fm}\n---\n${b}`,
      (fm: string, b: string) => `---\n${fm}\n...\n${b}`,
      (fm: string, b: string) => `---\n${fm}\n---\n---\ntitle: hai\n---\n${b}`,
      (fm: string, b: string) => `---\n${fm}\n---x\n${b}`,
      () => '---',
      () => '',
    ),
  },
);

/** Line endings as Windows, old Mac, Unix or a mix of all three write them. */
const lineEndings = fc.oneof(
  { weight: 4, arbitrary: fc.constant((s: string) => s) },
  { weight: 1, arbitrary: fc.constant((s: string) => s.replace(/\n/g, '\r\n')) },
  { weight: 1, arbitrary: fc.constant((s: string) => s.replace(/\n/g, '\r')) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 2, maxLength: 8 }).map((endings) => (s: string) => {
      let i = 0;
      return s.replace(/\n/g, () => endings[i++ % endings.length]);
    }),
  },
);

/** Mostly UTF-8; sometimes what an old Vietnamese editor or Notepad saves, or a cut-off upload. */
const encoding = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Encoding>('utf8') },
  { weight: 1, arbitrary: fc.constantFrom<Encoding>('latin1', 'utf16le', 'utf16le-bom', 'utf8-cut', 'cesu8-prefix') },
);

/** The bytes written for a content. */
export function encode({ text, encoding: how }: Content): Buffer {
  switch (how) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf8-cut':
      // The first byte of a two-byte character, the second lost.
      return Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xc3])]);
    case 'cesu8-prefix':
      // A surrogate encoded as three bytes (CESU-8), which strict UTF-8 refuses.
      return Buffer.concat([Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(text, 'utf8')]);
  }
}

const utf8 = (text: string): Content => ({ text, encoding: 'utf8' });
/** Bytes kept exactly, one character per byte. */
const bytes = (buffer: Buffer): Content => ({ text: buffer.toString('latin1'), encoding: 'latin1' });

/** A complete Markdown/MDX source from front-matter lines and a body. */
function source(frontmatter: fc.Arbitrary<string>, bodies: fc.Arbitrary<string> = body): fc.Arbitrary<Content> {
  return fc
    .record({
      fm: frontmatter,
      body: bodies,
      frame,
      endings: lineEndings,
      // Up to three BOMs: the UTF-8 decoder drops one and normalizeSource another.
      bom: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.constantFrom('\ufeff', '\ufeff\ufeff', '\ufeff\ufeff\ufeff') }),
      nfd: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      encoding,
    })
    .map(({ fm, body: b, frame: f, endings, bom, nfd, encoding: how }) => {
      const text = bom + endings(f(fm, b));
      return { text: nfd ? text.normalize('NFD') : text, encoding: how };
    });
}

/** A front matter every rule accepts, for twin articles that share a slug. */
const validArticle = (slug: string) =>
  fc
    .tuple(fc.constantFrom(...VIETNAMESE_TEXTS), fc.constantFrom('2024-04-09', '2025-01-02'), fc.constantFrom(...SECTIONS), fc.constantFrom('md', 'mdx'))
    .map(([title, date, category, ext]) => ({
      ext,
      content: utf8(`---\ntitle: ${doubleQuoted(title)}\ndate: ${date}\ncategory: ${category}\nslug: ${slug}\n---\nNội dung bài viết.\n`),
    }));

/** Body text that compiles as MDX too: pictures, links and plain Markdown. */
const CLEAN_BODY_PIECES = [
  'Nội dung bài viết.',
  '# Tiêu đề\n\nĐoạn văn **đậm** và _nghiêng_.',
  '***',
  '- một\n- hai',
  '![Ảnh minh hoạ](./anh.png)',
  '![](./anh.png)',
  '![Ảnh](./khong-co.jpg)',
  '[bài khác](/bai-viet/tap-huan/)',
  '[ngoài](https://hoi.vn/)',
  'Tiếng Việt'.normalize('NFD'),
];

/**
 * An article meant to be published as is, saved by any editor: CRLF or CR, a BOM, NFD, a draft
 * or a later date. Its body may still point to a missing picture or an unpublished article.
 */
const cleanArticle: fc.Arbitrary<GeneratedFile> = fc
  .record({
    dir: fc.constantFrom('', '', '2024/'),
    name: fc.constantFrom('tap-huan', 'hoi-nghi', 'Tập huấn', 'bai-1', 'bai-2'),
    ext: fc.constantFrom('md', 'md', 'mdx'),
    title: vietnameseText.map(doubleQuoted),
    date: plausibleValues('date')[0],
    category: plausibleValues('category')[0],
    optional: fc.subarray(['summary: Tóm tắt ngắn.', 'tags: [tập huấn, Đà Nẵng]', 'draft: true', 'featured: true', 'author: Hội LHPN', 'updated: 2025-05-01']),
    body: fc.array(fc.constantFrom(...CLEAN_BODY_PIECES), { minLength: 1, maxLength: 4 }).map((p) => p.join('\n\n') + '\n'),
    endings: lineEndings,
    bom: fc.constantFrom('', '', '\ufeff'),
    nfd: fc.boolean(),
  })
  .map(({ dir, name, ext, title, date, category, optional, body: b, endings, bom, nfd }) => {
    const text = bom + endings(['---', `title: ${title}`, `date: ${date}`, `category: ${category}`, ...optional, '---', b].join('\n'));
    return { path: `articles/${dir}${name}.${ext}`, content: utf8(nfd ? text.normalize('NFD') : text), role: 'article' as const };
  });

// ---------------------------------------------------------------------------------------------
// File names and places

const baseName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('tap-huan', 'hoi-nghi', 'bai-1', 'gioi-thieu', 'lien-he') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Tập huấn',
      'Tập huấn'.normalize('NFD'),
      'bài viết có dấu cách',
      'UPPER',
      'a',
      '-',
      '...x',
      '~nháp',
      'x'.repeat(200),
      'con\u0001trol',
      'rtl\u202etxt',
      'dấu#thăng',
      'phần%20trăm',
      'bai-viet',
      'tim-kiem',
      '_nhap',
      'index',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: vietnameseChar, minLength: 1, maxLength: 16 }).map((s) => s.trim() || 'b') },
);

/** A tiny PNG with a header and an end chunk: what the picture check accepts. */
export const TINY_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR', 'latin1'),
  Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0]),
  Buffer.from('IEND', 'latin1'),
  Buffer.from([0xae, 0x42, 0x60, 0x82]),
]);

const subFolder = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('2024/', '2024/04/', 'Tin tức/', 'Tin tức/'.normalize('NFD'), '.an/', 'a b/') },
);

const articleFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    dir: subFolder,
    name: baseName,
    ext: fc.oneof(
      { weight: 6, arbitrary: fc.constant('md') },
      { weight: 2, arbitrary: fc.constant('mdx') },
      { weight: 1, arbitrary: fc.constantFrom('MD', 'Md', 'markdown', 'txt') },
    ),
    content: source(articleFrontmatter),
  })
  .map(({ dir, name, ext, content }) => ({ path: `articles/${dir}${name}.${ext}`, content, role: 'article' as const }));

const pageFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    dir: fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('con/') }),
    name: baseName,
    ext: fc.constantFrom('md', 'md', 'mdx'),
    content: source(pageFrontmatter),
  })
  .map(({ dir, name, ext, content }) => ({ path: `pages/${dir}${name}.${ext}`, content, role: 'page' as const }));

const issueFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    name: fc.constantFrom('2025-03', '2025-03-bis', 'so-3', '2025/03'),
    ext: fc.constantFrom('md', 'md', 'mdx'),
    content: source(issueFrontmatter, fc.constantFrom('', 'Lời ngỏ.\n')),
  })
  .map(({ name, ext, content }) => ({ path: `issues/${name}.${ext}`, content, role: 'issue' as const }));

const imageFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    path: fc.constantFrom('articles/anh.png', 'articles/hong.jpg', 'articles/2024/anh.png', 'anh.png', 'articles/anh.heic', 'articles/ve.svg', 'pages/anh.PNG'),
    content: fc.constantFrom(
      bytes(TINY_PNG),
      bytes(TINY_PNG.subarray(0, 20)),
      utf8(''),
      utf8('không phải ảnh'),
      utf8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
    ),
  })
  .map(({ path, content }) => ({ path, content, role: 'image' as const }));

const strayFile: fc.Arbitrary<GeneratedFile> = fc
  .record({
    path: fc.constantFrom(
      'bai-ngoai.md',
      'ghi-chu.txt',
      '.DS_Store',
      'Thumbs.db',
      'articles/tai-lieu.docx',
      'articles/bai.markdown',
      'articles/ghi chú.txt',
      'articles/.gitkeep',
      'pages/.keep',
      'README.md',
      'articles/README',
      'khac/bai.md',
      'articles/.bai-an.md~',
      'articles/sao-luu.md.bak',
    ),
    content: fc.oneof(fc.constant(utf8('')), source(articleFrontmatter)),
  })
  .map(({ path, content }) => ({ path, content, role: /(^README\.md|\.gitkeep|\.keep)$/.test(path) ? ('own' as const) : ('stray' as const) }));

/** Two or three fully valid articles with the same `slug:` field. */
const twinArticles: fc.Arbitrary<GeneratedFile[]> = fc
  .array(validArticle('trung-dia-chi'), { minLength: 2, maxLength: 3 })
  .map((versions) =>
    versions.map((v, i) => ({ path: `articles/song-sinh-${i}.${v.ext}`, content: v.content, role: 'article' as const, twin: 'trung-dia-chi' })),
  );

/** categories.yaml, valid most of the time. */
const VALID_CATEGORIES = '- slug: tam-diem\n  name: Tâm điểm\n- slug: hoat-dong-hoi\n  name: Hoạt động Hội\n  description: Tin hoạt động.\n';
const categoriesFile: fc.Arbitrary<{ content: Content | undefined; valid: boolean }> = fc.oneof(
  {
    weight: 16,
    arbitrary: fc
      .constantFrom(VALID_CATEGORIES, '\ufeff' + VALID_CATEGORIES.replace(/\n/g, '\r\n'), VALID_CATEGORIES.normalize('NFD').replace(/\n/g, '\r'))
      .map((text) => ({ content: utf8(text), valid: true })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<Content | undefined>(
        undefined,
        utf8(''),
        utf8('- slug: [chưa đóng\n'),
        utf8('slug: tam-diem\nname: Tâm điểm\n'),
        utf8('- chỉ là chữ\n- 3\n- null\n'),
        utf8('- slug: Tâm Điểm\n  name: Tâm điểm\n'),
        utf8('- slug: tam-diem\n  name: A\n- slug: tam-diem\n  name: B\n'),
        utf8('- __proto__: {slug: x}\n- slug: __proto__\n  name: x\n- slug: constructor\n  name: y\n  toString: z\n'),
        utf8('- slug: tam-diem\n  name: !!js/function "function(){}"\n'),
        utf8('- slug: 3\n  name: [a]\n  description: {a: 1}\n'),
        utf8('- &a {slug: tam-diem, name: Tâm điểm}\n- *a\n'),
        bytes(Buffer.from([0x2d, 0x20, 0xe2, 0x28, 0xa1])),
        utf8(`- slug: tam-diem\n  name: ${HUGE}\n`),
        utf8('---\n- slug: tam-diem\n  name: A\n---\n- slug: b\n  name: B\n'),
      )
      .map((content) => ({ content, valid: false })),
  },
);

/** Whole folders: categories plus 1–8 files of every kind, no two at the same path. */
export const contentFolder: fc.Arbitrary<GeneratedFolder> = fc
  .record({
    categories: categoriesFile,
    // The picture most covers and bodies point to, present in half the folders.
    picture: fc.boolean(),
    files: fc.array(
      fc.oneof(
        { weight: 8, arbitrary: articleFile.map((f) => [f]) },
        { weight: 4, arbitrary: cleanArticle.map((f) => [f]) },
        { weight: 2, arbitrary: pageFile.map((f) => [f]) },
        { weight: 2, arbitrary: issueFile.map((f) => [f]) },
        { weight: 2, arbitrary: imageFile.map((f) => [f]) },
        { weight: 2, arbitrary: strayFile.map((f) => [f]) },
        { weight: 1, arbitrary: twinArticles },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ categories, picture, files }) => {
    const all = withoutClashes([...files.flat(), ...(picture ? [{ path: 'articles/anh.png', content: bytes(TINY_PNG), role: 'image' as const }] : [])]);
    return printable({ categories: categories.content, categoriesValid: categories.valid, files: all.slice(0, 8) });
  });

/** Shows a failing folder as code that rebuilds it, the 100 000-character paste written as HUGE. */
function printable(folder: GeneratedFolder): GeneratedFolder {
  const show = (content: Content | undefined) =>
    content === undefined
      ? 'undefined'
      : `{ text: ${JSON.stringify(content.text).split(JSON.stringify(HUGE).slice(1, -1)).join('" + HUGE + "')}, encoding: '${content.encoding}' }`;
  Object.defineProperty(folder, fc.toStringMethod, {
    value: () =>
      [
        `{ categoriesValid: ${folder.categoriesValid}, categories: ${show(folder.categories)}, files: [`,
        ...folder.files.map(
          (f) => `  { path: ${JSON.stringify(f.path)}, role: '${f.role}',${f.twin ? ` twin: '${f.twin}',` : ''} content: ${show(f.content)} },`,
        ),
        ']}',
      ].join('\n'),
  });
  return folder;
}

/** Drops files whose path is already taken, or is a folder of another file (or the reverse). */
function withoutClashes(files: GeneratedFile[]): GeneratedFile[] {
  const kept: GeneratedFile[] = [];
  const taken = (path: string) =>
    kept.some((f) => f.path === path || f.path.startsWith(`${path}/`) || path.startsWith(`${f.path}/`) || path === 'categories.yaml');
  for (const file of files) if (!taken(file.path)) kept.push(file);
  return kept;
}

/** Writes the folder under a new temporary directory and returns its real path. */
export function writeFolder(folder: GeneratedFolder): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'bantin-property-')));
  if (folder.categories) writeFileSync(join(dir, 'categories.yaml'), encode(folder.categories));
  for (const file of folder.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, encode(file.content));
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Sources for parseSource alone

/** Any string at all, built to hit delimiters and line endings often. */
export const anySource = fc.oneof(
  fc.string({
    unit: fc.oneof(anyChar, nastyChar, fc.constantFrom('---', '\n', '\r', '\r\n', ':', ' ', '-', '#', '&a', '*a', '!!', '[', '{', '"')),
    maxLength: 60,
  }),
  fc
    .tuple(
      fc.constantFrom('---', '---\n', '--- \n', '---\r\n', '\ufeff---\n', '---js\n'),
      fc.string({ unit: fc.oneof(anyChar, fc.constantFrom('\n', '---', '\r', 'a: b', ': ')), maxLength: 40 }),
    )
    .map(([a, b]) => a + b),
  source(articleFrontmatter).map((content) => content.text),
);

/** A source whose front matter is well formed, with the file line of each top-level key. */
export interface WellFormedSource {
  raw: string;
  keyLines: Map<string, number>;
}
const simpleKey = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/).filter((k) => !['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null'].includes(k));
const simpleValue = fc.oneof(
  vietnameseText.map(doubleQuoted),
  fc.constantFrom('1', 'true', '2024-04-09', '[a, b]', '{a: 1}', "'x'", '"a\\nb"', '|\n  khối\n  chữ', '\n  - a\n  - b'),
);
export const wellFormedSource: fc.Arbitrary<WellFormedSource> = fc
  .record({
    entries: fc.uniqueArray(fc.tuple(simpleKey, simpleValue), { selector: ([k]) => k, maxLength: 6 }),
    comments: fc.array(fc.nat(), { maxLength: 2 }),
    open: fc.constantFrom('---', '--- ', '---\t'),
    close: fc.constantFrom('---', '---  '),
    body: fc.oneof(body, fc.string({ unit: fc.oneof(anyChar, fc.constantFrom('\n', '\r\n', '\r', '---', '\n---\n')), maxLength: 40 })),
    endings: lineEndings,
    bom: fc.constantFrom('', '\ufeff'),
  })
  .map(({ entries, comments, open, close, body: b, endings, bom }) => {
    const lines = entries.map(([key, value]) => `${key}: ${value}`);
    for (const at of comments) lines.splice(at % (lines.length + 1), 0, '# chú thích');
    const yaml = lines.join('\n');
    // Line 1 is the opening `---`, so YAML line i is file line i + 1; multi-line values are indented.
    const keyLines = new Map<string, number>();
    yaml.split('\n').forEach((line, i) => {
      const key = /^([a-z_][a-z0-9_]*):/.exec(line)?.[1];
      if (key && !keyLines.has(key)) keyLines.set(key, i + 2);
    });
    return { raw: bom + endings(`${open}\n${yaml}\n${close}\n${b}`), keyLines };
  });
