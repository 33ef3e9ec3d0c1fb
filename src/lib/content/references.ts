/** Images and article links written in a Markdown/MDX body, with their line in the body (1-based). */

export interface Reference {
  target: string;
  line: number;
  /** Alt text, for images. */
  alt?: string;
  /** Written as an HTML tag rather than Markdown. */
  html?: boolean;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;
const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g;
const HTML_LINK = /<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']/gi;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Code blocks, inline code and HTML comments are examples or notes, not references. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`|<!--[\s\S]*?-->/g, (code) => code.replace(/[^\n]/g, ' '));
}

export function imageReferences(body: string): Reference[] {
  const text = withoutCode(body);
  const found: Reference[] = [];
  for (const m of text.matchAll(MARKDOWN_IMAGE)) found.push({ target: m[2], alt: m[1], line: lineAt(text, m.index) });
  for (const m of text.matchAll(HTML_IMAGE)) {
    const alt = /\balt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1];
    found.push({ target: m[1], alt, line: lineAt(text, m.index), html: true });
  }
  return found.sort((a, b) => a.line - b.line);
}

export function linkReferences(body: string): Reference[] {
  const text = withoutCode(body);
  const found: Reference[] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) found.push({ target: m[1], line: lineAt(text, m.index) });
  for (const m of text.matchAll(HTML_LINK)) found.push({ target: m[1], line: lineAt(text, m.index) });
  return found.sort((a, b) => a.line - b.line);
}

/** A target inside the content folder (not a URL with a scheme, not protocol-relative, not an anchor). */
export const isLocalPath = (target: string) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(target);

/** The slug of a link to an article page ("/bai-viet/x/", "../x.md"), if it is one. */
export function linkedArticleSlug(target: string): string | undefined {
  const page = /^\/(?:[^?#]*\/)?bai-viet\/([^/?#]+)\/?(?:[?#].*)?$/.exec(target);
  return page ? decodeURIComponent(page[1]) : undefined;
}
