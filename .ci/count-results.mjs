// Adds up the vitest JSON reports of a CI run and prints the closing line CI is read by.
// Exits non-zero when anything failed, or when no test ran at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, failedStepsArg = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedStepsArg);
for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
