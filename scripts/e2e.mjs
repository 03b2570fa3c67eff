#!/usr/bin/env node
// End-to-end tests (run by `npm test` after the unit tests, or `npm run test:e2e`):
//   1. browser e2e — builds the renderer, starts the headless studio in-process and drives Debian Chromium
//      (e2e/browser, config vitest.e2e.config.ts);
//   2. Electron e2e — e2e/electron/run.mjs (skips itself where the Electron binary is absent).
// When TETHER_E2E_REPORT is set, one Vitest-style JSON report with the summed counts is written there.
// Chromium missing: a failure in CI (process.env.CI), a clearly reported skip on a developer machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const chromium = process.env.TETHER_CHROMIUM ?? '/usr/bin/chromium';
const report = process.env.TETHER_E2E_REPORT;
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const totals = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
let failed = false;

function addCounts(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  for (const k of Object.keys(totals)) totals[k] += r[k] ?? 0;
}

function vitestArgs(reportFile) {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`];
}

// ---- 1. browser e2e ----
if (!existsSync(chromium)) {
  const msg = `Chromium not found at ${chromium} (install: apt-get install -y chromium)`;
  if (process.env.CI) {
    console.error(`e2e: ${msg}; the browser e2e tests are required in CI.`);
    totals.numFailedTests += 1;
    failed = true;
  } else {
    console.log(`e2e: ${msg}; skipping the browser e2e tests on this machine.`);
  }
}
if (existsSync(chromium)) {
  console.log('e2e: building the renderer (out/renderer)');
  const { buildRenderer } = await import(join(root, 'scripts/renderer-build.mjs'));
  await buildRenderer({ quiet: true });
  const browserReport = join(resultsDir, 'e2e-browser.json');
  rmSync(browserReport, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'vitest.e2e.config.ts',
      ...vitestArgs(browserReport),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TETHER_LOG_LEVEL: process.env.TETHER_LOG_LEVEL ?? 'warn' },
      timeout: 25 * 60_000,
      killSignal: 'SIGKILL',
    },
  );
  if (r.status !== 0) failed = true;
  addCounts(browserReport);
}

// ---- 2. Electron e2e ----
const electronRunner = join(root, 'e2e/electron/run.mjs');
if (existsSync(electronRunner)) {
  const electronReport = join(resultsDir, 'e2e-electron.json');
  rmSync(electronReport, { force: true });
  const r = spawnSync(process.execPath, [electronRunner, ...vitestArgs(electronReport)], {
    cwd: root,
    stdio: 'inherit',
    timeout: 25 * 60_000,
    killSignal: 'SIGKILL',
  });
  if (r.status !== 0) failed = true;
  addCounts(electronReport);
}

if (report) {
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, JSON.stringify(totals, null, 2));
}
console.log(
  `e2e: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${totals.numPendingTests + totals.numTodoTests} skipped`,
);
process.exit(failed || totals.numFailedTests > 0 ? 1 : 0);
