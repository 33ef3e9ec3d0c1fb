import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tryLock, unlock } from './build-lock.ts';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
  /** Reads a built file ("bai-viet/x/index.html"); throws if it is missing. */
  read(path: string): string;
  exists(path: string): boolean;
  /** Every built file, relative to outDir, with forward slashes. */
  files(): string[];
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
  const result = withBuildLock(() => spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: join(work, 'cache'), BANTIN_NOW: '2025-01-01T00:00', NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  }));
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
    files: () => listFiles(outDir).map((file) => relative(outDir, file).split('\\').join('/')),
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
