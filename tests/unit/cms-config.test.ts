import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntryCollection, FileCollection } from '@sveltia/cms';
import {
  ARTICLE_PATH,
  DATE_FORMAT,
  SLUG_PATTERN,
  YOUTUBE_PATTERN,
  backendFromEnv,
  cmsConfig,
  editorPolicy,
  fieldsOf,
  githubRepoOf,
  type CmsSettings,
} from '../../src/lib/cms/config.ts';
import { readCategories } from '../../src/lib/content/load.ts';
import { articleFrontmatter, fieldMeta, issueFrontmatter, pageFrontmatter, sectionFrontmatter } from '../../src/lib/content/schema.ts';
import { youtubeId } from '../../src/lib/content/video.ts';
import { RESERVED_SLUGS, routes } from '../../src/lib/site/config.ts';
import { inSitemap } from '../../src/lib/site/sitemap.ts';
import { parseContentDate, siteDateParts } from '../../src/lib/text/dates.ts';
import { toSlug } from '../../src/lib/text/slug.ts';
import { ROOT, fixture } from '../helpers/build.ts';

/**
 * The web editor's configuration is generated from the content schemas: these tests fail when a
 * field, a required flag, a section, the file layout or the YouTube rule drift apart.
 */
const sections = readCategories(join(fixture('site'), 'categories.yaml'), []);
const settings: CmsSettings = {
  sections,
  siteName: 'Bản tin Hội LHPN',
  editorialWorkflow: false,
  siteUrl: 'https://hoi.example.vn/bantin/',
  logo: '/bantin/logo.svg',
  backend: { name: 'github', repo: 'hoi/bantin' },
};
const config = cmsConfig(settings);
const collection = (name: string) => config.collections!.find((c) => 'name' in c && c.name === name) as EntryCollection;
const articles = collection('articles');
const pages = collection('pages');
const sectionList = (collection('settings') as unknown as FileCollection).files[0].fields[0] as { fields: Record<string, unknown>[]; root: boolean };

type AnyField = Record<string, unknown> & { name: string; widget?: string; required?: boolean };
const fields = (list: unknown[]) => list as AnyField[];
const byName = (list: unknown[]) => new Map(fields(list).map((f) => [f.name, f]));
const frontMatterFields = (list: unknown[]) => fields(list).filter((f) => f.name !== 'body');

describe('fields generated from the schemas', () => {
  const cases = [
    ['articles', articleFrontmatter, () => frontMatterFields(articles.fields)],
    ['pages', pageFrontmatter, () => frontMatterFields(pages.fields)],
    ['sections', sectionFrontmatter, () => fields(sectionList.fields)],
  ] as const;

  it.each(cases)('%s: every field of the schema is in the editor, and nothing else', (_, schema, generated) => {
    expect(generated().map((f) => f.name)).toEqual(Object.keys(schema.shape));
  });

  it.each(cases)('%s: labels and hints come from the field metadata', (_, schema, generated) => {
    for (const field of generated()) {
      const meta = fieldMeta(schema, field.name)!;
      expect(field.label, field.name).toBe(meta.label);
      if (meta.hint) expect(field.hint, field.name).toBe(meta.hint);
    }
  });

  it.each(cases)('%s: required exactly when the schema refuses the field left out', (_, schema, generated) => {
    const required = generated().filter((f) => f.required === true);
    // Every field says whether it is required: Sveltia takes a field without `required` as required.
    for (const field of generated()) expect(typeof field.required, field.name).toBe('boolean');
    // The required fields alone, with their examples, make valid front matter …
    const minimal = Object.fromEntries(required.map((f) => [f.name, fieldMeta(schema, f.name)!.example]));
    expect(schema.safeParse(minimal).success).toBe(true);
    // … and leaving out any one of them is refused.
    for (const field of required) {
      const { [field.name]: _left, ...without } = minimal;
      expect(schema.safeParse(without).success, field.name).toBe(false);
    }
  });

  it('marks title, date and category required on articles, title on pages, slug and name on sections', () => {
    const names = (list: AnyField[]) => list.filter((f) => f.required).map((f) => f.name);
    expect(names(frontMatterFields(articles.fields))).toEqual(['title', 'date', 'category']);
    expect(names(frontMatterFields(pages.fields))).toEqual(['title']);
    expect(names(fields(sectionList.fields))).toEqual(['slug', 'name']);
  });

  it('chooses the widget by the kind of field', () => {
    const article = byName(articles.fields);
    expect(article.get('title')).toMatchObject({ widget: 'string' });
    expect(article.get('summary')).toMatchObject({ widget: 'text' });
    expect(article.get('date')).toMatchObject({ widget: 'datetime', format: DATE_FORMAT, input_timezone: 'Asia/Ho_Chi_Minh', default: '{{now}}' });
    expect(article.get('updated')).toMatchObject({ widget: 'datetime', format: DATE_FORMAT });
    expect(article.get('updated')).not.toHaveProperty('default');
    expect(article.get('tags')).toMatchObject({ widget: 'list', default: [] });
    expect(article.get('tags')).not.toHaveProperty('fields');
    expect(article.get('cover')).toMatchObject({ widget: 'image', choose_url: false });
    expect(article.get('video')).toMatchObject({ widget: 'string', pattern: [YOUTUBE_PATTERN, expect.any(String)] });
    expect(article.get('slug')).toMatchObject({ widget: 'string', pattern: [SLUG_PATTERN, expect.any(String)] });
    expect(article.get('body')).toMatchObject({ widget: 'markdown', required: true });
    expect(byName(pages.fields).get('body')).toMatchObject({ widget: 'markdown' });
  });

  it('defaults draft and featured to false', () => {
    const article = byName(articles.fields);
    for (const name of ['draft', 'featured']) expect(article.get(name)).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(byName(pages.fields).get('draft')).toMatchObject({ widget: 'boolean', default: false });
  });

  it('tells the editor that a cover needs its description (the content check enforces it)', () => {
    const alt = byName(articles.fields).get('cover_alt')!;
    expect(alt.required).toBe(false);
    expect(alt.hint).toMatch(/bắt buộc khi có ảnh bìa/);
  });

  it('offers the sections of categories.yaml, by name, saving the slug', () => {
    const category = byName(articles.fields).get('category')!;
    expect(category.widget).toBe('select');
    expect(category.options).toEqual(sections.map((s) => ({ label: s.name, value: s.slug })));
    expect((category.options as unknown[]).length).toBe(7);
    // The real content folder too.
    const real = readCategories(join(ROOT, 'content/categories.yaml'), []);
    const fromReal = byName(cmsConfig({ ...settings, sections: real }).collections!.flatMap((c) => ('fields' in c ? c.fields : [])) as AnyField[]).get(
      'category',
    )!;
    expect(fromReal.options).toEqual(real.map((s) => ({ label: s.name, value: s.slug })));
  });

  it('refuses a kind of field it has no widget for, instead of leaving the field out', () => {
    expect(() => fieldsOf(issueFrontmatter)).toThrow(/number/);
  });
});

/**
 * Sveltia's path templates as far as this configuration uses them: `{{slug}}` and
 * `{{fields.<name> | date('…')}}` with YYYY, MM, DD. Any other tag ({{year}}, {{month}}: the day
 * of saving, not the article's date) is refused, so the test fails if one creeps in.
 */
function renderPath(template: string, entry: { title: string; date: string }): string {
  return template.replace(/\{\{([^}]+)\}\}/g, (_, tag: string) => {
    const [value, ...filters] = tag.split('|').map((part) => part.trim());
    if (value === 'slug' && !filters.length) return toSlug(entry.title);
    const date = /^fields\.date$/.test(value) && filters.length === 1 ? /^date\('([^']+)'\)$/.exec(filters[0]) : null;
    if (!date) throw new Error(`tag not understood: {{${tag}}}`);
    const parsed = parseContentDate(entry.date);
    if (!parsed.ok) throw new Error(entry.date);
    const parts = siteDateParts(parsed.date);
    return date[1].replace('YYYY', String(parts.year)).replace('MM', String(parts.month).padStart(2, '0')).replace('DD', String(parts.day).padStart(2, '0'));
  });
}

describe('where the editor writes', () => {
  it('files an article under articles/YYYY/MM/<slug> from its own date and title', () => {
    expect(articles.folder).toBe('content/articles');
    expect(articles.path).toBe(ARTICLE_PATH);
    const path = (title: string, date: string) => `${articles.folder}/${renderPath(articles.path!, { title, date })}.${articles.extension}`;
    expect(path('Đại hội đại biểu phụ nữ phường Đông Hà', '2024-11-20T08:30')).toBe('content/articles/2024/11/dai-hoi-dai-bieu-phu-nu-phuong-dong-ha.md');
    // The article's month in Viet Nam, whatever day it is saved.
    expect(path('Chúc mừng năm mới', '2025-01-01T00:30')).toBe('content/articles/2025/01/chuc-mung-nam-moi.md');
    expect(() => renderPath('{{year}}/{{month}}/{{slug}}', { title: 'x', date: '2025-01-01' })).toThrow(/not understood/);
  });

  it('names the file with the slug rule: tones dropped, đ → d, ASCII, lower case', () => {
    expect(articles.slug).toBe('{{title}}');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('keeps pictures beside the article, written ./name', () => {
    expect(articles.media_folder).toBe('/content/articles/{{dirname}}');
    expect(articles.public_folder).toBe('.');
  });

  it('writes pages flat in content/pages and the sections list as categories.yaml', () => {
    expect(pages).toMatchObject({ folder: 'content/pages', path: '{{slug}}', extension: 'md' });
    const file = (collection('settings') as unknown as FileCollection).files[0];
    expect(file).toMatchObject({ file: 'content/categories.yaml', format: 'yaml' });
    expect(sectionList.root).toBe(true);
  });

  it('leaves out empty optional fields and never adds keys the contract does not know', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    // A renamed entry would otherwise get `aliases:`, which the content check refuses.
    expect(articles.aliases_field).toBe(false);
    expect(pages.aliases_field).toBe(false);
    expect(config.load_config_file).toBe(false);
  });
});

describe('the YouTube rule', () => {
  const pattern = new RegExp(YOUTUBE_PATTERN);
  const accepted = [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
    'http://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://music.youtube.com/watch?v=dQw4w9WgXcQ#t=1',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared',
    'https://www.youtube.com/v/dQw4w9WgXcQ',
    ' https://youtu.be/dQw4w9WgXcQ ',
  ];
  const refused = [
    'https://vimeo.com/123456',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQQ',
    'https://www.youtube.com/channel/UC123',
    'https://youtu.be/',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://notyoutube.com/watch?v=dQw4w9WgXcQ',
    'dQw4w9WgXcQ',
    '',
  ];

  it.each(accepted)('accepts %s, as the content check does', (link) => {
    expect(youtubeId(link)).toBeDefined();
    expect(pattern.test(link)).toBe(true);
  });

  it.each(refused)('refuses %j, as the content check does', (link) => {
    expect(youtubeId(link)).toBeUndefined();
    expect(pattern.test(link)).toBe(false);
  });

  it('has a slug pattern that every slug of the slug rule matches, and nothing else', () => {
    const slug = new RegExp(SLUG_PATTERN);
    for (const title of ['Đại hội đại biểu', 'Ngày 8/3', 'Hội thi “Phụ nữ duyên dáng” 2024', 'ĐÀ NẴNG']) expect(slug.test(toSlug(title)), title).toBe(true);
    for (const bad of ['Dai-hoi', 'đại-hội', 'dai hoi', '-dai', 'dai--hoi', 'dai-']) expect(slug.test(bad), bad).toBe(false);
  });
});

describe('backend and publishing', () => {
  it('signs in to GitHub with a token, or through the OAuth proxy when one is given', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'hoi/bantin', auth_methods: ['token'] });
    expect(config.backend).not.toHaveProperty('base_url');
    const oauth = cmsConfig({ ...settings, backend: { name: 'github', repo: 'hoi/bantin', branch: 'main', authUrl: 'https://auth.example.workers.dev' } });
    expect(oauth.backend).toMatchObject({ name: 'github', repo: 'hoi/bantin', branch: 'main', base_url: 'https://auth.example.workers.dev' });
    expect(oauth.backend).not.toHaveProperty('auth_methods');
  });

  it('proposes pull requests only when the site says so', () => {
    expect(config).not.toHaveProperty('publish_mode');
    expect(cmsConfig({ ...settings, editorialWorkflow: true }).publish_mode).toBe('editorial_workflow');
  });

  it('reads the backend from the build environment', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'test-repo' })).toEqual({ name: 'test-repo' });
    expect(backendFromEnv({ CMS_REPO: 'hoi/bantin', CMS_BRANCH: 'main', CMS_AUTH_URL: 'https://auth.example.workers.dev/' })).toEqual({
      name: 'github',
      repo: 'hoi/bantin',
      branch: 'main',
      authUrl: 'https://auth.example.workers.dev',
    });
    expect(backendFromEnv({ GITHUB_REPOSITORY: 'hoi/ci' })).toEqual({ name: 'github', repo: 'hoi/ci' });
    expect(backendFromEnv({}, 'hoi/clone')).toEqual({ name: 'github', repo: 'hoi/clone' });
    expect(backendFromEnv({})).toBeUndefined();
    expect(() => backendFromEnv({ CMS_REPO: 'https://github.com/hoi/bantin' })).toThrow(/CMS_REPO/);
    expect(() => backendFromEnv({ CMS_REPO: 'hoi/bantin', CMS_AUTH_URL: 'http://auth.example' })).toThrow(/CMS_AUTH_URL/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(/CMS_BACKEND/);
  });

  it('finds the repository of a GitHub clone', () => {
    expect(githubRepoOf('https://github.com/hoi/bantin.git\n')).toBe('hoi/bantin');
    expect(githubRepoOf('git@github.com:hoi/bantin.git')).toBe('hoi/bantin');
    expect(githubRepoOf('https://gitlab.com/hoi/bantin.git')).toBeUndefined();
    expect(githubRepoOf(undefined)).toBeUndefined();
  });

  it('lets the editor page reach GitHub and nothing else outside the site', () => {
    const policy = editorPolicy({ name: 'github', repo: 'hoi/bantin', authUrl: 'https://auth.example.workers.dev/x' });
    const connect = policy.split('; ').find((d) => d.startsWith('connect-src'))!;
    expect(connect.split(' ').filter((s) => s.startsWith('https:'))).toEqual([
      'https://api.github.com',
      'https://www.githubstatus.com',
      'https://auth.example.workers.dev',
    ]);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(editorPolicy({ name: 'test-repo' })).not.toContain('github');
  });
});

describe('the editor page on the site', () => {
  it('has its route segments reserved, and stays out of the sitemap', () => {
    expect(RESERVED_SLUGS).toContain(routes.editor);
    expect(RESERVED_SLUGS).toContain(routes.editorAlias);
    expect(inSitemap(`/${routes.editor}/`)).toBe(false);
    expect(inSitemap(`/${routes.editorAlias}`)).toBe(false);
    expect(inSitemap('/gioi-thieu/')).toBe(true);
  });
});
