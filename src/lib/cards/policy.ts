import { siteYear } from '../text/dates.ts';

/**
 * Which articles get a card of their own. 'all' (the default): every article without a cover
 * large enough to share. A number N: only articles of the last N calendar years (this year
 * counts as one, in Asia/Ho_Chi_Minh); older ones share their section's card. Cards are about
 * 18 KB and 25 ms each: at 30,000 articles, 540 MB and 12 minutes of a clean build. An
 * association whose archive outgrows its host keeps cards for what readers still share.
 */
export type ArticleCards = 'all' | number;

export function hasOwnCard(published: Date, policy: ArticleCards, now: Date): boolean {
  if (policy === 'all') return true;
  return siteYear(published) > siteYear(now) - policy;
}
