/**
 * JSON-LD goes inside <script>: JSON.stringify alone would let "</script>" in a title end the
 * element. Escaping <, >, & and the line separators keeps every value inside the JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description?: string;
  published: string;
  modified?: string;
  author: string;
  section?: string;
  keywords: string[];
  image: string;
  publisher: { name: string; logo: string; url: string };
}

/** schema.org NewsArticle for an article page. */
export function newsArticle(input: NewsArticleInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: input.headline,
    description: input.description,
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    author: [{ '@type': 'Organization', name: input.author }],
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url, logo: { '@type': 'ImageObject', url: input.publisher.logo } },
    articleSection: input.section,
    keywords: input.keywords.length ? input.keywords.join(', ') : undefined,
    image: [input.image],
    inLanguage: 'vi',
  };
}
