import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How to build the native library; quoted in every "library missing" message. */
export const BUILD_HINT =
  'Build it with `npm run build:native` (stand-in SDK) or `CRSDK_DIR=/path/to/CrSDK npm run build:native` (Sony Camera Remote SDK); see native/README.md.';

/** File name of the bridge library on this platform. */
export function bridgeLibraryName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32'
    ? 'tether_crsdk.dll'
    : platform === 'darwin'
      ? 'libtether_crsdk.dylib'
      : 'libtether_crsdk.so';
}

/** File name of the SDK core (Sony's `Cr_Core` or the stand-in built under the same name). */
export function coreLibraryName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'Cr_Core.dll' : platform === 'darwin' ? 'libCr_Core.dylib' : 'libCr_Core.so';
}

function moduleDir(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return null;
  }
}

/**
 * Folders that may hold the native libraries, most specific first: `$TETHER_CRSDK_LIB_DIR`, the packaged
 * app's resources (`<resources>/native`, listed under electron-builder `extraResources`), then
 * `native/build/lib` found by walking up from this module (source tree, `out/main` bundle) and from the cwd.
 */
export function nativeLibraryDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.TETHER_CRSDK_LIB_DIR) dirs.push(resolve(env.TETHER_CRSDK_LIB_DIR));
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) dirs.push(join(resourcesPath, 'native'));
  for (let dir = moduleDir(); dir;) {
    dirs.push(join(dir, 'native', 'build', 'lib'));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  dirs.push(join(process.cwd(), 'native', 'build', 'lib'));
  return [...new Set(dirs)];
}

/** Where the bridge library was found. */
export interface LibraryLocation {
  dir: string;
  bridge: string;
  core: string;
}

/** The first folder holding the bridge library, or null. */
export function locateNativeLibrary(env: NodeJS.ProcessEnv = process.env): LibraryLocation | null {
  for (const dir of nativeLibraryDirs(env)) {
    const bridge = join(dir, bridgeLibraryName());
    if (existsSync(bridge)) return { dir, bridge, core: join(dir, coreLibraryName()) };
  }
  return null;
}
