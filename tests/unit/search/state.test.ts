import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const state = { q: 'tập huấn', section: 'hoat-dong-hoi', year: '2021', sort: 'newest' as const };
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: ' ', section: '', year: '', sort: 'relevance' })).toBe('');
    expect(writeState({ q: 'tap huan', section: '', year: '', sort: 'relevance' })).toBe('?q=tap+huan');
  });

  it('ignores values it does not know', () => {
    expect(readState('?q=x&nam=abcd&sap-xep=ngau-nhien')).toEqual({ q: 'x', section: '', year: '', sort: 'relevance' });
  });
});
