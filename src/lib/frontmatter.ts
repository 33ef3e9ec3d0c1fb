import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { normalizeSource } from './text.ts';

export interface ParsedSource {
  /** Front-matter fields; empty when there is no front matter or it could not be read. */
  data: Record<string, unknown>;
  body: string;
  hasFrontmatter: boolean;
  /** The YAML error that stopped reading the front matter, with its line in the file. */
  yamlError?: { line?: number; message: string };
  /** File line of each top-level field. */
  lines: Map<string, number>;
}

/** Line 1 is the opening `---`, so YAML line n is file line n + 1. */
const FRONTMATTER_FIRST_LINE = 2;

/** Reads YAML with positions; YAML 1.2 keeps `2021-04-09` a string, so the date rule stays ours. */
function readYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + FRONTMATTER_FIRST_LINE - 1);
      }
    }
  }
  const [error] = doc.errors;
  const yamlError = error && {
    line: error.linePos ? error.linePos[0].line + FRONTMATTER_FIRST_LINE - 1 : undefined,
    message: error.message.split('\n')[0],
  };
  return { value: yamlError ? undefined : doc.toJS(), lines, yamlError };
}

/** Splits a Markdown/MDX source into front matter and body (BOM, CRLF and NFD already handled). */
export function parseSource(raw: string): ParsedSource {
  const source = normalizeSource(raw);
  let parsed: ReturnType<typeof readYaml> | undefined;
  const file = matter(source, {
    engines: {
      yaml: {
        parse: (text: string) => {
          parsed = readYaml(text);
          return (parsed.value ?? {}) as object;
        },
        stringify: () => '',
      },
    },
  });
  const value = parsed?.value;
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const notAMap = parsed && !parsed.yamlError && value != null && data !== value;
  return {
    data,
    body: file.content,
    hasFrontmatter: source.startsWith('---'),
    yamlError: parsed?.yamlError ?? (notAMap ? { line: FRONTMATTER_FIRST_LINE, message: 'phần đầu phải là các dòng "tên: giá trị"' } : undefined),
    lines: parsed?.lines ?? new Map(),
  };
}
