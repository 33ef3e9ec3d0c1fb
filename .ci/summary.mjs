// Prints the one line CI reads, "N passed, N failed", from Vitest's JSON report
// plus code style and types, the content check, and the real site's build + link check (one result each).
import { readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', ...statuses] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
} catch {
  failed += 1; // no report: the test run itself broke
}
for (const status of statuses) {
  if (status === '0') passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
