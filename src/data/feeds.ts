import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { render } from 'astro:content';
import rss from '@astrojs/rss';
import { toRfc822 } from '../lib/text/dates.ts';
import type { Article } from './collections.ts';
import { paths, withBase } from '../lib/site/urls.ts';
import { absoluteUrls } from '../lib/site/absolute-urls.ts';
import { site } from '../lib/site/config.ts';

let container: Promise<AstroContainer> | undefined;

/** The article body as HTML with absolute links, for `content:encoded`. */
async function bodyHtml(article: Article, site: URL): Promise<string> {
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(article);
  const html = await (await container).renderToString(Content);
  return absoluteUrls(html, site);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of the newest articles, with full HTML and +07:00 dates. */
export async function articleFeed(options: { title: string; description: string; site: URL; selfPath: string; articles: Article[] }) {
  const items = await Promise.all(
    options.articles.slice(0, site.feedSize).map(async (article) => ({
      title: article.data.title,
      link: withBase(paths.article(article.id)),
      description: article.data.summary,
      content: await bodyHtml(article, options.site),
      categories: article.data.tags,
      customData: `<pubDate>${toRfc822(article.data.date)}</pubDate>`,
    })),
  );
  const newest = options.articles[0];
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(withBase(paths.home()), options.site).href,
    items,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', content: 'http://purl.org/rss/1.0/modules/content/' },
    customData: [
      `<language>${site.lang}</language>`,
      `<atom:link href="${escapeXml(new URL(withBase(options.selfPath), options.site).href)}" rel="self" type="application/rss+xml"/>`,
      newest ? `<lastBuildDate>${toRfc822(newest.data.updated ?? newest.data.date)}</lastBuildDate>` : '',
    ].join(''),
  });
}
