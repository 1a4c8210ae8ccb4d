// Prints "N passed, N failed" from the JSON reports of Vitest and Playwright (Chromium and Firefox runs).
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
// The Chromium run (reports/e2e.json) and the Firefox run (reports/e2e-firefox.json) of the e2e suite.
for (const path of ['reports/e2e.json', 'reports/e2e-firefox.json']) {
  const e2e = read(path);
  if (!e2e) continue;
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0) + (e2e.stats?.skipped ?? 0);
}
// A step that failed before or outside the suites (install, typecheck, lint, build) counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
