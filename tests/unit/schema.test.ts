import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/lib/content/contract.ts';
import { parseSource } from '../../src/lib/content/frontmatter.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import {
  ARTICLE_FIELDS,
  PAGE_FIELDS,
  SECTION_FIELDS,
  articleEntry,
  articleFrontmatter,
  fieldMeta,
  pageFrontmatter,
  sectionFrontmatter,
} from '../../src/lib/content/schema.ts';

const sections = [{ slug: 'hoat-dong-hoi', name: 'Hoạt động Hội' }];

describe('the content schemas', () => {
  it('give the field lists, so no list is written by hand', () => {
    expect(ARTICLE_FIELDS).toEqual([
      'title',
      'date',
      'updated',
      'category',
      'tags',
      'summary',
      'author',
      'cover',
      'cover_alt',
      'video',
      'featured',
      'draft',
      'slug',
    ]);
    expect(PAGE_FIELDS).toEqual(['title', 'slug', 'summary', 'draft', 'updated']);
    expect(SECTION_FIELDS).toEqual(['slug', 'name', 'description']);
  });

  it('carry a Vietnamese label, an example and a kind for every field', () => {
    for (const schema of [articleFrontmatter, pageFrontmatter, sectionFrontmatter]) {
      for (const name of Object.keys(schema.shape)) {
        const meta = fieldMeta(schema, name);
        expect(meta, name).toBeDefined();
        expect(meta!.label, name).toMatch(/\p{L}/u);
        expect(meta!.example, name).not.toBe('');
      }
    }
  });

  it('accept their own output, since Astro validates stored entries with them again', () => {
    const source = `---
title: " Tập huấn  "
date: 2021-04-09T08:30
updated: 2021-04-10
category: Hoạt động Hội
tags: [Phụ nữ, phụ nữ, 2021]
video: https://youtu.be/dQw4w9WgXcQ
featured: true
summary: ""
author: null
---
Nội dung.
`;
    const problems: Problem[] = [];
    const data = checkArticle('/tmp/bai.md', parseSource(source), sections, problems);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(data).toMatchObject({ title: 'Tập huấn', category: 'hoat-dong-hoi', tags: ['Phụ nữ', '2021'], video: 'dQw4w9WgXcQ', featured: true, draft: false });
    expect(data?.summary).toBeUndefined();
    expect(data?.author).toBeUndefined();
    expect(articleEntry.parse(data)).toEqual(data);
  });

  it('treat empty values from web forms as not given', () => {
    const result = articleFrontmatter.safeParse({
      title: 'A',
      date: '2021-04-09',
      category: 'x',
      summary: '',
      cover: '',
      cover_alt: '',
      video: '',
      slug: '',
      tags: null,
      updated: '',
      featured: null,
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ tags: [], featured: false });
  });

  it('refuse keys they do not know, and values of the wrong kind', () => {
    const result = articleFrontmatter.safeParse({ title: 'A', date: '2021-04-09', category: 'x', mau: 1, draft: 'có' });
    expect(result.error?.issues.map((i) => i.code)).toEqual(['invalid_type', 'unrecognized_keys']);
  });
});
