#!/usr/bin/env node
// Runs the benchmarks: every bench/*.ts (except tests and helpers), each in its own Node process via tsx,
// one after another so they do not disturb each other. `npm run bench -- transfer liveview-core` runs a
// subset (names match the start of the file name). Each bench prints its figures and its baseline; the
// JSON summary of each run goes to bench/results/<name>.json when the bench writes one. `--full` runs the
// issue-scale sizes (BENCH_FULL=1) where a bench's quick default is smaller (docs/BENCHMARKS.md says which).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const args = process.argv.slice(2);
const full = args.includes('--full');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--full');
if (unknown.length > 0) {
  console.error(`unknown option ${unknown.join(', ')} (known: --full)`);
  process.exit(2);
}
const filters = args.filter((a) => !a.startsWith('-'));
const benches = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_') && !f.endsWith('-lib.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) => filters.length === 0 || filters.some((want) => name.startsWith(want)))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ') || '(any)'}`);
  process.exit(1);
}

const failed = [];
for (const name of benches) {
  console.log(`\n=== bench/${name} ===`);
  const started = Date.now();
  // tsx as an in-process loader: the bench runs in exactly this Node process (flags such as --expose-gc apply).
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(benchDir, `${name}.ts`)], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      TETHER_LOG_LEVEL: process.env.TETHER_LOG_LEVEL ?? 'error',
      ...(full ? { BENCH_FULL: '1' } : {}),
    },
    timeout: 60 * 60_000,
    killSignal: 'SIGKILL',
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    failed.push(name);
    console.log(`--- bench/${name} FAILED (exit ${run.status ?? run.signal}) after ${secs} s`);
  } else {
    console.log(`--- bench/${name} done in ${secs} s`);
  }
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
