/**
 * npm run check — validates the content folder (or CONTENT_DIR) without building the site,
 * with the same code the build uses (src/lib/content/load.ts). Exit 1 on errors, 0 otherwise.
 */
import { reportMessages } from '../src/i18n/messages.ts';
import { accountingLine, contentDirectory, loadContent } from '../src/lib/content/load.ts';
import { buildTime } from '../src/lib/text/dates.ts';
import { countErrors, formatAnnotation, formatProblem, sortProblems } from '../src/lib/content/problems.ts';

const started = performance.now();
const dir = contentDirectory();
const report = loadContent(dir, buildTime());
const problems = sortProblems(report.problems);
const inActions = process.env.GITHUB_ACTIONS === 'true';

for (const problem of problems) {
  const label = problem.severity === 'error' ? reportMessages.errorLabel : reportMessages.warningLabel;
  console.log(`${label}  ${formatProblem(problem)}`);
  if (inActions) console.log(formatAnnotation(problem));
}

const errors = countErrors(problems);
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(accountingLine(report));
console.log(reportMessages.checked(errors, warnings, dir, seconds));
process.exitCode = errors > 0 ? 1 : 0;
