import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, builtSite, fixture, type BuildResult } from '../helpers/build.ts';

/** `npm run check` on a content folder, as an editor runs it. */
const check = (contentDir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
  });

/**
 * The problem lines of a build log ("[ERROR] [bantin-articles] <file>  <message>"), as "error <file>  <message>".
 * Whichever content loader reads the folder first prints them, once.
 */
const buildProblems = (output: string) =>
  [...output.matchAll(/\[(ERROR|WARN)\] \[bantin-(?:articles|pages|categories|issues)\] (tests\/fixtures\/.*)$/gm)].map(
    ([, level, line]) => `${level === 'ERROR' ? 'error' : 'warning'} ${line}`,
  );

/** The problem lines of `npm run check` ("✖ lỗi  <file>  <message>"), in the same form. */
const checkProblems = (stdout: string) =>
  [...stdout.matchAll(/^(✖ lỗi|⚠ cảnh báo) {2}(.*)$/gm)].map(([, label, line]) => `${label === '✖ lỗi' ? 'error' : 'warning'} ${line}`);

describe('a content folder with mistakes', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = builtSite('invalid');
  });

  it('fails the build', () => {
    expect(build.status).toBe(1);
    expect(build.exists('index.html')).toBe(false);
  });

  it('names each file, line and field with the fix', () => {
    expect(build.output).toContain(
      'tests/fixtures/invalid/articles/2024/sai-ngay.md:3  date: "09/04/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09 (hoặc 2021-04-09T08:30 nếu cần giờ); có phải ý bạn là 2021-04-09?',
    );
    expect(build.output).toContain(
      'tests/fixtures/invalid/articles/2024/sai-truong.md:2  titel: trường không có trong mẫu bài viết — có phải ý bạn là "title"?',
    );
    expect(build.output).toContain(
      'tests/fixtures/invalid/articles/2024/trung-2.md  slug: trùng địa chỉ "trung-dia-chi" với bài tests/fixtures/invalid/articles/2024/trung-1.md',
    );
    expect(build.output).toContain('Nội dung có 4 lỗi');
  });

  it('never shows a stack trace', () => {
    expect(build.output).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(build.output).not.toMatch(/Error:|node_modules/);
  });

  it('prints the same problem lines and accounting line as npm run check, which exits 1', () => {
    const run = check(fixture('invalid'));
    expect(run.status).toBe(1);
    const fromCheck = checkProblems(run.stdout);
    expect(fromCheck).toHaveLength(4);
    expect(buildProblems(build.output)).toEqual(fromCheck);
    const accounting = '5 bài viết: 2 đã đăng, 0 bản nháp, 0 hẹn giờ, 3 lỗi; 0 trang, 7 chuyên mục, 0 ảnh';
    expect(run.stdout).toContain(`${accounting}\n`);
    expect(build.output).toContain(`${accounting}\n`);
    expect(run.stdout).toMatch(/^4 lỗi, 0 cảnh báo/m);
  });

  it('gives GitHub Actions annotations from npm run check in CI', () => {
    const run = check(fixture('invalid'), { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=tests/fixtures/invalid/articles/2024/sai-ngay.md,line=3,title=date::date: "09/04/2021" không phải ngày hợp lệ');
  });
});

describe('the real content folder', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = builtSite('content');
  });

  it('builds, with the Đà Nẵng report as an article dated 09/04/2021', () => {
    expect(build.status, build.output).toBe(0);
    const html = build.read('bai-viet/da-nang-tap-huan-nang-cao-ban-linh-chinh-tri/index.html');
    expect(html).toMatch(/<h1[^>]*>Đà Nẵng: Tập huấn nâng cao bản lĩnh chính trị cho đội ngũ cán bộ Hội các cấp<\/h1>/);
    expect(html).toMatch(/<time datetime="2021-04-09T00:00:00\+07:00"[^>]*>09\/04\/2021<\/time>/);
    expect(html).toContain('Tác giả: Hội LHPN TP Đà Nẵng');
    expect(html).toContain('Hoạt động Hội');
    expect(html).toContain('150 cán bộ Hội phụ nữ các cấp');
    expect(html).toContain('1400 cán bộ Hội các cấp');
  });
});
