import { addAlternatesToHtml } from './alternates.ts';

const OPENING = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>/i;

/**
 * The copy of a built article page that Pagefind reads: only the element marked
 * `data-pagefind-body` (title, summary, body; parts inside it marked `data-pagefind-ignore` stay
 * out), NFC, with d-forms beside every đ-word. Smaller input also keeps indexing memory down.
 * Returns undefined for a page without such an element.
 */
export function indexableHtml(page: string): string | undefined {
  const open = OPENING.exec(page);
  if (!open) return undefined;
  const tags = /<(\/?)article\b[^>]*>/gi;
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = -1;
  for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      end = tag.index + tag[0].length;
      break;
    }
  }
  if (end < 0) return undefined;
  const article = page.slice(open.index, end).normalize('NFC');
  return `<!doctype html><html lang="vi"><body>${addAlternatesToHtml(article)}</body></html>`;
}
