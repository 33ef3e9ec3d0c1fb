/**
 * What `npm run new:issue` writes: the next number of the year, the period, and the articles
 * published in that period grouped by section, for the editor to trim.
 */
import type { IssuePeriod } from '../content/schema.ts';
import { siteDateParts } from '../text/dates.ts';

/** The month or quarter a date falls in, in Viet Nam. */
export function periodOf(date: Date, kind: 'month' | 'quarter'): { year: number; period: IssuePeriod } {
  const { year, month } = siteDateParts(date);
  return { year, period: kind === 'month' ? { month } : { quarter: Math.ceil(month / 3) } };
}

/** First and last month (1–12) of a period. */
export function periodMonths(period: IssuePeriod): [number, number] {
  return 'month' in period ? [period.month, period.month] : [period.quarter * 3 - 2, period.quarter * 3];
}

/** Whether a date falls in the period of that year, in Viet Nam. */
export function inPeriod(date: Date, period: IssuePeriod, year: number): boolean {
  const parts = siteDateParts(date);
  const [first, last] = periodMonths(period);
  return parts.year === year && parts.month >= first && parts.month <= last;
}

/** The next issue number in a year: one more than the highest, or 1. */
export function nextIssueNumber(issues: readonly { year: number; number: number }[], year: number): number {
  return Math.max(0, ...issues.filter((i) => i.year === year).map((i) => i.number)) + 1;
}

export interface ScaffoldArticle {
  slug: string;
  title: string;
  category: string;
  date: Date;
  draft: boolean;
}

/** The articles of the period, not drafts, grouped by section in the sections' order, oldest first within each. */
export function periodArticles(articles: readonly ScaffoldArticle[], period: IssuePeriod, year: number, sections: readonly { slug: string }[]) {
  const chosen = articles.filter((a) => !a.draft && inPeriod(a.date, period, year)).sort((a, b) => +a.date - +b.date);
  return sections
    .map((section) => ({ section: section.slug, articles: chosen.filter((a) => a.category === section.slug) }))
    .filter((group) => group.articles.length > 0);
}

/** The new issue file: valid front matter, `draft: true`, each article's title as a comment beside its slug. */
export function issueTemplate(options: {
  number: number;
  year: number;
  period: IssuePeriod;
  date: string;
  groups: { section: string; articles: { slug: string; title: string }[] }[];
  words: { articlesHint: string; noArticles: string; foreword: string };
}): string {
  const period = 'month' in options.period ? `{ month: ${options.period.month} }` : `{ quarter: ${options.period.quarter} }`;
  const articles = options.groups.length
    ? options.groups
        .map((g) => `  - section: ${g.section}\n    articles:\n${g.articles.map((a) => `      - ${a.slug}  # ${a.title.replace(/\n/g, ' ')}`).join('\n')}`)
        .join('\n')
    : `  []  # ${options.words.noArticles}`;
  return `---
number: ${options.number}
year: ${options.year}
period: ${period}
date: ${options.date}
# ${options.words.articlesHint}
articles:
${articles}
videos: []
draft: true
---

${options.words.foreword}
`.replace('articles:\n  []', 'articles: []');
}
