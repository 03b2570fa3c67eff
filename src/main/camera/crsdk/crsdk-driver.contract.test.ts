import { beforeAll } from 'vitest';
import { runDriverContract } from '../contract/driver-contract';
import type { LibraryLocation } from './library-path';
import type { StandInControl } from './standin-control';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary, makeStandInDriver } from './testing/native-harness';

// The shared driver contract, run against CrsdkDriver → koffi → bridge → stand-in Cr_Core (real threads,
// real callbacks, real files), exactly the path a Sony body takes with the real SDK.
let native: { location: LibraryLocation; standIn: StandInControl };

beforeAll(async () => {
  native = await ensureNativeLibrary();
}, NATIVE_BUILD_TIMEOUT_MS);

runDriverContract('CrsdkDriver (stand-in SDK)', () => makeStandInDriver(native.location, native.standIn));
