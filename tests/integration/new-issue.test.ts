import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../helpers/build.ts';

const script = (name: string) => ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts', name)];

describe('npm run new:issue', () => {
  // The fixture site already has issue 2/2024; the new one is number 3.
  const dir = mkdtempSync(join(tmpdir(), 'bantin-new-issue-'));
  cpSync(fixture('site'), dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...process.env, CONTENT_DIR: dir, BANTIN_NOW: '2025-01-01T00:00' };
  const run = (...args: string[]) => spawnSync(process.execPath, [...script('new-issue.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env });

  it('writes the next issue of the year with the period’s articles, as a draft the check accepts', () => {
    const result = run('--quarter', '2', '--year', '2024', '--date', '2024-06-30');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('issues/2024-03.md (bản nháp, Số 3/2024, Quý II/2024, 2 bài)');
    const text = readFileSync(join(dir, 'issues/2024-03.md'), 'utf8');
    expect(text).toContain('number: 3\nyear: 2024\nperiod: { quarter: 2 }\ndate: 2024-06-30\n');
    expect(text).toContain('      - chu-to-hop  # Điện Biên: Hội viên phụ nữ học nghề');
    expect(text).toContain('      - phong-su-video  # Phóng sự video về mô hình sinh kế');
    expect(text).not.toContain('ban-nhap');
    expect(text).toContain('draft: true');
    const check = spawnSync(process.execPath, script('check.ts'), { cwd: ROOT, encoding: 'utf8', env });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain('; 2 số bản tin');
  });

  it('refuses a month that does not exist', () => {
    const result = run('--month', '13');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--month "13" phải là số nguyên từ 1 đến 12');
  });
});
