import { describe, expect, it } from 'vitest';
import { basePath, normalizeBase } from '../../src/lib/site/deploy.ts';
import { articleSlugOf, joinBase, linkWithBase, paths, stripBase } from '../../src/lib/site/urls.ts';

describe('base path', () => {
  it('always starts and ends with one slash', () => {
    for (const written of ['bantin', '/bantin', 'bantin/', '//bantin//', ' /bantin/ ']) expect(normalizeBase(written)).toBe('/bantin/');
    expect(normalizeBase('/hoi/bantin')).toBe('/hoi/bantin/');
    for (const root of [undefined, '', '/', '///', ' ']) expect(normalizeBase(root)).toBe('/');
    expect(basePath({ BASE_PATH: 'bantin' })).toBe('/bantin/');
    expect(basePath({})).toBe('/');
  });

  it('joins and strips, whatever slashes the base was written with', () => {
    expect(joinBase('/bantin', '/the/')).toBe('/bantin/the/');
    expect(joinBase('/bantin/', 'the/')).toBe('/bantin/the/');
    expect(joinBase('/', '/the/')).toBe('/the/');
    expect(stripBase('/bantin/', '/bantin/the/')).toBe('/the/');
    expect(stripBase('bantin', '/bantin')).toBe('/');
    expect(stripBase('/bantin/', '/khac/the/')).toBeUndefined();
    expect(stripBase('/bantin/', '/bantinx/')).toBeUndefined();
    expect(stripBase('/', '/the/')).toBe('/the/');
  });

  it('puts a root-relative link in an article under the base once', () => {
    expect(linkWithBase('/bantin/', '/the/')).toBe('/bantin/the/');
    expect(linkWithBase('/bantin/', '/bantin/the/')).toBe('/bantin/the/');
    expect(linkWithBase('/bantin/', '/bantin')).toBe('/bantin');
    expect(linkWithBase('/bantin/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(linkWithBase('/bantin/', 'https://example.vn/x')).toBe('https://example.vn/x');
    expect(linkWithBase('/bantin/', '../x.md')).toBe('../x.md');
    expect(linkWithBase('/', '/the/')).toBe('/the/');
  });
});

describe('paths', () => {
  it('number list pages from 2, page 1 being the list itself', () => {
    expect(paths.category('hoat-dong', 1)).toBe('/chuyen-muc/hoat-dong/');
    expect(paths.category('hoat-dong', 2)).toBe('/chuyen-muc/hoat-dong/2/');
    expect(paths.archiveYear(2021, 3)).toBe('/luu-tru/2021/3/');
    expect(paths.tag('Bình đẳng giới', 2)).toBe('/the/binh-dang-gioi/2/');
  });

  it('write the search page with its query in the form the page reads', () => {
    expect(paths.search('tập huấn')).toBe('/tim-kiem/?q=t%E1%BA%ADp+hu%E1%BA%A5n');
    expect(paths.search()).toBe('/tim-kiem/');
  });

  it('place each section feed beside its section', () => {
    expect(paths.categoryFeed('cac-de-an')).toBe('/chuyen-muc/cac-de-an/rss.xml');
    expect(paths.feed()).toBe('/rss.xml');
  });

  it('read an article link back to its slug, under any base', () => {
    expect(articleSlugOf(paths.article('tap-huan'))).toBe('tap-huan');
    expect(articleSlugOf('/bantin/bai-viet/tap-huan/#muc')).toBe('tap-huan');
    expect(articleSlugOf('/bai-viet/ng%C3%A0y')).toBe('ngày');
    expect(articleSlugOf('/the/tap-huan/')).toBeUndefined();
    expect(articleSlugOf('bai-viet/tap-huan/')).toBeUndefined();
  });
});
