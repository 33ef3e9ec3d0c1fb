import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar, type YAMLError } from 'yaml';
import { fileMessages, yamlErrors } from '../../i18n/messages.ts';
import { normalizeSource } from '../text/vietnamese.ts';

export interface ParsedSource {
  /** Front-matter fields; empty when there is no front matter or it could not be read. */
  data: Record<string, unknown>;
  body: string;
  /** File line on which the body starts, to turn body lines into file lines. */
  bodyLine: number;
  hasFrontmatter: boolean;
  /** The YAML error that stopped reading the front matter, with its line in the file. */
  yamlError?: { line?: number; message: string };
  /** File line of each top-level field. */
  lines: Map<string, number>;
}

/** gray-matter hands over the YAML starting with the newline after the opening `---`, so YAML line n is file line n. */
const fileLine = (yamlLine: number) => yamlLine;


/** A YAML error in editors' words, with its line (1-based, within the YAML text). */
export function describeYamlError(error: YAMLError): { line?: number; message: string } {
  const english = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { line: error.linePos?.[0].line, message: yamlErrors[error.code] ?? english };
}

/** Reads YAML with positions; YAML 1.2 keeps `2021-04-09` a string, so the date rule stays ours. */
function readYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        lines.set(String(pair.key.value), fileLine(lineCounter.linePos(pair.key.range[0]).line));
      }
    }
  }
  const [error] = doc.errors;
  const described = error && describeYamlError(error);
  const yamlError = described && {
    line: described.line === undefined ? undefined : fileLine(described.line),
    message: described.message,
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
    bodyLine: source.split('\n').length - file.content.split('\n').length + 1,
    hasFrontmatter: source.startsWith('---'),
    yamlError: parsed?.yamlError ?? (notAMap ? { line: 2, message: fileMessages.notAMap() } : undefined),
    lines: parsed?.lines ?? new Map(),
  };
}
