import { parseFragment, serialize } from 'parse5';
import { URL_ATTRIBUTES, elements, formatSrcset, srcsetCandidates, type Element } from './html-tree.ts';

/** "/x" and "/", but not "//host" or "/\host", which browsers read as another host. */
const isRootRelative = (url: string) => url.startsWith('/') && url[1] !== '/' && url[1] !== '\\';

// Browsers ignore spaces around a URL; one that is not rewritten keeps them as written.
const absolute = (url: string, site: URL) => (isRootRelative(url.trim()) ? new URL(url.trim(), site).href : url);

function rewriteElement(element: Element, site: URL): void {
  for (const attr of element.attrs) {
    if (attr.prefix) continue;
    if (URL_ATTRIBUTES.includes(attr.name)) attr.value = absolute(attr.value, site);
    else if (attr.name === 'srcset') {
      attr.value = formatSrcset(srcsetCandidates(attr.value).map((c) => ({ ...c, url: absolute(c.url, site) })));
    }
  }
}

/**
 * An HTML fragment with every root-relative `href`, `src`, `poster` and `srcset` URL made
 * absolute against `site`, for readers (feed readers) that see it away from the site. Other
 * URLs ("//host", "#x", "https:", "x/y") stay as written.
 */
export function absoluteUrls(html: string, site: URL): string {
  const fragment = parseFragment(html);
  for (const element of elements(fragment)) rewriteElement(element, site);
  return serialize(fragment);
}
