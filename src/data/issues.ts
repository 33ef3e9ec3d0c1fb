import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCatalog, sectionsInOrder, type Article } from './collections.ts';
import { contentDirectory, hasIssueFiles } from '../lib/content/load.ts';
import { compareIssues, issueContents, issuesCarrying, type ContentsGroup } from '../lib/issues/contents.ts';

/** Bulletin issues (số bản tin) as the pages read them: once per build, newest first. */
export type Issue = CollectionEntry<'issues'>;

let issues: Promise<Issue[]> | undefined;

export function getIssues(): Promise<Issue[]> {
  // A site without issues does not ask for the collection, so Astro prints no "empty collection" warning.
  const load = async () => (hasIssueFiles(contentDirectory()) ? (await getCollection('issues')).sort(compareIssues) : []);
  if (import.meta.env.DEV) return load();
  issues ??= load();
  return issues;
}

/** The contents of an issue, grouped under its sections, with the published articles it names. */
export async function contentsOf(issue: Issue): Promise<ContentsGroup<Article>[]> {
  const catalog = await getCatalog();
  const bySlug = new Map(catalog.all.map((article) => [article.id, article]));
  return issueContents(issue.data.groups, bySlug, await sectionsInOrder());
}

/** The issues that carried an article, oldest first. */
export async function issuesOf(slug: string): Promise<Issue[]> {
  return issuesCarrying(await getIssues(), slug);
}

let container: Promise<AstroContainer> | undefined;

/** An entry's body (an article, or an issue's foreword) as an HTML string, for the print layout and the email. */
export async function bodyHtml(entry: Article | Issue): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}
