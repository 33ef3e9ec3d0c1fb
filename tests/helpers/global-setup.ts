import { readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, SHARED_BUILDS, buildSite, type BuildRecord, type SharedBuild } from './build.ts';

/**
 * Builds each shared site once, one after another, before any test file runs, and hands the
 * results to the test files (builtSite() in build.ts). Only the builds that the selected test
 * files name in a builtSite('…') call are made, so `vitest run tests/unit` builds nothing.
 */
export default function setup(project: TestProject) {
  const wanted = wantedBuilds(project.vitest.state.getPaths());
  const builds: Partial<Record<SharedBuild, BuildRecord>> = {};
  for (const name of wanted) {
    const { content, env } = SHARED_BUILDS[name];
    // The editor page (/quan-tri/) of every shared build works on Sveltia's in-browser test repository, never on GitHub.
    const { status, output, outDir, cacheDir } = buildSite(resolve(ROOT, content), { CMS_BACKEND: 'test-repo', ...env });
    builds[name] = { status, output, outDir, cacheDir };
  }
  project.provide('builds', builds);

  return () => {
    // outDir and cacheDir share one temporary folder per build.
    for (const build of Object.values(builds)) rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}

/** The shared builds named by the test files of this run, in the order of SHARED_BUILDS. */
function wantedBuilds(testFiles: string[]): SharedBuild[] {
  const names = new Set<string>();
  for (const file of testFiles) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/builtSite\(\s*'([^']+)'\s*\)/g)) names.add(name);
  }
  return (Object.keys(SHARED_BUILDS) as SharedBuild[]).filter((name) => names.has(name));
}
