/**
 * What the issue pages compute from an issue and the articles it names: the contents grouped by
 * section, the archive by year, which issues carried an article. Plain data in, plain data out.
 */
import type { IssueGroup } from '../content/schema.ts';

/** The least an issue must have to be listed. */
export interface ListedIssue {
  data: { number: number; year: number; date: Date; groups: IssueGroup[] };
}

/** The least a listed article must have. */
export interface IssueArticle {
  id: string;
  data: { title: string; category: string };
}

export interface SectionName {
  slug: string;
  name: string;
}

/** One heading of the contents and its articles, in the editor's order. */
export interface ContentsGroup<A> {
  section?: SectionName;
  articles: A[];
}

/**
 * The contents of an issue: each group the editor wrote, under its section. A plain list of slugs
 * (a group without `section`) is split under each article's own section, consecutive runs kept
 * together. Slugs with no article (which the content check already refused) are left out.
 */
export function issueContents<A extends IssueArticle>(
  groups: IssueGroup[],
  articles: ReadonlyMap<string, A>,
  sections: readonly SectionName[],
): ContentsGroup<A>[] {
  const sectionOf = (slug: string | undefined) => sections.find((s) => s.slug === slug);
  const result: (ContentsGroup<A> & { fromList: boolean })[] = [];
  for (const group of groups) {
    const found = group.articles.map((slug) => articles.get(slug)).filter((a): a is A => a !== undefined);
    if (group.section) {
      if (found.length) result.push({ section: sectionOf(group.section), articles: found, fromList: false });
      continue;
    }
    for (const article of found) {
      const last = result.at(-1);
      if (last?.fromList && last.section?.slug === article.data.category) last.articles.push(article);
      else result.push({ section: sectionOf(article.data.category), articles: [article], fromList: true });
    }
  }
  return result.map(({ section, articles: list }) => ({ section, articles: list }));
}

/** The articles of an issue in reading order. */
export const contentsArticles = <A>(contents: ContentsGroup<A>[]): A[] => contents.flatMap((group) => group.articles);

/** Issues newest first: by year, then by number. */
export function compareIssues(a: ListedIssue, b: ListedIssue): number {
  return b.data.year - a.data.year || b.data.number - a.data.number;
}

/** The archive: one entry per year, newest year first, its issues newest first. */
export function issuesByYear<I extends ListedIssue>(issues: readonly I[]): { year: number; issues: I[] }[] {
  const years = new Map<number, I[]>();
  for (const issue of [...issues].sort(compareIssues)) {
    const list = years.get(issue.data.year) ?? [];
    list.push(issue);
    years.set(issue.data.year, list);
  }
  return [...years].map(([year, list]) => ({ year, issues: list }));
}

/** The issues that carried an article, oldest first ("Đăng trong Bản tin số 3/2026"). */
export function issuesCarrying<I extends ListedIssue>(issues: readonly I[], slug: string): I[] {
  return issues.filter((issue) => issue.data.groups.some((g) => g.articles.includes(slug))).sort((a, b) => compareIssues(b, a));
}

/** An address as printed under a QR code: no scheme, no "www.", no trailing slash. */
export function shortAddress(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
