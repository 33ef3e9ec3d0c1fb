import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const script = (name: string) => ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts', name)];

describe('npm run new', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-new-'));
  copyFileSync(join(ROOT, 'content/categories.yaml'), join(dir, 'categories.yaml'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [...script('new.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });

  it('creates content/articles/YYYY/MM/<slug>.md with valid front matter', () => {
    const result = run('Ngày 8/3: Hội thi & giao lưu', '--category', 'phong-trao-thi-dua', '--date', '2026-03-08');
    expect(result.status, result.stderr).toBe(0);
    const file = join(dir, 'articles/2026/03/ngay-8-3-hoi-thi-va-giao-luu.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Ngày 8/3: Hội thi & giao lưu"');
    expect(text).toContain('category: phong-trao-thi-dua');
    expect(text).toContain('draft: true');
    // The same check the build runs accepts it (a draft, so not published yet).
    const check = spawnSync(process.execPath, script('check.ts'), { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('1 bài viết: 0 đã đăng, 1 bản nháp, 0 hẹn giờ');
  });

  it('refuses to overwrite an existing article', () => {
    const result = run('Ngày 8/3: Hội thi & giao lưu', '--category', 'phong-trao-thi-dua', '--date', '2026-03-08');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('đã có — không ghi đè');
  });

  it('refuses an unknown section and lists the valid ones', () => {
    const result = run('Bài mới', '--category', 'tin-tuc');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('chuyên mục "tin-tuc" không có — dùng một trong: tam-diem (Tâm điểm), cac-de-an (Các đề án)');
  });

  it('refuses a day-first date with the ISO suggestion', () => {
    const result = run('Bài mới', '--date', '09/04/2021');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('có phải ý bạn là 2021-04-09?');
  });
});
