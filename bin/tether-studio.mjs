#!/usr/bin/env node
// tether-studio CLI. `serve` runs the headless studio: from the built `out/main/serve.js` when it is as new as
// its sources (`npm run serve` builds it when stale), else from the TypeScript sources through tsx in a
// checkout (no build step needed); a package without sources/tsx runs the build.
// Start it through tether-studio.cjs (the package bin, `npm run serve`): that launcher sizes the libuv thread
// pool (UV_THREADPOOL_SIZE=8) before the pool starts. The line below is only a fallback for running this file
// directly; on Node's ESM entry path the pool usually exists already, so it cannot enlarge it.
process.env.UV_THREADPOOL_SIZE ||= '8';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveBuildIsFresh } from './serve-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: tether-studio <command> [options]

Commands:
  serve     run the studio headless: REST + SSE API and the browser UI (see: tether-studio serve --help)`;

async function loadServe() {
  const source = join(root, 'src', 'main', 'serve.ts');
  const built = join(root, 'out', 'main', 'serve.js');
  // TETHER_SERVE_BUILT=1: the build; =0: the sources; unset: the build when it is as new as the sources
  // (it starts in about half the time: no TypeScript to load), else the sources.
  const mode = process.env.TETHER_SERVE_BUILT;
  const preferBuilt = mode === '1' || (mode !== '0' && serveBuildIsFresh(root));
  if (existsSync(source) && !preferBuilt) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
      return await import(pathToFileURL(source).href);
    } catch (err) {
      if (!existsSync(built)) throw err;
      // tsx is a dev dependency; fall through to the build when it is absent.
    }
  }
  if (existsSync(built)) return import(pathToFileURL(built).href);
  throw new Error(
    'neither src/main/serve.ts (with tsx) nor out/main/serve.js is available; run `npm install` or `npm run build`',
  );
}

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
  process.exit(command === undefined ? 2 : 0);
}
if (command !== 'serve') {
  console.error(`tether-studio: unknown command '${command}'\n\n${USAGE}`);
  process.exit(2);
}
try {
  const mod = await loadServe();
  await mod.main(rest);
} catch (err) {
  console.error(`tether-studio serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
