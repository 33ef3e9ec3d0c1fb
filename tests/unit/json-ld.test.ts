import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/site/json-ld.ts';
import { toRfc822 } from '../../src/lib/text/dates.ts';

describe('serializeJsonLd', () => {
  it('never lets </script> or <!-- end the script element, and round-trips', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028 "q"' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('toRfc822', () => {
  it('formats in Viet Nam time with +0700', () => {
    expect(toRfc822(new Date('2021-04-08T17:00:00Z'))).toBe('Fri, 09 Apr 2021 00:00:00 +0700');
    expect(toRfc822(new Date('2023-12-31T17:30:00Z'))).toBe('Mon, 01 Jan 2024 00:30:00 +0700');
  });
});
