/** Images and article links written in a Markdown/MDX body, with their line in the body (1-based). */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseFragment } from 'parse5';
import { attribute, elements, type Element } from '../site/html-tree.ts';
import { articleSlugOf } from '../site/urls.ts';

export interface Reference {
  target: string;
  line: number;
  /** Alt text, for images. */
  alt?: string;
  /** Written as an HTML tag rather than Markdown. */
  html?: boolean;
}

interface BodyReferences {
  images: Reference[];
  links: Reference[];
}

/** The site renders bodies with GFM, so they are read with it: tables, footnotes, bare URLs. */
function markdownTree(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Each node below the root, in document order. */
function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child);
}

/** Reference-style targets: `[ref]: ./x.jpg`. The first definition of a label wins, as in CommonMark. */
function definitions(tree: Root): Map<string, string> {
  const urls = new Map<string, string>();
  for (const node of nodes(tree)) {
    if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url);
  }
  return urls;
}

/** True when the tag as written is the one parsed: parse5 reads `<Image>` (an MDX component) as `<img>`. */
function writtenAs(element: Element, html: string): boolean {
  const start = element.sourceCodeLocation?.startTag?.startOffset;
  return start !== undefined && html.slice(start + 1, start + 1 + element.tagName.length).toLowerCase() === element.tagName;
}

/** A written URL, not an MDX expression such as `src={photo}`, which names no file. */
const isWrittenValue = (value: string | undefined): value is string => !!value && !value.startsWith('{');

/** `<img src alt>` and `<a href>` in a raw HTML node starting at `line`; comments hold neither. */
function htmlReferences(html: string, line: number, found: BodyReferences): void {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  for (const element of elements(fragment)) {
    if (!writtenAs(element, html)) continue;
    const at = line + (element.sourceCodeLocation?.startLine ?? 1) - 1;
    const src = attribute(element, 'src');
    const href = attribute(element, 'href');
    if (element.tagName === 'img' && isWrittenValue(src)) found.images.push({ target: src, alt: attribute(element, 'alt'), line: at, html: true });
    else if (element.tagName === 'a' && isWrittenValue(href)) found.links.push({ target: href, line: at });
  }
}

/** Where an image or link node points; a reference-style one takes its definition's URL. */
function targetOf(node: Nodes, defined: Map<string, string>): string | undefined {
  if (node.type === 'image' || node.type === 'link') return node.url || undefined;
  if (node.type === 'imageReference' || node.type === 'linkReference') return defined.get(node.identifier) || undefined;
  return undefined;
}

function collect(tree: Root): BodyReferences {
  const found: BodyReferences = { images: [], links: [] };
  const defined = definitions(tree);
  // Code, inline code and HTML comments are examples or notes: they hold no image or link nodes.
  for (const node of nodes(tree)) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      htmlReferences(node.value, line, found);
      continue;
    }
    const target = targetOf(node, defined);
    if (!target) continue;
    if (node.type === 'image' || node.type === 'imageReference') found.images.push({ target, alt: node.alt ?? '', line });
    else found.links.push({ target, line });
  }
  return found;
}

/** Both lists are asked of the same body in turn, so its last reading is kept. */
let last: { body: string; found: BodyReferences } | undefined;

/** Without any of these a body holds no link or picture in any syntax (Markdown, HTML, autolink, bare address). */
const MAY_REFER = /[[<]|:\/\/|www\./i;

function referencesIn(body: string): BodyReferences {
  if (last?.body !== body) {
    let found: BodyReferences;
    try {
      // Most articles are plain text: they are not parsed at all.
      found = MAY_REFER.test(body) ? collect(markdownTree(body)) : { images: [], links: [] };
    } catch {
      // A body the parser cannot read is reported by the build; here it simply has no references.
      found = { images: [], links: [] };
    }
    last = { body, found };
  }
  return last.found;
}

export function imageReferences(body: string): Reference[] {
  return referencesIn(body).images.map((r) => ({ ...r }));
}

export function linkReferences(body: string): Reference[] {
  return referencesIn(body).links.map((r) => ({ ...r }));
}

/** A target inside the content folder (not a URL with a scheme, not protocol-relative, not an anchor). */
export const isLocalPath = (target: string) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(target);

/** The slug of a link to an article page ("/bai-viet/x/", "../x.md"), if it is one. */
export function linkedArticleSlug(target: string): string | undefined {
  return articleSlugOf(target);
}
