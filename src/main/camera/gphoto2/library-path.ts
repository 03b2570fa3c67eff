import { ErrorCode, TetherError } from '../../../shared/errors';
import { loadGphoto2 } from './koffi-bindings';
import { KoffiGphoto2 } from './koffi-gphoto2';

/** How to get libgphoto2, per platform: shown when it is missing. */
export const INSTALL_HINT: Readonly<Record<string, string>> = {
  linux: 'install it with your package manager (Debian/Ubuntu: sudo apt install libgphoto2-6)',
  darwin: 'install it with Homebrew (brew install libgphoto2)',
  win32: 'libgphoto2 does not support Windows; on Windows only Sony bodies (Camera Remote SDK) can be used',
};

/** Where libgphoto2 is looked for: `TETHER_GPHOTO2_LIBRARY`, else the platform's usual names. */
export function libraryCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string[] {
  if (env.TETHER_GPHOTO2_LIBRARY) return [env.TETHER_GPHOTO2_LIBRARY];
  if (platform === 'linux') return ['libgphoto2.so.6'];
  if (platform === 'darwin')
    return [
      '/opt/homebrew/lib/libgphoto2.6.dylib',
      '/usr/local/lib/libgphoto2.6.dylib',
      'libgphoto2.6.dylib',
    ];
  return [];
}

/** Whether the gphoto2 driver can run here, and why: what `/api/server/status` and the UI show. */
export interface Gphoto2Availability {
  available: boolean;
  reason: string;
  library?: string;
  version?: string;
}

/** Loads libgphoto2 (first candidate that loads) and wraps it; throws DRIVER_UNAVAILABLE saying why. */
export function loadKoffiGphoto2(env: NodeJS.ProcessEnv = process.env): KoffiGphoto2 {
  const candidates = libraryCandidates(env);
  const hint = INSTALL_HINT[process.platform] ?? 'libgphoto2 is not available on this platform';
  if (candidates.length === 0) throw new TetherError(ErrorCode.DriverUnavailable, hint);
  const failures: string[] = [];
  for (const path of candidates) {
    try {
      return new KoffiGphoto2(loadGphoto2(path));
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  throw new TetherError(ErrorCode.DriverUnavailable, `libgphoto2 not found (${failures[0]}): ${hint}`);
}

/** Probes libgphoto2 without opening any camera. */
export function gphoto2Availability(env: NodeJS.ProcessEnv = process.env): Gphoto2Availability {
  try {
    const api = loadKoffiGphoto2(env);
    const version = api.version();
    const library = libraryCandidates(env).find(Boolean);
    return { available: true, reason: `libgphoto2 ${version}`, library, version };
  } catch (err) {
    return { available: false, reason: (err as Error).message };
  }
}
