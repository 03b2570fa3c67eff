#!/usr/bin/env node
// Builds out/main/serve.js (with the rest of the electron-vite build) so `serve` starts from the bundle
// rather than the TypeScript sources through tsx (about half a cold start; docs/BENCHMARKS.md, Cold start).
//   node scripts/serve-build.mjs             build
//   node scripts/serve-build.mjs --if-stale  build only when out/main/serve.js is missing or older than its sources
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { serveBuildIsFresh } from '../bin/serve-build.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);

/** Runs `electron-vite build`; throws when it fails. */
export function buildServe() {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
    'bin/electron-vite.js',
  );
  const run = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`electron-vite build failed (exit ${run.status ?? run.signal})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--if-stale') || !serveBuildIsFresh(root)) {
    console.log('Building the studio (out/main) …');
    buildServe();
  }
}
