import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getIssues, contentsOf } from '../../data/issues.ts';
import { site } from '../../lib/site/config.ts';
import { paths, withBase } from '../../lib/site/urls.ts';
import { toRfc822 } from '../../lib/text/dates.ts';
import { t } from '../../i18n/vi.ts';
import { issuePdfEnabled } from '../../lib/issues/settings.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The feed of issues, newest first, each with its PDF as the enclosure. The PDF is printed after
 * the pages are written, so its length is filled in then (src/integrations/issue-pdf.ts).
 */
export const GET: APIRoute = async (context) => {
  const absolute = (path: string) => new URL(withBase(path), context.site).href;
  const issues = (await getIssues()).slice(0, site.feedSize);
  const items = await Promise.all(
    issues.map(async (issue) => {
      const { year, number, title, period, date } = issue.data;
      const titles = (await contentsOf(issue)).flatMap((g) => g.articles).map((a) => a.data.title);
      return {
        title,
        link: withBase(paths.issue(year, number)),
        description: `${t.issuePeriod(period, year)} — ${titles.join('; ')}`,
        customData:
          `<pubDate>${toRfc822(date)}</pubDate>` +
          (issuePdfEnabled() ? `<enclosure url="${escapeXml(absolute(paths.issuePdf(year, number)))}" length="0" type="application/pdf"/>` : ''),
      };
    }),
  );
  return rss({
    title: t.issueFeedTitle(site.name),
    description: t.issuesIntro,
    site: absolute(paths.issues()),
    items,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${site.lang}</language>`,
      `<atom:link href="${escapeXml(absolute(paths.issueFeed()))}" rel="self" type="application/rss+xml"/>`,
      issues[0] ? `<lastBuildDate>${toRfc822(issues[0].data.date)}</lastBuildDate>` : '',
    ].join(''),
  });
};
