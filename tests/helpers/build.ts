import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tryLock, unlock } from './build-lock.ts';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { inject } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);

/** What a build leaves behind, as plain data: it crosses from the global setup to the test files. */
export interface BuildRecord {
  status: number | null;
  output: string;
  outDir: string;
  /** Astro's cache of this build (images, search index): a later build may start from a copy. */
  cacheDir: string;
}

export interface BuildResult extends BuildRecord {
  /** Reads a built file ("bai-viet/x/index.html"); throws if it is missing. */
  read(path: string): string;
  exists(path: string): boolean;
  /** Every built file, relative to outDir, with forward slashes. */
  files(): string[];
}

/** The site as GitHub Pages serves it: a project site under a sub-path. */
export const SUB_PATH = { SITE_URL: 'https://hoi.example.vn', BASE_PATH: '/bantin/' };

/**
 * The builds test files share. tests/helpers/global-setup.ts builds each one once, before any
 * test runs; a test file reads one with builtSite(name).
 */
export const SHARED_BUILDS = {
  site: { content: 'tests/fixtures/site', env: SUB_PATH },
  /** A second build of the same content, to prove builds are reproducible. */
  'site-again': { content: 'tests/fixtures/site', env: SUB_PATH },
  /** The corpus runs to January 2025: built as seen later, so nothing is scheduled. */
  'search-site': { content: 'tests/fixtures/search-site', env: { BANTIN_NOW: '2026-01-01T00:00' } },
  invalid: { content: 'tests/fixtures/invalid', env: {} },
  /** The real content folder, at the real date. */
  content: { content: 'content', env: { BANTIN_NOW: '' } },
} satisfies Record<string, { content: string; env: Record<string, string> }>;

export type SharedBuild = keyof typeof SHARED_BUILDS;

declare module 'vitest' {
  interface ProvidedContext {
    builds: Partial<Record<SharedBuild, BuildRecord>>;
  }
}

/** The environment of a build as a user's shell would give it: without the variables Vitest sets for itself. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(VITEST|VITE_)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

/**
 * Astro writes generated types into <root>/.astro during every build, so two builds of this
 * project must not overlap: test files running in parallel take turns through this lock.
 */
function withBuildLock<T>(run: () => T): T {
  while (!tryLock()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  try {
    return run();
  } finally {
    unlock();
  }
}

/** Runs a real `astro build` of a content folder into a fresh temporary folder. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'bantin-build-'));
  const outDir = join(work, 'dist');
  const cacheDir = env.CACHE_DIR ?? join(work, 'cache');
  const result = withBuildLock(() => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnv(), CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, BANTIN_NOW: '2025-01-01T00:00', NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    // One line per real build, so a run's build count and cost can be read from its output.
    console.log(
      `astro build: ${relative(ROOT, contentDir) || contentDir} ${JSON.stringify(env)} → exit ${run.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return run;
  });
  return overBuild({ status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, cacheDir });
}

/** A shared build made by the global setup (see SHARED_BUILDS). */
export function builtSite(name: SharedBuild): BuildResult {
  const record = inject('builds')?.[name];
  if (!record) {
    throw new Error(`no shared build "${name}": the global setup builds what the selected test files ask for with builtSite('${name}')`);
  }
  return overBuild(record);
}

function overBuild(record: BuildRecord): BuildResult {
  const { outDir } = record;
  return {
    ...record,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    files: () => listFiles(outDir).map((file) => relative(outDir, file).split('\\').join('/')),
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
