/**
 * The email edition of an issue: one HTML document built from plain data, every value escaped,
 * every address absolute, no script. CSS is written in a <style> block and inlined by juice, since
 * mail programs drop <style> blocks.
 */
import juice from 'juice';

export interface EmailArticle {
  title: string;
  url: string;
  summary?: string;
  date: string;
}

export interface EmailIssue {
  lang: string;
  title: string;
  siteName: string;
  association: string;
  /** "Quý II/2024 — Phát hành ngày 15/06/2024". */
  subtitle: string;
  webUrl: string;
  pdfUrl?: string;
  /** Absolute address, pixel width and description of the cover. */
  cover?: { src: string; width: number; height: number; alt: string };
  /** The foreword as HTML (sanitised when rendered), with absolute addresses. */
  forewordHtml: string;
  groups: { section?: string; articles: EmailArticle[] }[];
  videos: { label: string; url: string }[];
  words: { readOnline: string; pdf: string; foreword: string; contents: string; readArticle: string; videos: string };
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
body { margin: 0; padding: 0; background: #f4f1f2; font-family: Arial, 'Helvetica Neue', sans-serif; color: #1a1a1a; }
.wrap { max-width: 600px; margin: 0 auto; background: #ffffff; }
.head { background: #9d1c4d; color: #ffffff; padding: 20px 24px; }
.head p { margin: 0; font-size: 13px; }
.head h1 { margin: 6px 0 4px; font-size: 22px; line-height: 1.3; color: #ffffff; }
.links { padding: 12px 24px; font-size: 14px; border-bottom: 1px solid #e4dde0; }
.links a { color: #1f5f8b; font-weight: bold; }
.cover { display: block; width: 100%; height: auto; border: 0; }
.block { padding: 16px 24px; font-size: 15px; line-height: 1.6; }
.block h2 { font-size: 18px; color: #9d1c4d; margin: 0 0 8px; }
.block h3 { font-size: 14px; text-transform: uppercase; color: #555555; margin: 16px 0 4px; }
.item { margin: 0 0 14px; }
.item a { color: #1f5f8b; }
.item .title { font-size: 16px; font-weight: bold; color: #1a1a1a; text-decoration: none; }
.item p { margin: 2px 0; }
.date { color: #666666; font-size: 13px; }
.foot { padding: 16px 24px; font-size: 12px; color: #666666; border-top: 1px solid #e4dde0; }
img { max-width: 100%; height: auto; }
`;

/** The whole email document, CSS inlined. */
export function issueEmailHtml(issue: EmailIssue): string {
  const e = escapeHtml;
  const links = `<p class="links"><a href="${e(issue.webUrl)}">${e(issue.words.readOnline)}</a>${issue.pdfUrl ? ` · <a href="${e(issue.pdfUrl)}">${e(issue.words.pdf)}</a>` : ''}</p>`;
  const cover = issue.cover
    ? `<img class="cover" src="${e(issue.cover.src)}" width="${issue.cover.width}" height="${issue.cover.height}" alt="${e(issue.cover.alt)}">`
    : '';
  const groups = issue.groups
    .map(
      (group) =>
        (group.section ? `<h3>${e(group.section)}</h3>` : '') +
        group.articles
          .map(
            (a) =>
              `<div class="item"><a class="title" href="${e(a.url)}">${e(a.title)}</a><p class="date">${e(a.date)}</p>` +
              (a.summary ? `<p>${e(a.summary)}</p>` : '') +
              `<p><a href="${e(a.url)}">${e(issue.words.readArticle)} →</a></p></div>`,
          )
          .join(''),
    )
    .join('');
  const videos = issue.videos.length
    ? `<div class="block"><h2>${e(issue.words.videos)}</h2>${issue.videos.map((v) => `<p class="item"><a href="${e(v.url)}">${e(v.label)}</a></p>`).join('')}</div>`
    : '';
  const html = `<!doctype html>
<html lang="${e(issue.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(issue.title)}</title>
<meta name="description" content="${e(issue.subtitle)}">
<link rel="canonical" href="${e(issue.webUrl)}">
<meta name="robots" content="noindex">
<style>${STYLE}</style>
</head>
<body>
<div class="wrap">
<div class="head"><p>${e(issue.association)} — ${e(issue.siteName)}</p><h1>${e(issue.title)}</h1><p>${e(issue.subtitle)}</p></div>
${links}
${cover}
<div class="block"><h2>${e(issue.words.foreword)}</h2>${issue.forewordHtml}</div>
<div class="block"><h2>${e(issue.words.contents)}</h2>${groups}</div>
${videos}
<div class="foot">${e(issue.association)} — ${e(issue.siteName)}<br>${links.replace(' class="links"', '')}</div>
</div>
</body>
</html>
`;
  return juice(html, { removeStyleTags: true, preserveMediaQueries: false, applyWidthAttributes: true, applyHeightAttributes: false });
}
