import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, builtSite, fixture, type BuildResult } from '../helpers/build.ts';

/** Each year's search index is reused from the cache when none of that year's articles changed. */
describe('search index cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'bantin-search-cache-'));
  const made: BuildResult[] = [];
  afterAll(() => {
    for (const build of made) rmSync(dirname(build.outDir), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('reuses the last index when nothing changed, and rebuilds it when one article did', () => {
    // The shared build of the same content is the first build; its cache is copied, so it stays as that build left it.
    const first = builtSite('search-site');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/Chỉ mục tìm kiếm: 37 bài viết trong [\d.]+ giây \([\d.]+ MB, \d+ tệp\), 7 phần theo năm, 0 phần không đổi được dùng lại\./);
    const content = join(work, 'content');
    cpSync(fixture('search-site'), content, { recursive: true });
    const env = { CACHE_DIR: join(work, 'cache'), BANTIN_NOW: '2026-01-01T00:00' };
    cpSync(first.cacheDir, env.CACHE_DIR, { recursive: true });

    const second = buildSite(content, env);
    made.push(second);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain('không bài nào đổi: dùng lại chỉ mục của lần build trước');
    // The social cards come from the same cache: none is drawn again.
    expect(first.output).toMatch(/ảnh chia sẻ: [1-9]\d* ảnh vẽ mới, 0 ảnh dùng lại/);
    expect(second.output).toMatch(/ảnh chia sẻ: 0 ảnh vẽ mới, [1-9]\d* ảnh dùng lại/);
    const index = (build: BuildResult) =>
      build
        .files()
        .filter((f) => f.startsWith('pagefind/'))
        .map((f) => `${f} ${build.read(f).length}`);
    expect(index(second)).toEqual(index(first));

    const article = join(content, 'articles/2019/tap-huan-ky-nang-tuyen-truyen-an-binh.md');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nBuổi tập huấn khép lại bằng một tiết mục văn nghệ vutru.\n`);
    const third = buildSite(content, env);
    made.push(third);
    expect(third.status, third.output).toBe(0);
    // Only the changed article's year is indexed again; the six other years are linked from the cache.
    expect(third.output).toMatch(/37 bài viết .*, 7 phần theo năm, 6 phần không đổi được dùng lại\./);
    const untouched = (f: string) => !f.startsWith('pagefind/2019/') && f !== 'pagefind/shards.json';
    // A body change leaves the title, section and date, so the card stays.
    expect(third.output).toMatch(/ảnh chia sẻ: 0 ảnh vẽ mới/);
    expect(index(third)).not.toEqual(index(first));
    expect(index(third).filter((f) => untouched(f.split(' ')[0]))).toEqual(index(first).filter((f) => untouched(f.split(' ')[0])));
    const year = (build: BuildResult) => index(build).filter((f) => f.startsWith('pagefind/2019/'));
    expect(year(third)).not.toEqual(year(first));
  }, 120_000);
});
