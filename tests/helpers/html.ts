import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Parses a page the way a browser does, so tests check what a reader's browser would build. */
export function parseHtml(html: string) {
  const document = parse(html);
  const all: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) all.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(document);
  return {
    all,
    select: (tag: string) => all.filter((el) => el.tagName === tag),
    first: (tag: string) => all.find((el) => el.tagName === tag),
  };
}

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textContent).join('') : '';
}
