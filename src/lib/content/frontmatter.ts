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
  /** Why the front matter could not be read, in editors' words, with its line in the file. */
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
  // The parser turns a stack overflow on deep nesting into an ordinary error.
  const tooDeep = error && /call stack/i.test(error.message);
  const yamlError = described && {
    line: described.line === undefined ? undefined : fileLine(described.line),
    message: tooDeep ? fileMessages.yamlTooDeep() : fileMessages.yamlSyntax(described.message),
  };
  return { value: yamlError ? undefined : doc.toJS({ maxAliasCount: MAX_ALIASES }), lines, yamlError };
}

/** Aliases (`*name`) expanded per document; a few are normal, thousands are an attack on memory. */
export const MAX_ALIASES = 50;

/** YAML the parser refuses to finish (alias bombs, nesting deep enough to exhaust the stack), in editors' words. */
function readYamlSafely(text: string): ReturnType<typeof readYaml> {
  try {
    return readYaml(text);
  } catch (error) {
    const message = error instanceof RangeError ? fileMessages.yamlTooDeep() : error instanceof ReferenceError ? fileMessages.yamlAliases() : fileMessages.yamlUnreadable();
    return { value: undefined, lines: new Map(), yamlError: { line: 2, message } };
  }
}

/** gray-matter would run `---js` front matter as code: only plain `---` opens front matter here. */
const refuse = () => {
  throw new Error('front matter language refused');
};
const SAFE_ENGINES = { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, json: refuse, toml: refuse };

/** Where the front matter is malformed before any YAML is read: `---js`, or no closing `---`. */
function delimiterError(source: string): { line: number; message: string } | undefined {
  const end = source.indexOf('\n');
  const first = end === -1 ? source : source.slice(0, end);
  if (first.trim() !== '---') return { line: 1, message: fileMessages.frontmatterOpening(first.slice(0, 40)) };
  if (end === -1 || !/^---[ \t]*$/m.test(source.slice(end + 1))) return { line: 1, message: fileMessages.frontmatterUnclosed() };
  return undefined;
}

/** gray-matter with YAML read by `parse` and every other front-matter language refused. */
function matterOf(source: string, parse: (text: string) => object) {
  return matter(source, { language: 'yaml', engines: { ...SAFE_ENGINES, yaml: { parse, stringify: () => '' } } });
}

/** Splits a Markdown/MDX source into front matter and body (BOM, CRLF and NFD already handled). */
export function parseSource(raw: string): ParsedSource {
  const source = normalizeSource(raw);
  const hasFrontmatter = source.startsWith('---');
  const broken = hasFrontmatter ? delimiterError(source) : undefined;
  if (broken) return { data: {}, body: '', bodyLine: 1, hasFrontmatter, yamlError: broken, lines: new Map() };
  let parsed: ReturnType<typeof readYaml> | undefined;
  let file: { content: string };
  try {
    file = matterOf(source, (text) => {
      parsed = readYamlSafely(text);
      return (parsed.value ?? {}) as object;
    });
  } catch {
    // Only reachable if gray-matter itself refuses the text; the delimiter check above should have caught it.
    return { data: {}, body: '', bodyLine: 1, hasFrontmatter, yamlError: { line: 1, message: fileMessages.yamlUnreadable() }, lines: new Map() };
  }
  const value = parsed?.value;
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const notAMap = parsed && !parsed.yamlError && value != null && data !== value;
  return {
    data,
    body: file.content,
    bodyLine: source.split('\n').length - file.content.split('\n').length + 1,
    hasFrontmatter,
    yamlError: parsed?.yamlError ?? (notAMap ? { line: 2, message: fileMessages.yamlSyntax(fileMessages.notAMap()) } : undefined),
    lines: parsed?.lines ?? new Map(),
  };
}
