import { describe, expect, it } from 'vitest';
import { isPublishable } from '../../src/lib/content/publishing.ts';

const now = new Date('2025-06-01T00:00:00+07:00');

describe('isPublishable (draft and schedule rule)', () => {
  it('publishes a past article that is not a draft', () => {
    expect(isPublishable({ draft: false, date: new Date('2025-05-31T23:59:59+07:00') }, now)).toBe(true);
  });
  it('publishes an article dated exactly now', () => {
    expect(isPublishable({ draft: false, date: now }, now)).toBe(true);
  });
  it('holds back an article dated one second in the future', () => {
    expect(isPublishable({ draft: false, date: new Date(now.getTime() + 1000) }, now)).toBe(false);
  });
  it('never publishes a draft, even an old one', () => {
    expect(isPublishable({ draft: true, date: new Date('2000-01-01') }, now)).toBe(false);
  });
});
