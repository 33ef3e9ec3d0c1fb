import { describe, expect, it } from 'vitest';
import { hasOwnCard } from '../../../src/lib/cards/policy.ts';
import { resolveSiteConfig } from '../../../src/lib/site/config.ts';
import { siteConfig } from '../../../src/site.config.ts';

describe('which articles get a card of their own', () => {
  const now = new Date('2026-03-01T10:00:00+07:00');
  it('every article with "all"', () => {
    expect(hasOwnCard(new Date('2010-01-01T00:00:00+07:00'), 'all', now)).toBe(true);
  });

  it('with N, the articles of the last N calendar years in Vietnam’s time zone', () => {
    expect(hasOwnCard(new Date('2026-01-01T00:00:00+07:00'), 1, now)).toBe(true);
    // 31/12/2025 23:30 in Hà Nội is 2025, though 2025-12-31T16:30Z is already 2026 nowhere.
    expect(hasOwnCard(new Date('2025-12-31T23:30:00+07:00'), 1, now)).toBe(false);
    expect(hasOwnCard(new Date('2025-01-01T00:00:00+07:00'), 2, now)).toBe(true);
    expect(hasOwnCard(new Date('2024-12-31T23:59:00+07:00'), 2, now)).toBe(false);
  });

  it('refuses a setting that is neither "all" nor a whole number of years', () => {
    expect(resolveSiteConfig(siteConfig).articleCards).toBe('all');
    expect(resolveSiteConfig({ ...siteConfig, articleCards: 3 }).articleCards).toBe(3);
    for (const bad of [0, -1, 1.5, 'some'] as const) expect(() => resolveSiteConfig({ ...siteConfig, articleCards: bad as never })).toThrow(/articleCards/);
  });
});
