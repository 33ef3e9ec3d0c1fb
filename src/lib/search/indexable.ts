import { parse, serializeOuter } from 'parse5';
import { addAlternates } from './alternates.ts';
import { attribute, childrenOf, elements, isElement, type Element, type ParentNode } from '../site/html-tree.ts';

/**
 * Pagefind splits words on ASCII punctuation only: "Bắc–Nam" or "lặng…rồi" would each be one
 * word. Spaces around dashes and ellipses let both words be found.
 */
const GLUING_PUNCTUATION = /[\u2010-\u2015\u2026]/g;
/** Elements whose text is code, not words; Pagefind does not index them. */
const CODE_ELEMENTS = new Set(['script', 'style']);

/** The text Pagefind reads: NFC, dashes and ellipses apart, d-forms beside đ-words. */
const indexableText = (text: string) => addAlternates(text.normalize('NFC').replace(GLUING_PUNCTUATION, ' $& '));

/** Rewrites an element's attributes to NFC and its text for search, in place; comments are not content, so they go. */
function rewrite(element: Element): void {
  for (const attr of element.attrs) attr.value = attr.value.normalize('NFC');
  if (CODE_ELEMENTS.has(element.tagName)) return;
  const children = childrenOf(element);
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child.nodeName === '#comment') children.splice(i, 1);
    else if ('value' in child) child.value = indexableText(child.value);
    else if (isElement(child)) rewrite(child);
  }
}

function searchBody(page: ParentNode): Element | undefined {
  for (const element of elements(page)) {
    if (attribute(element, 'data-pagefind-body') !== undefined) return element;
  }
  return undefined;
}

/**
 * The copy of a built article page that Pagefind reads: only the element marked
 * `data-pagefind-body` (title, summary, body; parts inside it marked `data-pagefind-ignore` stay
 * out), NFC, with d-forms beside every đ-word. Smaller input also keeps indexing memory down.
 * Returns undefined for a page without such an element.
 */
export function indexableHtml(source: string): string | undefined {
  const body = searchBody(parse(source));
  if (!body) return undefined;
  rewrite(body);
  return `<!doctype html><html lang="vi"><body>${serializeOuter(body)}</body></html>`;
}
