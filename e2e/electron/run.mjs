#!/usr/bin/env node
// Runs the Electron e2e suite: `node e2e/electron/run.mjs [extra vitest args, e.g. --reporter=json --outputFile.json=x]`.
// Where the Electron binary is absent (CI installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1) the suite still runs
// and every test reports as skipped with the reason; nothing is downloaded. Where it is present, the app is
// built first (`electron-vite build`) when out/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP_MESSAGE, findElectronBinary } from './electron-binary.mjs';

const root = new URL('../..', import.meta.url).pathname;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const built = [
  'out/main/bootstrap.cjs',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
].map((p) => join(root, p));
const binary = findElectronBinary(root);
if (!binary.path) {
  console.log(`${SKIP_MESSAGE} (${binary.reason})`);
} else {
  const stale =
    built.some((p) => !existsSync(p)) ||
    newestMtime(join(root, 'src')) > Math.min(...built.map((p) => statSync(p).mtimeMs));
  if (stale) {
    console.log('building the app for the Electron e2e: electron-vite build');
    const b = spawnSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: root, stdio: 'inherit', timeout: 10 * 60_000, killSignal: 'SIGKILL' },
    );
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
}

const r = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'e2e/electron/vitest.config.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', timeout: 20 * 60_000, killSignal: 'SIGKILL' },
);
process.exit(r.status ?? 1);
