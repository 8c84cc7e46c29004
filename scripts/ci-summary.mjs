// Prints the last line of .ci/run, "N passed, N failed", from vitest's JSON report and exits
// non-zero when anything failed, vitest itself failed, or there is no report at all.
// usage: node scripts/ci-summary.mjs <report.json> <vitest exit status>
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusArg = '1'] = process.argv.slice(2);
const status = Number(statusArg);

function finish(passed, failed, note) {
  if (note) console.log(`ci: ${note}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || status !== 0 ? 1 : 0);
}

if (!reportPath || !existsSync(reportPath)) {
  finish(0, 1, `no test report at ${reportPath} (vitest exit ${status}): the run crashed before reporting`);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails to load or whose hooks throw fails without a failed test: count it once.
const brokenFiles = (report.testResults ?? []).filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
);
for (const file of brokenFiles) console.log(`ci: ${file.name} failed outside any test: ${(file.message ?? '').split('\n')[0]}`);
const failed = (report.numFailedTests ?? 0) + brokenFiles.length;
if (failed === 0 && status !== 0) {
  finish(passed, 1, `vitest exited ${status} although no test failed (an unhandled error, or global setup/teardown failed)`);
}
finish(passed, failed);
