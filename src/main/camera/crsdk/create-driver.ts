import { loadNativeApi } from './availability';
import { CrsdkDriver, type CrsdkDriverOptions } from './crsdk-driver';
import type { LibraryLocation } from './library-path';

/** Options of {@link createCrsdkDriver}. */
export interface CreateCrsdkDriverOptions extends CrsdkDriverOptions {
  /** Use this library instead of searching (tests). */
  library?: LibraryLocation;
}

/**
 * Builds the CRSDK driver (bridge + whatever SDK it was built against, stand-in included). Throws
 * DRIVER_UNAVAILABLE with build instructions when the library is missing or cannot be loaded.
 */
export function createCrsdkDriver(options: CreateCrsdkDriverOptions = {}): CrsdkDriver {
  const { library, ...rest } = options;
  return new CrsdkDriver(loadNativeApi(library), rest);
}
