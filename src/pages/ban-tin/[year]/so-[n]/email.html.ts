import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { bodyHtml, contentsOf, getIssues, type Issue } from '../../../../data/issues.ts';
import { issueEmailHtml } from '../../../../lib/issues/email.ts';
import { issuePdfEnabled } from '../../../../lib/issues/settings.ts';
import { absoluteUrls } from '../../../../lib/site/absolute-urls.ts';
import { site } from '../../../../lib/site/config.ts';
import { paths, withBase } from '../../../../lib/site/urls.ts';
import { formatDate } from '../../../../lib/text/dates.ts';
import { originalSize } from '../../../../lib/site/image-sizes.ts';
import { youtubeWatchUrl } from '../../../../lib/content/video.ts';
import { t } from '../../../../i18n/vi.ts';

export const getStaticPaths = (async () =>
  (await getIssues()).map((issue) => ({ params: { year: String(issue.data.year), n: String(issue.data.number) }, props: { issue } }))) satisfies GetStaticPaths;

/** The issue as one email-ready HTML file: inlined CSS, absolute links, pictures with width and alt, no script. */
export const GET: APIRoute = async ({ props, site: origin }) => {
  const { issue } = props as { issue: Issue };
  const { title, number, year, period, date, cover, coverAlt, videos } = issue.data;
  const absolute = (path: string) => new URL(withBase(path), origin).href;
  const coverImage = cover && (await getImage({ src: cover, width: 600, format: 'jpeg', quality: 75 }));
  const coverSize = cover && originalSize(cover);
  const html = issueEmailHtml({
    lang: site.lang,
    title,
    siteName: site.name,
    association: site.association,
    subtitle: `${t.issuePeriod(period, year)} — ${t.issueDate} ${formatDate(date)}`,
    webUrl: absolute(paths.issue(year, number)),
    pdfUrl: issuePdfEnabled() ? absolute(paths.issuePdf(year, number)) : undefined,
    cover: coverImage && {
      src: new URL(coverImage.src, origin).href,
      width: 600,
      height: Math.round((600 * Number(coverImage.attributes.height ?? coverSize!.height)) / Number(coverImage.attributes.width ?? coverSize!.width)),
      alt: coverAlt ?? '',
    },
    forewordHtml: absoluteUrls(await bodyHtml(issue), origin!),
    groups: (await contentsOf(issue)).map((group) => ({
      section: group.section?.name,
      articles: group.articles.map((a) => ({
        title: a.data.title,
        url: absolute(paths.article(a.id)),
        summary: a.data.summary,
        date: formatDate(a.data.date),
      })),
    })),
    videos: videos.map((id, i) => ({ label: t.issueVideo(i + 1), url: youtubeWatchUrl(id) })),
    words: {
      readOnline: t.issueReadOnline,
      pdf: t.issuePdfLink,
      foreword: t.issueForeword,
      contents: t.issueContents,
      readArticle: t.issueReadArticle,
      videos: t.issueVideos,
    },
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
