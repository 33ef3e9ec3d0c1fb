import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, sortProblems, type Problem } from '../../src/lib/content/problems.ts';

const cwd = '/repo';
const problem: Problem = {
  severity: 'error',
  file: '/repo/content/articles/2021/04/x.md',
  line: 3,
  field: 'date',
  message: '"31/02/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09',
};

describe('problem output', () => {
  it('prints one line: file:line, field, message', () => {
    expect(formatProblem(problem, cwd)).toBe(
      'content/articles/2021/04/x.md:3  date: "31/02/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09',
    );
  });

  it('keeps absolute paths outside the working folder', () => {
    expect(formatProblem({ ...problem, file: '/tmp/other/x.md', line: undefined, field: undefined }, cwd)).toBe('/tmp/other/x.md  ' + problem.message);
  });

  it('formats GitHub Actions annotations with escaped properties and data', () => {
    expect(formatAnnotation(problem, cwd)).toBe(
      '::error file=content/articles/2021/04/x.md,line=3,title=date::date: "31/02/2021" không phải ngày hợp lệ — dùng dạng YYYY-MM-DD, ví dụ 2021-04-09',
    );
    const tricky: Problem = { severity: 'warning', file: '/repo/a,b:c.md', message: '100% xong\ndòng hai' };
    expect(formatAnnotation(tricky, cwd)).toBe('::warning file=a%2Cb%3Ac.md::100%25 xong%0Adòng hai');
  });

  it('lists errors before warnings, then by file and line', () => {
    const sorted = sortProblems([
      { severity: 'warning', file: '/a', message: 'w' },
      { severity: 'error', file: '/b', line: 9, message: 'e2' },
      { severity: 'error', file: '/b', line: 2, message: 'e1' },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['e1', 'e2', 'w']);
  });
});
