import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixture } from '../helpers/build.ts';

/** The search index is reused from the cache when no article's indexable text changed. */
describe('search index cache', () => {
  it('reuses the last index when nothing changed, and rebuilds it when one article did', () => {
    const work = mkdtempSync(join(tmpdir(), 'bantin-search-cache-'));
    const content = join(work, 'content');
    cpSync(fixture('search-site'), content, { recursive: true });
    const env = { CACHE_DIR: join(work, 'cache'), BANTIN_NOW: '2026-01-01T00:00' };

    const first = buildSite(content, env);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/Chỉ mục tìm kiếm: 37 bài viết trong [\d.]+ giây \([\d.]+ MB, \d+ tệp\)\./);

    const second = buildSite(content, env);
    expect(second.output).toContain('không bài nào đổi: dùng lại chỉ mục của lần build trước');
    const index = (build: typeof first) => build.files().filter((f) => f.startsWith('pagefind/')).map((f) => `${f} ${build.read(f).length}`);
    expect(index(second)).toEqual(index(first));

    const article = join(content, 'articles/2019/tap-huan-ky-nang-tuyen-truyen-an-binh.md');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nBuổi tập huấn khép lại bằng một tiết mục văn nghệ vutru.\n`);
    const third = buildSite(content, env);
    expect(third.output).not.toContain('dùng lại chỉ mục');
    expect(index(third)).not.toEqual(index(first));
  });
});
