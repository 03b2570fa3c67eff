import { ErrorCode, TetherError } from '../../../shared/errors';
import { loadBindings } from './bindings';
import { BUILD_HINT, locateNativeLibrary, type LibraryLocation } from './library-path';
import { NativeApi } from './native-api';

/** Whether the CRSDK driver can drive a real camera here, and why (shown in the UI and /api/server/status). */
export interface CrsdkAvailability {
  /** True when the bridge loads and is built against Sony's SDK (not the stand-in). */
  available: boolean;
  /** Human-readable reason. */
  reason: string;
  /** Where the bridge library was found. */
  library?: string;
  /** SDK version reported by the library. */
  sdkVersion?: string;
  /** True when the bridge was built against the stand-in SDK (usable with `--driver crsdk`, not for `auto`). */
  standin?: boolean;
}

/** Loads the bridge from `location` (or finds it) and returns its typed API; throws DRIVER_UNAVAILABLE. */
export function loadNativeApi(location: LibraryLocation | null = locateNativeLibrary()): NativeApi {
  if (!location)
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `The CRSDK bridge library is not built. ${BUILD_HINT}`,
    );
  return new NativeApi(loadBindings(location.bridge));
}

/**
 * Checks the bridge library and the SDK behind it without initialising the SDK. `auto` driver selection uses
 * the CRSDK driver only when `available` is true: a bridge built against the stand-in is for tests and demos.
 */
export function crsdkAvailability(): CrsdkAvailability {
  const location = locateNativeLibrary();
  if (!location) return { available: false, reason: `CRSDK bridge library not found. ${BUILD_HINT}` };
  let api: NativeApi;
  try {
    api = loadNativeApi(location);
  } catch (err) {
    return { available: false, reason: (err as Error).message, library: location.bridge };
  }
  const { version, standin } = api.sdkVersion();
  if (standin) {
    return {
      available: false,
      reason: `the CRSDK bridge at ${location.bridge} is built against the stand-in SDK (no Sony Cr_Core); use --driver crsdk to drive the stand-in camera, or rebuild with CRSDK_DIR=/path/to/CrSDK npm run build:native`,
      library: location.bridge,
      sdkVersion: version,
      standin: true,
    };
  }
  return {
    available: true,
    reason: `Sony Camera Remote SDK ${version} at ${location.dir}`,
    library: location.bridge,
    sdkVersion: version,
    standin: false,
  };
}
