/**
 * npm run new -- "Tiêu đề bài viết" [--category tam-diem] [--date 2026-11-26] [--slug …]
 * Creates content/articles/YYYY/MM/<slug>.md with valid front matter; never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory, loadContent, readCategories } from '../src/lib/content/load.ts';
import { fieldMessages } from '../src/i18n/messages.ts';
import { buildTime, parseContentDate, siteDateParts, siteDateString } from '../src/lib/text/dates.ts';
import { displayPath, formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { toSlug } from '../src/lib/text/slug.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string' }, date: { type: 'string' }, slug: { type: 'string' } },
});
const title = positionals.join(' ').normalize('NFC').trim();
if (!title) fail('thiếu tiêu đề — ví dụ: npm run new -- "Tập huấn cán bộ Hội" --category hoat-dong-hoi');

const dir = contentDirectory();
const problems: Problem[] = [];
const categories = readCategories(join(dir, 'categories.yaml'), problems);
if (!categories.length) fail(problems.map((p) => formatProblem(p)).join('\n') || 'chưa có chuyên mục nào trong categories.yaml');

const list = categories.map((c) => `${c.slug} (${c.name})`).join(', ');
const wanted = values.category ?? categories[0].slug;
const category = categories.find((c) => c.slug === wanted || c.name === wanted || c.slug === toSlug(wanted));
if (!category) fail(`chuyên mục "${wanted}" không có — dùng một trong: ${list}`);

const dateText = values.date ?? siteDateString(buildTime());
const parsed = parseContentDate(dateText);
if (!parsed.ok) fail(`--date ${fieldMessages.notDate(dateText, parsed.reason, parsed.suggestion)}`);

const slug = toSlug(values.slug ?? title);
if (!slug) fail(`không tạo được tên tệp từ "${title}" — thêm --slug, ví dụ --slug tap-huan-can-bo-hoi`);
const { year, month } = siteDateParts(parsed.date);
const file = join(dir, 'articles', String(year), String(month).padStart(2, '0'), `${slug}.md`);
if (existsSync(file)) fail(`${displayPath(file)} đã có — không ghi đè; chọn tiêu đề khác hoặc thêm --slug`);
// Every article file counts, even one the check refuses (a draft waiting for its picture): its slug is taken.
const taken = loadContent(dir, buildTime()).claimedSlugs.get(slug);
if (taken) fail(`địa chỉ "${slug}" đã được bài ${displayPath(taken)} dùng — thêm --slug để đặt địa chỉ khác`);

const yamlString = (text: string) => JSON.stringify(text);
const template = `---
title: ${yamlString(title)}
date: ${dateText}
category: ${category.slug}
tags: []
summary: ""
author: ""
draft: true
---

Viết đoạn mở đầu ở đây: ai, làm gì, ở đâu, khi nào.

## Tiêu đề phụ

Nội dung chính của bài.

<!-- Chèn ảnh: đặt tệp ảnh cạnh bài này rồi viết ![Mô tả ngắn nội dung ảnh](./ten-anh.jpg) -->
`;

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, template, { flag: 'wx' });
console.log(`✔ Đã tạo ${displayPath(file)} (bản nháp, chuyên mục ${category.name})`);
console.log('  Viết nội dung, điền summary và tags, rồi đổi draft: true thành draft: false để đăng.');
