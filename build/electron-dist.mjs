// Parent config that build/electron-builder.yml `extends`: which Electron distribution to package.
// ELECTRON_DIST (an unpacked Electron directory or a zip) wins; otherwise a locally installed
// node_modules/electron/dist is used; otherwise electron-builder falls back to its own cache/download.
// A YAML file cannot read the environment, hence this small hook. electron-builder calls the default
// export to get the config, so the environment is read at build time, not at import time.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron distribution to package, or undefined to let electron-builder fetch one.
 * @param {Record<string, string | undefined>} env
 */
export function electronDistFor(env) {
  if (env.ELECTRON_DIST && env.ELECTRON_DIST.trim() !== '') return env.ELECTRON_DIST;
  const local = join(root, 'node_modules', 'electron', 'dist');
  return existsSync(join(local, 'version')) ? local : undefined;
}

/** The parent configuration: only `electronDist`, and only when there is one. */
export default function parentConfig() {
  const dist = electronDistFor(process.env);
  return dist ? { electronDist: dist } : {};
}
