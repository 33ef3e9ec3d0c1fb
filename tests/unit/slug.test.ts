import { describe, expect, it } from 'vitest';
import { toSlug } from '../../src/lib/text/slug.ts';

describe('toSlug', () => {
  it('maps đ and Đ to d, never "dj"', () => {
    expect(toSlug('Đà Nẵng')).toBe('da-nang');
    expect(toSlug('đoàn kết')).toBe('doan-ket');
    expect(toSlug('ĐẢNG')).toBe('dang');
  });

  it('drops every tone and vowel mark', () => {
    expect(toSlug('Tập huấn nâng cao bản lĩnh chính trị')).toBe('tap-huan-nang-cao-ban-linh-chinh-tri');
    expect(toSlug('ư ơ ă â ê ô ỹ ỵ ữ ậ ờ')).toBe('u-o-a-a-e-o-y-y-u-a-o');
    expect(toSlug('Hỗ trợ phụ nữ khởi nghiệp')).toBe('ho-tro-phu-nu-khoi-nghiep');
  });

  it('gives the same slug for NFD (decomposed) input', () => {
    const nfd = 'Tập huấn Đà Nẵng'.normalize('NFD');
    expect(nfd).not.toBe('Tập huấn Đà Nẵng');
    expect(toSlug(nfd)).toBe('tap-huan-da-nang');
  });

  it('turns "/" and punctuation into hyphens: "Ngày 8/3" → ngay-8-3', () => {
    expect(toSlug('Ngày 8/3')).toBe('ngay-8-3');
    expect(toSlug('Đà Nẵng: Tập huấn (2021)!')).toBe('da-nang-tap-huan-2021');
    expect(toSlug('  “Trích dẫn” — gạch…  ')).toBe('trich-dan-gach');
  });

  it('says symbols as Vietnamese words, not English ones', () => {
    expect(toSlug('Hội thi & giao lưu')).toBe('hoi-thi-va-giao-luu');
    expect(toSlug('Tăng 15% hội viên')).toBe('tang-15-phan-tram-hoi-vien');
    expect(toSlug('A < B | C $')).toBe('a-b-c');
  });

  it('is idempotent and lowercase ASCII only', () => {
    for (const text of ['Phụ nữ', 'Bình đẳng giới', 'Ngày 8/3', 'ĐIỆN BIÊN', '<script>']) {
      const slug = toSlug(text);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(toSlug(slug)).toBe(slug);
    }
  });

  it('makes colliding spellings collide (the build then reports them)', () => {
    expect(toSlug('Phụ nữ')).toBe(toSlug('phu nu'));
    expect(toSlug('PHỤ NỮ')).toBe(toSlug('phụ-nữ'));
  });

  it('returns an empty string when nothing is left', () => {
    expect(toSlug('!!! ??? ///')).toBe('');
    expect(toSlug('')).toBe('');
  });
});
