#!/usr/bin/env node
// `npm test`: native build (stand-in SDK) → unit + contract tests → browser/Electron e2e.
// Prints one closing line "tests: N passed, N failed, N skipped" summed over every stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
/** No stage may run longer than this. */
const STAGE_TIMEOUT_MS = 40 * 60_000;
let stageFailed = false;

function run(title, cmd, args, env = {}) {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  // Bounded: a stage that hangs is killed (well inside the 90-minute CI budget) and counts as failed.
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout: STAGE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (r.status !== 0) {
    console.error(`=== ${title} exited with ${r.status ?? r.signal}`);
    stageFailed = true;
  }
  return r.status === 0;
}

/** Adds a Vitest JSON report's counts to the totals. */
function addVitestCounts(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

if (existsSync(join(root, 'native/build.mjs'))) {
  run('native build', process.execPath, ['native/build.mjs']);
}

const unitReport = join(resultsDir, 'unit.json');
rmSync(unitReport, { force: true });
run('unit + contract tests', process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
addVitestCounts(unitReport);

if (existsSync(join(root, 'scripts/e2e.mjs'))) {
  const e2eReport = join(resultsDir, 'e2e.json');
  rmSync(e2eReport, { force: true });
  run('end-to-end tests', process.execPath, ['scripts/e2e.mjs'], { TETHER_E2E_REPORT: e2eReport });
  addVitestCounts(e2eReport);
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(stageFailed || totals.failed > 0 ? 1 : 0);
