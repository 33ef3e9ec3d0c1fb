import { defineHastPlugin } from 'satteri';
import { linkWithBase } from '../site/urls.ts';

/**
 * Article bodies are untrusted: raw HTML in Markdown is parsed (features.rawHtml) and then
 * cleaned here, so no script, frame, form or event handler reaches a reader, and every link
 * or source uses a safe scheme. Text is composed to NFC for MDX files, which skip the loader.
 */

/** Elements removed with everything inside them. */
export const BLOCKED_ELEMENTS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'textarea', 'select', 'option', 'link', 'meta', 'base', 'noscript', 'template', 'svg', 'math', 'portal',
  // Written out raw by HTML serialisers: `<plaintext>` would turn the rest of the page into text.
  'plaintext', 'xmp', 'noembed', 'noframes',
];
/** Attributes that carry code or raw HTML in JSX, removed with the element that has them. */
const CODE_ATTRIBUTES = /^(on|set:|is:|dangerouslysetinnerhtml$|srcdoc$|style$)/i;
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'longDesc', 'data', 'ping', 'xLinkHref']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** True when a URL has no scheme (relative, #anchor) or a scheme that cannot run code. */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do the same.
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || SAFE_SCHEMES.has(scheme[1].toLowerCase());
}

/** Adds the deploy base to a root-relative link ("/the/" → "/bantin/the/"), leaving "//host" alone. */
export function withBasePath(base: string, url: string): string {
  return linkWithBase(base, url);
}

interface JsxElement {
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** True when an MDX JSX element could run code or inject markup in the reader's browser. */
export function unsafeJsx(node: JsxElement): boolean {
  if (node.name == null) return false; // <>…</>: a fragment, harmless
  if (!/^[a-z][a-z0-9]*$/.test(node.name) || BLOCKED_ELEMENTS.includes(node.name)) return true;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return true; // {...spread}
    if (CODE_ATTRIBUTES.test(attribute.name)) return true;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      // An expression: harmless for plain attributes, not where an address or code goes.
      if (URL_ATTRIBUTES.has(attribute.name.toLowerCase())) return true;
      continue;
    }
    if (typeof value === 'string' && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && !isSafeUrl(value)) return true;
  }
  return false;
}

const URL_ATTRIBUTES = new Set([...URL_PROPERTIES].map((name) => name.toLowerCase()).concat(['srcset', 'formaction', 'longdesc', 'xlink:href']));

/** The hast plugin for article bodies, for a site deployed under `base`. */
export const safeHtml = (base: string) => defineHastPlugin({
  name: 'bantin-safe-html',
  element: {
    filter: [],
    visit(node, ctx) {
      if (BLOCKED_ELEMENTS.includes(node.tagName)) {
        ctx.removeNode(node);
        return;
      }
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        const unsafeUrl = URL_PROPERTIES.has(key) && (Array.isArray(value) ? value.join(' ') : String(value));
        if (/^on/i.test(key) || key === 'style' || (unsafeUrl !== false && !isSafeUrl(unsafeUrl))) {
          ctx.setProperty(node, key, undefined);
        }
      }
      const src = node.properties?.src;
      if (node.tagName === 'img' && typeof src === 'string') {
        if (src.startsWith('/')) ctx.setProperty(node, 'src', withBasePath(base, src));
        // A picture from another site: fetched only when scrolled to, without telling that site where the reader came from.
        else if (/^(https?:)?\/\//i.test(src)) {
          ctx.setProperty(node, 'loading', 'lazy');
          ctx.setProperty(node, 'decoding', 'async');
          ctx.setProperty(node, 'referrerPolicy', 'no-referrer');
        }
      }
      // A link whose address was unsafe keeps its text as an inert <a> (unwrapping it would skip
      // cleaning its children).
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && isSafeUrl(href)) {
        if (/^https?:/i.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        else if (href.startsWith('/')) ctx.setProperty(node, 'href', withBasePath(base, href));
      }
    },
  },
  // MDX: JSX elements are not hast elements, so they get their own, stricter rule. Any JSX
  // element that is not a plain HTML tag (a component, <Fragment set:html>), is blocked, or has
  // an event handler, raw-HTML directive, spread or unsafe address is removed whole.
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => (unsafeJsx(node) ? ctx.removeNode(node) : undefined) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => (unsafeJsx(node) ? ctx.removeNode(node) : undefined) },
  text(node) {
    const value = node.value.normalize('NFC');
    if (value !== node.value) return { ...node, value };
  },
});
