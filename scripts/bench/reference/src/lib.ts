import { getCollection } from 'astro:content';

export const slugOf = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export async function articles() {
  return (await getCollection('articles')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
