import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../helpers/build.ts';
import { EDITOR_MISTAKES, mistakeLine } from '../helpers/editor-mistakes.ts';

/**
 * `npm run check` gives an editor exactly one line per mistake. loadContent() is checked for the
 * same lines in tests/unit/content-load.test.ts, and the build is shown to print what the check
 * prints in invalid.test.ts, so no folder here needs a build of its own.
 */
describe.each(Object.keys(EDITOR_MISTAKES))('mistake: %s', (kind) => {
  it('npm run check prints exactly one error line and exits 1', () => {
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts/check.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: fixture(join('errors', kind)) },
    });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('✖'))).toEqual([`✖ lỗi  ${mistakeLine(kind)}`]);
    expect(run.stdout).toMatch(/^1 lỗi, \d+ cảnh báo/m);
  });
});
