import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { articleLastModified, inSitemap, saveLastModified } from '../../src/lib/site/sitemap.ts';
import { fixture } from '../helpers/build.ts';

const env = { CONTENT_DIR: process.env.CONTENT_DIR, BANTIN_NOW: process.env.BANTIN_NOW };
afterEach(() => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('the sitemap’s dates', () => {
  it('come from the list the content loader saved for this build, without a second read', () => {
    process.env.CONTENT_DIR = fixture('site');
    process.env.BANTIN_NOW = '2025-01-01T00:00';
    const cache = mkdtempSync(join(tmpdir(), 'bantin-sitemap-'));
    const report = loadContent(fixture('site'), new Date('2024-12-31T17:00:00Z'));
    saveLastModified(cache, report);
    const dates = articleLastModified(cache);
    expect(dates.get('/bai-viet/hoi-nghi-phu-nu/')?.toISOString()).toBe('2024-01-19T17:00:00.000Z'); // `updated`
    expect(dates.get('/bai-viet/ngay-8-3/')?.toISOString()).toBe('2024-03-07T17:00:00.000Z'); // `date`
    expect(dates.size).toBe(report.articles.filter((a) => a.status === 'published').length);

    // A list saved by this build is what is read: changing it shows.
    const file = join(cache, 'bantin-last-modified.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    saved.dates['/bai-viet/ngay-8-3/'] = '2020-01-01T00:00:00.000Z';
    writeFileSync(file, JSON.stringify(saved));
    expect(articleLastModified(cache).get('/bai-viet/ngay-8-3/')?.toISOString()).toBe('2020-01-01T00:00:00.000Z');

    // Another build's list (another moment) is not used: the folder is read instead.
    process.env.BANTIN_NOW = '2025-01-02T00:00';
    expect(articleLastModified(cache).get('/bai-viet/ngay-8-3/')?.toISOString()).toBe('2024-03-07T17:00:00.000Z');
    // No list at all: the folder is read.
    expect(
      articleLastModified(mkdtempSync(join(tmpdir(), 'bantin-sitemap-')))
        .get('/bai-viet/ngay-8-3/')
        ?.toISOString(),
    ).toBe('2024-03-07T17:00:00.000Z');
  });

  it('leave out the 404, search, editor and print pages', () => {
    expect(inSitemap('/bai-viet/x/')).toBe(true);
    for (const path of ['/404/', '/tim-kiem/', '/quan-tri/', '/admin/', '/ban-tin/2026/so-3/in/']) expect(inSitemap(path), path).toBe(false);
  });
});
