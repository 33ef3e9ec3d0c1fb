/**
 * The print layout's pure parts: headings moved down under the article title, pictures loaded
 * before printing, the contents' page numbers read back from the PDF's bookmarks, and a PDF made
 * byte-for-byte reproducible.
 */
import { createHash } from 'node:crypto';

/** Moves every heading of an article body `by` levels down (h2 → h4), never below h6. */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/** Pictures load at once: a printed page has no scrolling to trigger lazy loading. */
export function eagerImages(html: string): string {
  return html.replace(/\sloading="lazy"/g, ' loading="eager"');
}

/** One bookmark of a PDF: its text and the page (1-based) it points to. */
export interface Bookmark {
  title: string;
  page: number;
}

const sameText = (a: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The page of each title, found among the bookmarks in order: the n-th title is looked for after
 * the bookmark of the (n-1)-th, so two articles with the same title each get their own page.
 * A title without a bookmark gets undefined.
 */
export function pagesOfTitles(bookmarks: readonly Bookmark[], titles: readonly string[]): (number | undefined)[] {
  let from = 0;
  return titles.map((title) => {
    const wanted = sameText(title);
    const at = bookmarks.findIndex((b, i) => i >= from && sameText(b.title) === wanted);
    if (at < 0) return undefined;
    from = at + 1;
    return bookmarks[at].page;
  });
}

/**
 * Chromium stamps each PDF with the time of printing (CreationDate, ModDate) and an ID made from
 * it. Both are replaced in place, with text of the same length so no offset moves: the dates by
 * `date`, the ID by a hash of the rest of the file. The same page then gives the same bytes.
 */
export function stabilisePdf(pdf: Buffer, date: Date): Buffer {
  let text = pdf.toString('latin1');
  const digits = pdfDateDigits(date);
  text = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (match) => match.slice(0, -14) + digits);
  const ids = /\/ID \[<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>\]/;
  const hash = createHash('sha256').update(text.replace(ids, ''), 'latin1').digest('hex').toUpperCase().repeat(4);
  text = text.replace(ids, (_, a: string, b: string) => `/ID [<${hash.slice(0, a.length)}> <${hash.slice(0, b.length)}>]`);
  const stable = Buffer.from(text, 'latin1');
  // Same length or nothing: every object offset in the cross-reference table must stay true.
  return stable.length === pdf.length ? stable : pdf;
}

/** The digits of a PDF date in UTC (YYYYMMDDHHmmSS), as Chromium writes them before +00'00'. */
function pdfDateDigits(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

/** The cache key of a printed issue: everything that decides its bytes. */
export function printKey(parts: { html: string; font: Buffer; settings: Record<string, unknown>; pictures: Buffer[] }): string {
  const hash = createHash('sha256');
  hash.update(parts.html).update('\0').update(parts.font).update('\0').update(JSON.stringify(parts.settings));
  for (const picture of parts.pictures) hash.update('\0').update(picture);
  return hash.digest('hex');
}

/** Text as a CSS string literal, safe inside <style>: quotes, backslashes, angle brackets and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Root-relative link addresses (`href="/bantin/bai-viet/x/"`) made absolute against the site, so
 * the PDF's links lead to the site and not to the machine that printed it. Pictures (`src`) stay
 * relative: the printing browser loads them from the build.
 */
export function absoluteLinks(html: string, site: URL): string {
  return html.replace(
    /(\shref=")(\/(?![/\\])[^"]*)"/g,
    (_, before: string, path: string) => `${before}${new URL(path.replace(/&amp;/g, '&'), site).href.replace(/&/g, '&amp;')}"`,
  );
}
