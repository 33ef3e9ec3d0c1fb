import { isAbsolute, relative } from 'node:path';

/** One thing wrong (or worth a look) in the content, worded for editors. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Absolute path of the file concerned. */
  file: string;
  line?: number;
  /** The front-matter field concerned, when there is one. */
  field?: string;
  message: string;
}

/** A file path as editors see it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}

/** `content/articles/x.md:3  date: "31/02/2021" không phải ngày hợp lệ — …` */
export function formatProblem(problem: Problem, cwd?: string): string {
  const where = displayPath(problem.file, cwd) + (problem.line ? `:${problem.line}` : '');
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}  ${field}${problem.message}`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The same problem as a GitHub Actions workflow command, so it shows on the commit and pull request. */
export function formatAnnotation(problem: Problem, cwd?: string): string {
  const props = [`file=${escapeProperty(displayPath(problem.file, cwd))}`];
  if (problem.line) props.push(`line=${problem.line}`);
  if (problem.field) props.push(`title=${escapeProperty(problem.field)}`);
  const message = (problem.field ? `${problem.field}: ` : '') + problem.message;
  return `::${problem.severity} ${props.join(',')}::${escapeData(message)}`;
}

/** Errors first, then by file and line, so the output reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

export const countErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;
