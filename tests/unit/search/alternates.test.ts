import { describe, expect, it } from 'vitest';
import { addAlternates, dForm, stripAlternates } from '../../../src/lib/search/alternates.ts';

describe('d-forms beside đ-words on the indexed copy', () => {
  it('writes every đ-word with its d-form and keeps the other marks', () => {
    expect(addAlternates('Đà Nẵng, Đảng và đường')).toBe('Đà_Dà Nẵng, Đảng_Dảng và đường_dường');
    expect(dForm('Đảng')).toBe('Dảng');
  });

  it('strips them again, and leaves any other underscore alone', () => {
    const text = 'Đà Nẵng: Đảng bộ, tên_biến và Đà_Da';
    expect(stripAlternates(addAlternates(text))).toBe(text);
  });
});
