import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitLines, wrap } from '../../../src/lib/cards/layout.ts';

/** Every character 10 px wide: easy to reason about, and the rule never sees a font. */
const measure = (text: string) => [...text].length * 10;

describe('fitting a title into a card', () => {
  it('wraps words greedily onto lines no wider than the box', () => {
    expect(wrap('Tập huấn cán bộ Hội cơ sở', 100, measure)).toEqual(['Tập huấn', 'cán bộ Hội', 'cơ sở']);
    expect(wrap('  nhiều   dấu  cách ', 200, measure)).toEqual(['nhiều dấu cách']);
    expect(wrap('', 100, measure)).toEqual([]);
  });

  it('breaks a word longer than a whole line (an address) by characters', () => {
    expect(wrap('xem https://hoi.example.vn/bai', 100, measure)).toEqual(['xem', 'https://ho', 'i.example.', 'vn/bai']);
  });

  it('keeps a title that fits as it is', () => {
    expect(fitLines('Hội nghị tổng kết', 200, 2, measure)).toEqual({ lines: ['Hội nghị tổng kết'], shortened: false });
  });

  it('shortens a long title at a word boundary with an ellipsis, never inside a word', () => {
    const { lines, shortened } = fitLines('Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024', 120, 2, measure);
    expect(shortened).toBe(true);
    expect(lines).toEqual(['Hội nghị', `tổng kết${ELLIPSIS}`]);
  });

  it('drops punctuation left before the ellipsis', () => {
    const { lines } = fitLines('Tập huấn, bồi dưỡng cán bộ', 110, 1, measure);
    expect(lines).toEqual([`Tập huấn${ELLIPSIS}`]);
  });

  it('holds for any title: at most the lines allowed, none wider than the box, words in order', () => {
    const word = fc.stringMatching(/^[a-zăâđêôơưàáảãạ]{1,18}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 60, max: 400 }),
        (words, maxLines, width) => {
          const title = words.join(' ');
          const { lines, shortened } = fitLines(title, width, maxLines, measure);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
          const shown = lines.join(' ').replace(ELLIPSIS, '').replace(/\s+/g, '');
          expect(title.replace(/\s+/g, '').startsWith(shown)).toBe(true);
          if (!shortened) expect(shown).toBe(title.replace(/\s+/g, ''));
          else expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
        },
      ),
      { seed: 20261204, numRuns: 500 },
    );
  });
});
