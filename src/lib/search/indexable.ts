import { addAlternates, mapText } from './alternates.ts';

/** A tag, reading quoted attribute values whole (a value may hold ">" or "</article>"). */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const OPENING = new RegExp(`<article\\b${ATTRIBUTES}\\bdata-pagefind-body\\b${ATTRIBUTES}>`, 'i');
const ARTICLE_TAG = new RegExp(`<(/?)article\\b${ATTRIBUTES}>`, 'gi');
/**
 * Pagefind splits words on ASCII punctuation only: "Bắc–Nam" or "lặng…rồi" would each be one
 * word. Spaces around dashes and ellipses let both words be found.
 */
const GLUING_PUNCTUATION = /[\u2010-\u2015\u2026]/g;

/**
 * The copy of a built article page that Pagefind reads: only the element marked
 * `data-pagefind-body` (title, summary, body; parts inside it marked `data-pagefind-ignore` stay
 * out), NFC, with d-forms beside every đ-word. Smaller input also keeps indexing memory down.
 * Returns undefined for a page without such an element.
 */
export function indexableHtml(source: string): string | undefined {
  // Comments are not content, and one may mention "<article>".
  const page = source.replace(/<!--[\s\S]*?-->/g, '');
  const open = OPENING.exec(page);
  if (!open) return undefined;
  const tags = new RegExp(ARTICLE_TAG);
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
  const article = mapText(page.slice(open.index, end).normalize('NFC'), (text) => addAlternates(text.replace(GLUING_PUNCTUATION, ' $& ')));
  return `<!doctype html><html lang="vi"><body>${article}</body></html>`;
}
