import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/lib/content/contract.ts';
import type { Section as Category } from '../../src/lib/content/schema.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';

const categories: Category[] = [
  { slug: 'tam-diem', name: 'Tâm điểm' },
  { slug: 'hoat-dong-hoi', name: 'Hoạt động Hội' },
];
const dir = mkdtempSync(join(tmpdir(), 'bantin-contract-'));
mkdirSync(join(dir, 'anh'));
// The smallest JPEG with a frame header (1 × 1 px): the check reads the picture's size from it.
writeFileSync(
  join(dir, 'anh/bia.jpg'),
  Buffer.from(
    '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z',
    'base64',
  ),
);

function check(source: string, file = 'bai.md') {
  const problems: Problem[] = [];
  const data = checkArticle(join(dir, file), parseSource(source), categories, problems);
  const lines = problems.map((p) => `${p.severity} ${formatProblem(p, dir)}`);
  return { data, problems, lines };
}

const valid = `---
title: Tập huấn cán bộ Hội
date: 2021-04-09
category: hoat-dong-hoi
summary: Tóm tắt.
---
Nội dung.
`;

describe('article contract', () => {
  it('accepts a valid article and normalises it', () => {
    const { data, problems } = check(valid, 'tap-huan.md');
    expect(problems).toEqual([]);
    expect(data).toMatchObject({ title: 'Tập huấn cán bộ Hội', slug: 'tap-huan', category: 'hoat-dong-hoi', tags: [], featured: false, draft: false });
    expect(data?.date.toISOString()).toBe('2021-04-08T17:00:00.000Z');
  });

  it('accepts the section by its exact name', () => {
    expect(check(valid.replace('category: hoat-dong-hoi', 'category: Hoạt động Hội')).data?.category).toBe('hoat-dong-hoi');
  });

  it('names the line, field, value, expected form and an example for a bad date', () => {
    const { data, lines } = check(valid.replace('2021-04-09', '"31/02/2021"'));
    expect(data).toBeUndefined();
    expect(lines).toEqual([
      'error bai.md:3  date: "31/02/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09 (hoặc 2021-04-09T08:30 nếu cần giờ)',
    ]);
  });

  it('suggests the ISO form for a day-first date', () => {
    expect(check(valid.replace('2021-04-09', '09/04/2021')).lines[0]).toContain(
      '"09/04/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09 (hoặc 2021-04-09T08:30 nếu cần giờ); có phải ý bạn là 2021-04-09?',
    );
  });

  it('refuses an unknown field with the closest known one', () => {
    const { data, lines } = check(valid.replace('title:', 'titel:'));
    expect(data).toBeUndefined();
    expect(lines).toContain('error bai.md:2  titel: trường không có trong mẫu bài viết — có phải ý bạn là "title"?');
    expect(lines).toContain('error bai.md  title: thiếu trường bắt buộc — thêm một dòng, ví dụ title: Tập huấn cán bộ Hội');
  });

  it('lists the valid sections for an unknown one', () => {
    const { lines } = check(valid.replace('category: hoat-dong-hoi', 'category: tam diem x'));
    expect(lines).toEqual([
      'error bai.md:4  category: "tam diem x" không phải chuyên mục nào — có phải ý bạn là "tam-diem"? các chuyên mục: tam-diem (Tâm điểm), hoat-dong-hoi (Hoạt động Hội)',
    ]);
  });

  it('requires alt text for a cover and checks the image exists', () => {
    expect(check(valid.replace('summary:', 'cover: ./anh/bia.jpg\nsummary:')).lines).toEqual([
      'error bai.md:5  cover_alt: có ảnh bìa nhưng thiếu mô tả ảnh cho người khiếm thị — thêm cover_alt: mô tả ngắn nội dung ảnh',
    ]);
    expect(check(valid.replace('summary:', 'cover: ./anh/khong-co.jpg\ncover_alt: Ảnh\nsummary:')).lines[0]).toBe(
      'error bai.md:5  cover: không tìm thấy ảnh "./anh/khong-co.jpg" — kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đặt ảnh cạnh bài viết, ví dụ cover: ./anh-bia.jpg',
    );
    expect(check(valid.replace('summary:', 'cover: https://example.com/a.jpg\ncover_alt: Ảnh\nsummary:')).data).toBeUndefined();
  });

  it('reports broken YAML with its line in the file', () => {
    const { lines } = check('---\ntitle: Một\ntitle: Hai\ndate: 2021-04-09\n---\n');
    expect(lines).toEqual([
      'error bai.md:3  phần đầu (front matter) viết sai cú pháp YAML: một trường được ghi hai lần — mỗi dòng có dạng "tên: giá trị"; nếu giá trị có dấu ":" hoặc "#", đặt nó trong ngoặc kép',
    ]);
  });

  it('reports a file without front matter', () => {
    expect(check('Chỉ có nội dung.\n').lines).toEqual([
      'error bai.md:1  tệp thiếu phần đầu (front matter) — dòng đầu tiên phải là "---", tiếp theo là title, date, category, rồi một dòng "---"',
    ]);
  });

  it('checks flags, tags and the YouTube link', () => {
    const { lines } = check(valid.replace('summary:', 'featured: có\ntags: tập huấn\nvideo: https://vimeo.com/1\nsummary:'));
    expect(lines).toEqual([
      'error bai.md:6  tags: "tập huấn" phải là một danh sách — ví dụ tags: [tập huấn, Đà Nẵng]',
      'error bai.md:7  video: "https://vimeo.com/1" không phải đường dẫn YouTube — ví dụ video: https://www.youtube.com/watch?v=xxxxxxxxxxx',
      'error bai.md:5  featured: "có" phải là true hoặc false — ví dụ featured: true',
    ]);
  });

  it('keeps the first spelling of tags that share a slug, and reads YouTube ids', () => {
    const { data } = check(valid.replace('summary:', 'tags: [Phụ nữ, phụ nữ, " Đà  Nẵng "]\nvideo: https://youtu.be/dQw4w9WgXcQ\nsummary:'));
    expect(data?.tags).toEqual(['Phụ nữ', 'Đà Nẵng']);
    expect(data?.video).toBe('dQw4w9WgXcQ');
  });

  it('accepts BOM, CRLF and NFD, and stores NFC', () => {
    const raw = '\uFEFF' + valid.replace('Tập huấn cán bộ Hội', 'Tập huấn Đà Nẵng').normalize('NFD').replace(/\n/g, '\r\n');
    const { data, problems } = check(raw);
    expect(problems).toEqual([]);
    expect(data?.title).toBe('Tập huấn Đà Nẵng'.normalize('NFC'));
  });

  it('warns (without failing) about a missing summary and a very long title', () => {
    const { data, problems } = check(valid.replace('summary: Tóm tắt.\n', '').replace('Tập huấn cán bộ Hội', 'Rất dài '.repeat(20)));
    expect(data).toBeDefined();
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'title'],
      ['warning', 'summary'],
    ]);
  });
});
