// Finds the Electron executable WITHOUT `require('electron')`: that module downloads the binary when it is
// missing, and nothing may be downloaded here. Shared by the Electron e2e spec and its runner.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every skip says, word for word. */
export const SKIP_MESSAGE =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); skipping Electron e2e';

/**
 * Locates the Electron binary the way the `electron` package would, but only looks.
 * @param {string} root project root
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string | null, reason: string }}
 */
export function findElectronBinary(root, env = process.env) {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json')))
    return { path: null, reason: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(candidate)
      ? { path: candidate, reason: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : { path: null, reason: `${candidate} does not exist` };
  }
  if (!relative) return { path: null, reason: 'node_modules/electron/path.txt is missing' };
  const binary = join(pkg, 'dist', relative);
  if (!existsSync(binary)) return { path: null, reason: `${binary} is missing` };
  return { path: binary, reason: 'node_modules/electron/dist' };
}
