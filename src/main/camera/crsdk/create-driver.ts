import { adapterSource, linkBesideDevExecutable } from '../../../../native/crsdk-host.cjs';
import { createLogger } from '../../core/logger';
import { loadNativeApi } from './availability';
import { CrsdkDriver, type CrsdkDriverOptions } from './crsdk-driver';
import { locateNativeLibrary, type LibraryLocation } from './library-path';

/** Options of {@link createCrsdkDriver}. */
export interface CreateCrsdkDriverOptions extends CrsdkDriverOptions {
  /** Use this library instead of searching (tests). */
  library?: LibraryLocation;
  /** The running executable (default process.execPath): Cr_Core loads CrAdapter/ from beside it. */
  execPath?: string;
}

/**
 * Builds the CRSDK driver (bridge + whatever SDK it was built against, stand-in included). Throws
 * DRIVER_UNAVAILABLE with build instructions when the library is missing or cannot be loaded.
 *
 * Cr_Core loads its transport adapters from beside the executable. In a development tree (Electron from
 * node_modules) the adapters of the build are linked there first; the packaged app ships them there, and
 * `npm run serve` starts node from native/build/host where they are. Where they are expected is handed to
 * the driver, which names it when discovery fails.
 */
export function createCrsdkDriver(options: CreateCrsdkDriverOptions = {}): CrsdkDriver {
  const { library, execPath = process.execPath, ...rest } = options;
  const location = library ?? locateNativeLibrary();
  const api = loadNativeApi(location);
  const log = rest.logger ?? createLogger('camera:crsdk');
  const source = location ? adapterSource(location.dir) : null;
  const { adapterDir } = linkBesideDevExecutable(execPath, source);
  return new CrsdkDriver(api, { adapterDir: rest.adapterDir ?? adapterDir, ...rest, logger: log });
}
