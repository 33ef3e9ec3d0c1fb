import { describe, expect, it } from 'vitest';
import { vietnameseCollator } from '../../src/lib/text/collate.ts';

describe('Vietnamese collation', () => {
  it('orders the Vietnamese alphabet: a ă â b c d đ e ê … o ô ơ u ư', () => {
    const letters = ['đ', 'ư', 'â', 'b', 'ơ', 'a', 'ê', 'd', 'ô', 'ă', 'e', 'u', 'o', 'c'];
    expect([...letters].sort(vietnameseCollator.compare)).toEqual(['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('sorts names by words, with đ after d (a code-point sort would not)', () => {
    const names = ['Đà Nẵng', 'Dân số', 'Bình đẳng giới', 'Ăn uống', 'An toàn', 'Ưu đãi', 'Uống nước'];
    const sorted = [...names].sort(vietnameseCollator.compare);
    expect(sorted).toEqual(['An toàn', 'Ăn uống', 'Bình đẳng giới', 'Dân số', 'Đà Nẵng', 'Uống nước', 'Ưu đãi']);
    expect([...names].sort()).not.toEqual(sorted);
  });

  it('compares numbers numerically', () => {
    expect(['Khóa 10', 'Khóa 2', 'Khóa 1'].sort(vietnameseCollator.compare)).toEqual(['Khóa 1', 'Khóa 2', 'Khóa 10']);
  });
});
