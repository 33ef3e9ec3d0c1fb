import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_BYTES, sizeLevel, sizeLimit } from '../../src/lib/site/site-size.ts';

describe('the site size against the host limit', () => {
  it('is GitHub Pages’ 1 GB unless SITE_SIZE_LIMIT_MB says otherwise', () => {
    expect(sizeLimit({})).toBe(DEFAULT_LIMIT_BYTES);
    expect(sizeLimit({ SITE_SIZE_LIMIT_MB: '25000' })).toBe(25e9);
    for (const bad of ['', '0', '-5', 'một GB']) expect(sizeLimit({ SITE_SIZE_LIMIT_MB: bad }), bad).toBe(DEFAULT_LIMIT_BYTES);
  });

  it('warns from 80 % and is over only past the limit', () => {
    expect(sizeLevel(799_999_999, 1e9)).toEqual({ level: 'ok', percent: 79 });
    expect(sizeLevel(800_000_000, 1e9)).toEqual({ level: 'warn', percent: 80 });
    expect(sizeLevel(1e9, 1e9)).toEqual({ level: 'warn', percent: 100 });
    expect(sizeLevel(1e9 + 1, 1e9).level).toBe('over');
  });
});
