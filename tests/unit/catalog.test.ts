import { describe, expect, it } from 'vitest';
import { adjacentArticles, buildCatalog, relatedArticles, type Listed } from '../../src/lib/site/catalog.ts';

const article = (id: string, date: string, category: string, tags: string[], featured = false): Listed => ({
  id,
  data: { title: id, date: new Date(`${date}T00:00:00+07:00`), category, tags, featured },
});

const articles = [
  article('a', '2021-04-09', 'hoat-dong-hoi', ['tập huấn', 'Đà Nẵng']),
  article('b', '2022-01-01', 'video', ['Đà Nẵng'], true),
  article('c', '2020-05-05', 'hoat-dong-hoi', ['khác']),
  article('d', '2021-01-01', 'tam-diem', ['tập huấn', 'Đà Nẵng', 'x']),
  article('e', '2021-04-09', 'tam-diem', ['da nang']),
];

describe('catalog', () => {
  const catalog = buildCatalog(articles);

  it('lists newest first, ties broken by slug', () => {
    expect(catalog.all.map((a) => a.id)).toEqual(['b', 'a', 'e', 'd', 'c']);
  });

  it('groups by section, tag (merging spellings) and year', () => {
    expect(catalog.byCategory.get('hoat-dong-hoi')?.map((a) => a.id)).toEqual(['a', 'c']);
    expect(catalog.tagBySlug.get('da-nang')?.articles.map((a) => a.id)).toEqual(['b', 'a', 'e', 'd']);
    expect(catalog.tagBySlug.get('da-nang')?.name).toBe('Đà Nẵng');
    expect(catalog.years.map((y) => [y.year, y.articles.length])).toEqual([
      [2022, 1],
      [2021, 3],
      [2020, 1],
    ]);
    expect(catalog.featured.map((a) => a.id)).toEqual(['b']);
  });

  it('sorts tag names in Vietnamese order', () => {
    expect(catalog.tags.map((t) => t.name)).toEqual(['Đà Nẵng', 'khác', 'tập huấn', 'x']);
  });

  it('gives previous (older) and next (newer) articles', () => {
    expect(adjacentArticles(catalog, catalog.bySlug.get('a')!)).toMatchObject({ newer: { id: 'b' }, older: { id: 'e' } });
    expect(adjacentArticles(catalog, catalog.bySlug.get('b')!).newer).toBeUndefined();
    expect(adjacentArticles(catalog, catalog.bySlug.get('c')!).older).toBeUndefined();
  });

  it('ranks related articles by shared tags, then section, never itself', () => {
    const related = relatedArticles(catalog, catalog.bySlug.get('a')!, 3).map((r) => r.id);
    expect(related[0]).toBe('d'); // two shared tags
    expect(related).not.toContain('a');
    expect(related).toHaveLength(3);
  });
});
