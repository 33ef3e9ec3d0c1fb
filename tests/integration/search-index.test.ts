import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

/** The search index written straight from hand-made built pages: edge cases no fixture site has. */
describe('the search index over unusual built sites', () => {
  const work = mkdtempSync(join(tmpdir(), 'bantin-index-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const article = (year: string, text: string) =>
    `<!doctype html><html lang="vi"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${text}</h1>` +
    `<p data-pagefind-ignore><span data-pagefind-filter="year:${year}"><time datetime="${year}-05-01T00:00:00+07:00" data-pagefind-sort="date[datetime]">01/05/${year}</time></span></p><p>${text}</p></article></body></html>`;
  const site = (name: string, pages: Record<string, string>) => {
    const out = join(work, name);
    for (const [slug, html] of Object.entries(pages)) {
      mkdirSync(join(out, 'bai-viet', slug), { recursive: true });
      writeFileSync(join(out, 'bai-viet', slug, 'index.html'), html);
    }
    mkdirSync(out, { recursive: true });
    return out;
  };

  it('gives a site without articles the runtime and an empty list of years', async () => {
    const out = site('empty', {});
    const figures = await buildSearchIndex(out);
    expect(figures).toMatchObject({ pages: 0, shards: 0 });
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8'))).toEqual({ version: 1, shards: [] });
    expect(readdirSync(join(out, 'pagefind')).sort()).toEqual(['pagefind.js', 'shards.json']);
  }, 60_000);

  it('leaves out a year none of whose pages has a body to index, and names those pages', async () => {
    const out = site('broken-year', {
      'tap-huan': article('2024', 'Tập huấn kỹ năng'),
      'hop-mat': article('2023', 'Họp mặt hội viên'),
      // The marker only as text: no element to index.
      'chi-chu': '<!doctype html><html><body><p>data-pagefind-body <span data-pagefind-filter="year:2019"></span></p></body></html>',
    });
    const figures = await buildSearchIndex(out);
    expect(figures.skipped).toEqual(['bai-viet/chi-chu/']);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8')).shards).toEqual([
      { id: '2024', pages: 1 },
      { id: '2023', pages: 1 },
    ]);
    expect(existsSync(join(out, 'pagefind/2019'))).toBe(false);
    // The first year keeps Pagefind's worker and module; the other holds the stub and no worker.
    expect(existsSync(join(out, 'pagefind/2024/pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/2023/pagefind-worker.js'))).toBe(false);
    expect(readFileSync(join(out, 'pagefind/2023/wasm.unknown.pagefind')).length).toBeLessThan(20);
    expect(readFileSync(join(out, 'pagefind/2024/wasm.unknown.pagefind')).length).toBeGreaterThan(10_000);
  }, 60_000);
});
