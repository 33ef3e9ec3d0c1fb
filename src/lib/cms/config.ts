/**
 * The web editor's (Sveltia CMS) configuration, derived from the content contract: every field of
 * an article, a page and a section comes from the zod schemas in src/lib/content/schema.ts (name,
 * label, hint, kind, whether it is required), the sections from categories.yaml, the rest from the
 * site's settings. The editor page (src/pages/quan-tri/index.astro) calls cmsConfig() at build
 * time and writes the result into the page, so the editor cannot drift from the schema.
 * Pure: no file system, no environment; callers pass what they read.
 */
import type { Backend, CmsConfig, EntryCollection, Field, FileCollection } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { articleFrontmatter, fieldMeta, pageFrontmatter, sectionFrontmatter, type FieldMeta, type Section } from '../content/schema.ts';
import { SITE_TIME_ZONE } from '../text/dates.ts';
import { routes } from '../site/config.ts';
import { cmsLabels as l } from './labels.ts';

/** Where the editor reads and writes, decided when the site is built. */
export type CmsBackend =
  | { name: 'github'; repo: string; branch?: string; authUrl?: string }
  /** Sveltia's test repository, kept in the browser (for the tests; never for editors). */
  | { name: 'test-repo' };

export interface CmsSettings {
  /** The sections of categories.yaml, in order. */
  sections: readonly Section[];
  /** The site's name, shown on the sign-in screen and the browser tab. */
  siteName: string;
  /** Pull requests instead of direct commits (src/site.config.ts `editorialWorkflow`). */
  editorialWorkflow: boolean;
  /** The public address of the site's home page, with the base path: "https://hoi.example.vn/bantin/". */
  siteUrl: string;
  /** The site's logo as a path under the base: "/bantin/logo.svg". */
  logo: string;
  backend: CmsBackend;
}

/** Folders of the content contract, from the repository's root. */
export const CONTENT_FOLDERS = { articles: 'content/articles', pages: 'content/pages', sections: 'content/categories.yaml' } as const;

/**
 * An article's file from its date and title: "2025/03/dai-hoi-dai-bieu". The year and month are
 * the article's `date` (not the day it is saved), as `npm run new` does.
 */
export const ARTICLE_PATH = "{{fields.date | date('YYYY')}}/{{fields.date | date('MM')}}/{{slug}}";

/**
 * How dates are stored: the contract's `YYYY-MM-DDTHH:MM`, Viet Nam time without an offset (the
 * picker shows Asia/Ho_Chi_Minh whatever the computer's time zone).
 */
export const DATE_FORMAT = 'YYYY-MM-DDTHH:mm';

/**
 * A YouTube link as src/lib/content/video.ts `youtubeId` accepts it: watch, youtu.be, embed,
 * shorts, live and /v/ links on youtube.com, m., music. and youtube-nocookie.com, with an
 * 11-character id. The content check stays the authority; this lets the editor warn early.
 */
export const YOUTUBE_PATTERN =
  '^\\s*https?://(?:(?:www|m|music)\\.)?(?:youtu\\.be/[A-Za-z0-9_-]{11}(?:[/?#].*)?|youtube(?:-nocookie)?\\.com/(?:watch/?\\?(?:[^#]*&)?v=[A-Za-z0-9_-]{11}(?:[&#].*)?|(?:embed|shorts|live|v)/[A-Za-z0-9_-]{11}(?:[/?#].*)?))\\s*$';

/** A slug as src/lib/text/slug.ts `toSlug` writes one. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/** Text fields shown as a box of several lines rather than one line. */
const MULTILINE = new Set(['summary', 'description']);

/** Picture types the build can optimise (src/lib/content/schema.ts IMAGE_FILE, without TIFF which browsers do not show). */
const PICTURE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

type AnySchema = z.ZodObject;

/** A field is required when the schema refuses it left out. */
export function isRequired(schema: AnySchema, name: string): boolean {
  const shape = schema.shape as Record<string, z.ZodType>;
  return !shape[name].safeParse(undefined).success;
}

/** The Sveltia field for one field of a schema, chosen by its kind. */
function fieldFor(schema: AnySchema, name: string, sections: readonly Section[]): Field {
  const meta = fieldMeta(schema, name) as FieldMeta;
  const base = { name, label: meta.label, required: isRequired(schema, name), ...(meta.hint ? { hint: meta.hint } : {}) };
  const withHint = (hint: string) => ({ ...base, hint: meta.hint ?? hint });
  switch (meta.kind) {
    case 'text':
      return { ...base, widget: MULTILINE.has(name) ? 'text' : 'string' };
    case 'date':
      return {
        ...base,
        widget: 'datetime',
        type: 'datetime-local',
        format: DATE_FORMAT,
        input_timezone: SITE_TIME_ZONE,
        ...(base.required ? { default: '{{now}}' } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    case 'list':
      return { ...withHint(l.listHint(meta.label, meta.example)), widget: 'list', default: [] };
    case 'image':
      return { ...base, widget: 'image', accept: PICTURE_TYPES, choose_url: false };
    case 'youtube':
      return { ...withHint(l.example(meta.example)), widget: 'string', pattern: [YOUTUBE_PATTERN, l.youtubePattern] };
    case 'slug':
      return { ...withHint(l.example(meta.example)), widget: 'string', pattern: [SLUG_PATTERN, l.slugPattern] };
    case 'section':
      return { ...base, widget: 'select', options: sections.map((s) => ({ label: s.name, value: s.slug })) };
    default:
      // A new kind of field needs a widget here before the editor can offer it.
      throw new Error(`src/lib/cms/config.ts: trường "${name}" có kiểu "${meta.kind}" mà trình biên tập chưa biết hiển thị`);
  }
}

/** Every field of a schema, in the schema's order. */
export function fieldsOf(schema: AnySchema, sections: readonly Section[] = []): Field[] {
  return Object.keys(schema.shape).map((name) => fieldFor(schema, name, sections));
}

const body: Field = { name: 'body', label: l.body, widget: 'markdown', hint: l.bodyHint, required: true };

function backendConfig(backend: CmsBackend): Backend {
  if (backend.name === 'test-repo') return { name: 'test-repo' };
  return {
    name: 'github',
    repo: backend.repo,
    ...(backend.branch ? { branch: backend.branch } : {}),
    // Without an OAuth proxy, editors sign in with a personal access token only.
    ...(backend.authUrl ? { base_url: backend.authUrl } : { auth_methods: ['token'] }),
    commit_messages: { ...l.commit },
  };
}

/** The whole Sveltia configuration: articles, pages and the list of sections. */
export function cmsConfig(settings: CmsSettings): CmsConfig {
  const { sections } = settings;
  const siteUrl = settings.siteUrl.replace(/\/+$/, '');
  const articles: EntryCollection = {
    name: 'articles',
    label: l.articles,
    label_singular: l.article,
    description: l.articlesDescription,
    icon: 'article',
    folder: CONTENT_FOLDERS.articles,
    path: ARTICLE_PATH,
    slug: '{{title}}',
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // Pictures beside the article, written "./anh.jpg" as the contract wants.
    media_folder: `/${CONTENT_FOLDERS.articles}/{{dirname}}`,
    public_folder: '.',
    identifier_field: 'title',
    summary: "{{title}} — {{fields.date | date('DD/MM/YYYY')}}",
    sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
    view_filters: [
      { name: 'drafts', label: l.filterDrafts, field: 'draft', pattern: true },
      { name: 'scheduled', label: l.filterScheduled, field: 'date', gt: '{{now}}' },
      { name: 'featured', label: l.filterFeatured, field: 'featured', pattern: true },
    ],
    view_groups: [{ name: 'year', label: l.groupYear, field: 'date', pattern: '\\d{4}' }],
    preview_path: `${routes.article}/{{slug}}/`,
    // Renaming must not add an `aliases` key: the contract refuses keys it does not know.
    aliases_field: false,
    fields: [...fieldsOf(articleFrontmatter, sections), body],
  };
  const pages: EntryCollection = {
    name: 'pages',
    label: l.pages,
    label_singular: l.page,
    description: l.pagesDescription,
    icon: 'description',
    folder: CONTENT_FOLDERS.pages,
    path: '{{slug}}',
    slug: '{{title}}',
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    media_folder: `/${CONTENT_FOLDERS.pages}`,
    public_folder: '.',
    identifier_field: 'title',
    preview_path: '{{slug}}/',
    aliases_field: false,
    fields: [...fieldsOf(pageFrontmatter), body],
  };
  const settingsFiles: FileCollection = {
    name: 'settings',
    label: l.settings,
    icon: 'settings',
    files: [
      {
        name: 'sections',
        label: l.sectionsFile,
        file: CONTENT_FOLDERS.sections,
        format: 'yaml',
        fields: [
          {
            name: 'sections',
            label: l.sectionsList,
            label_singular: l.section,
            hint: l.sectionsDescription,
            widget: 'list',
            // categories.yaml is a list at the top of the file, not a key.
            root: true,
            summary: '{{fields.name}} ({{fields.slug}})',
            fields: fieldsOf(sectionFrontmatter),
          },
        ],
      },
    ],
  };
  return {
    load_config_file: false,
    backend: backendConfig(settings.backend),
    ...(settings.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    app_title: l.appTitle(settings.siteName),
    site_url: siteUrl,
    display_url: siteUrl,
    logo: { src: settings.logo },
    media_folder: CONTENT_FOLDERS.articles,
    public_folder: '.',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: [articles, pages, settingsFiles],
  };
}

/** Reads CMS_BACKEND, CMS_REPO, CMS_BRANCH and CMS_AUTH_URL; GITHUB_REPOSITORY (set by GitHub Actions) or `fallbackRepo` when CMS_REPO is not set. */
export function backendFromEnv(env: Record<string, string | undefined>, fallbackRepo?: string): CmsBackend | undefined {
  const name = env.CMS_BACKEND?.trim() || 'github';
  if (name === 'test-repo') return { name: 'test-repo' };
  if (name !== 'github') throw new Error(`CMS_BACKEND="${name}" không hợp lệ — dùng github (mặc định) hoặc test-repo`);
  const repo = env.CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim() || fallbackRepo;
  if (!repo) return undefined;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO="${repo}" không hợp lệ — viết dạng chủ/kho, ví dụ CMS_REPO=hoiphunu/bantin`);
  const branch = env.CMS_BRANCH?.trim() || undefined;
  const authUrl = env.CMS_AUTH_URL?.trim().replace(/\/+$/, '') || undefined;
  if (authUrl && !/^https:\/\/[^/]+(\/.*)?$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/.*)?$/.test(authUrl)) {
    throw new Error(`CMS_AUTH_URL="${authUrl}" không hợp lệ — cần địa chỉ https://, ví dụ CMS_AUTH_URL=https://sveltia-cms-auth.example.workers.dev`);
  }
  return { name: 'github', repo, ...(branch ? { branch } : {}), ...(authUrl ? { authUrl } : {}) };
}

/** "owner/name" of a GitHub remote URL (https or ssh), or undefined. */
export function githubRepoOf(remote: string | undefined): string | undefined {
  const match = remote?.trim().match(/github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** GitHub's API, and its status page, which Sveltia asks before sign-in to warn of an outage. */
const GITHUB_ORIGINS = ['https://api.github.com', 'https://www.githubstatus.com'];

/**
 * The editor page's Content-Security-Policy: looser than the reader pages' (Sveltia sets inline
 * styles, shows uploads from blob: URLs, compiles WebAssembly to convert pictures, and talks to
 * GitHub), still no other site's scripts and no eval.
 */
export function editorPolicy(backend: CmsBackend | undefined): string {
  const github = backend?.name === 'github' ? [...GITHUB_ORIGINS, ...(backend.authUrl ? [new URL(backend.authUrl).origin] : [])] : [];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https:",
    "media-src 'self' blob: https:",
    "font-src 'self' data:",
    ['connect-src', "'self'", 'blob:', 'data:', ...github].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
