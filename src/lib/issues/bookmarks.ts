import type { Bookmark } from './print.ts';

/** The bookmarks (outline) of a PDF in reading order, each with the page it points to, read with pdf.js. */
export async function readBookmarks(pdf: Uint8Array): Promise<Bookmark[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const result: Bookmark[] = [];
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const visit = async (items: Item[] | null) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = Array.isArray(dest) ? dest[0] : undefined;
        const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as never)) + 1 : typeof ref === 'number' ? ref + 1 : 0;
        result.push({ title: item.title, page });
        await visit(item.items);
      }
    };
    await visit((await doc.getOutline()) as Item[] | null);
    return result;
  } finally {
    await doc.loadingTask?.destroy();
  }
}
