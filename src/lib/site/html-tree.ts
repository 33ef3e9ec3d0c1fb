import type { DefaultTreeAdapterTypes } from 'parse5';

/** HTML read as parse5 builds it: what a browser would see, not what a pattern guesses. */

export type Element = DefaultTreeAdapterTypes.Element;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Attributes that hold one URL each; `srcset` holds a list and is read with `srcsetCandidates`. */
export const URL_ATTRIBUTES = ['href', 'src', 'poster'];

export const isElement = (node: ChildNode): node is Element => 'tagName' in node;

/** The children of a node; a `<template>` keeps its own in `content`. */
export function childrenOf(node: ParentNode): ChildNode[] {
  return 'content' in node ? node.content.childNodes : node.childNodes;
}

/** Every element below a node, in document order. */
export function* elements(node: ParentNode): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** An attribute of the HTML namespace (not `xlink:href`), or undefined when absent. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

export interface SrcsetCandidate {
  url: string;
  /** Width or density ("640w", "2x"), empty when none was written. */
  descriptor: string;
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';

/**
 * The candidates of a `srcset`, read as browsers do: a URL runs to the next whitespace (so it may
 * hold commas), and its descriptor runs to the next comma outside parentheses.
 */
export function srcsetCandidates(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const urlStart = i;
    while (i < value.length && !isSpace(value[i])) i++;
    const url = value.slice(urlStart, i);
    // A URL that ends in a comma ends its candidate too.
    if (url.endsWith(',')) {
      candidates.push({ url: url.replace(/,+$/, ''), descriptor: '' });
      continue;
    }
    const descriptorStart = i;
    let depth = 0;
    for (; i < value.length && (value[i] !== ',' || depth > 0); i++) {
      if (value[i] === '(') depth++;
      else if (value[i] === ')' && depth > 0) depth--;
    }
    candidates.push({ url, descriptor: value.slice(descriptorStart, i).trim() });
  }
  return candidates;
}

/** Writes candidates back as one `srcset` value. */
export function formatSrcset(candidates: SrcsetCandidate[]): string {
  return candidates.map((c) => (c.descriptor ? `${c.url} ${c.descriptor}` : c.url)).join(', ');
}

/** Every URL an element points to: `href`, `src`, `poster` and each `srcset` candidate. */
export function urlsOf(element: Element): string[] {
  const urls = URL_ATTRIBUTES.map((name) => attribute(element, name)).filter((url) => url !== undefined);
  const srcset = attribute(element, 'srcset');
  return srcset === undefined ? urls : [...urls, ...srcsetCandidates(srcset).map((c) => c.url)];
}
