import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/search/excerpt.ts';

describe('excerpt', () => {
  const text = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ') + ' lớp Tập huấn, ở Đà Nẵng. ' + 'cuối '.repeat(40);

  it('picks the passage with the query words and marks the words, not the punctuation', () => {
    const segments = excerpt(text, ['tap', 'huan', 'da', 'nang'], 20);
    const marked = segments.filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['Tập huấn', 'Đà Nẵng']);
    const joined = segments.map((s) => s.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined).toContain('huấn, ở');
  });

  it('finds the best passage at the very end of the text too', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[10] = 'alpha';
    words[80] = 'alpha';
    words[99] = 'beta';
    const marked = excerpt(words.join(' '), ['alpha', 'beta'], 32)
      .filter((s) => s.mark)
      .map((s) => s.text);
    expect(marked).toEqual(['alpha', 'beta']);
  });

  it('returns the text as plain segments: markup stays text', () => {
    const segments = excerpt('<img src=x onerror=alert(1)> tập', ['tap']);
    expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> tập');
  });

  it('shows the start of a short text without ellipses', () => {
    expect(excerpt('Tập huấn', ['tap'])).toEqual([
      { text: 'Tập', mark: true },
      { text: ' huấn', mark: false },
    ]);
  });
});
