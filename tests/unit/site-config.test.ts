import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, RESERVED_SLUGS, resolveSiteConfig, routes, SEARCH_BUNDLE, site } from '../../src/lib/site/config.ts';
import { siteConfig, type SiteConfig } from '../../src/site.config.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { toSlug } from '../../src/lib/text/slug.ts';

const minimal: SiteConfig = {
  name: 'Bản tin Hội Nông dân',
  association: 'Hội Nông dân',
  description: 'Tin tức của Hội.',
  colors: { brand: '#225522', brandDark: '#88cc88', accent: '#1f5f8b', accentDark: '#8cc4ee' },
};

describe('resolved site config', () => {
  it('fills every left-out setting with its default', () => {
    const resolved = resolveSiteConfig(minimal);
    expect(resolved).toMatchObject({ ...minimal, ...DEFAULTS, shortName: minimal.name, lang: 'vi', ogLocale: 'vi_VN' });
  });

  it('keeps what the association set, and treats an undefined field as left out', () => {
    const resolved = resolveSiteConfig({ ...minimal, pageSize: 12, shortName: 'Hội ND', featuredSection: 'noi-bat', relatedCount: undefined });
    expect(resolved).toMatchObject({ pageSize: 12, shortName: 'Hội ND', featuredSection: 'noi-bat', relatedCount: DEFAULTS.relatedCount });
  });

  it('stops on a size that is not a whole number of at least 1', () => {
    expect(() => resolveSiteConfig({ ...minimal, pageSize: 0 })).toThrow(/pageSize/);
    expect(() => resolveSiteConfig({ ...minimal, feedSize: 2.5 })).toThrow(/feedSize/);
  });

  it('is what src/site.config.ts says, completed', () => {
    expect(site).toMatchObject(siteConfig);
    for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) expect(site[key]).toBeDefined();
  });
});

describe('route segments', () => {
  it('match the folders under src/pages, so a renamed folder cannot leave links behind', () => {
    const folders = readdirSync(new URL('../../src/pages/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[_[]/.test(entry.name))
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.values(routes).sort());
  });

  it('start every path that paths builds for them', () => {
    expect(paths.article('x')).toBe(`/${routes.article}/x/`);
    expect(paths.category('x')).toBe(`/${routes.section}/x/`);
    expect(paths.tag('X')).toBe(`/${routes.tag}/x/`);
    expect(paths.archive()).toBe(`/${routes.archive}/`);
    expect(paths.search()).toBe(`/${routes.search}/`);
  });

  it('reserve every top-level name the build writes, spelled as a slug', () => {
    expect([...RESERVED_SLUGS].sort()).toEqual([...Object.values(routes), SEARCH_BUNDLE, '_astro', '404', 'rss-xml', 'robots-txt'].sort());
    for (const name of RESERVED_SLUGS) expect(toSlug(name) === name || name.startsWith('_')).toBe(true);
  });
});
