// Whether out/main/serve.js (electron-vite's build of src/main/serve.ts) is as new as the sources it was
// built from. The CLI runs a fresh build instead of the TypeScript sources through tsx: loading ~300
// modules through tsx is most of a cold `serve` start (docs/BENCHMARKS.md, Cold start).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The sources the serve bundle is built from, relative to the project root. */
const SOURCES = ['src/main', 'src/shared', 'electron.vite.config.ts', 'package.json'];

/** Newest modification time of a file or of any file below a folder (0 when it does not exist). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * True when `out/main/serve.js` exists and no source is newer than it.
 * @param {string} root project root
 */
export function serveBuildIsFresh(root) {
  const built = join(root, 'out', 'main', 'serve.js');
  if (!existsSync(built)) return false;
  const at = statSync(built).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(root, s)) <= at);
}
