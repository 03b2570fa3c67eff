import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStandIn } from '../../../../../native/build.mjs';
import { LogBuffer } from '../../../core/logger';
import type { DriverFaultHooks, DriverUnderTest } from '../../contract/contract-helpers';
import { createCrsdkDriver } from '../create-driver';
import type { CrsdkDriver, CrsdkDriverOptions } from '../crsdk-driver';
import { locateNativeLibrary, type LibraryLocation } from '../library-path';
import { STANDIN_FAULT, loadStandInControl, standInIndex, type StandInControl } from '../standin-control';

/** Generous: a cold build of bridge + stand-in takes ~40 s on two cores. */
export const NATIVE_BUILD_TIMEOUT_MS = 180_000;

/**
 * Builds the stand-in native library when missing or stale (shared lock: parallel test files wait for one
 * build). A build against Sony's SDK in native/build is left alone: the stand-in then lives in
 * native/build/standin.
 */
export async function ensureNativeLibrary(): Promise<{ location: LibraryLocation; standIn: StandInControl }> {
  const { libDir } = await buildStandIn({ quiet: true });
  const location = locateNativeLibrary({ TETHER_CRSDK_LIB_DIR: libDir });
  if (!location) throw new Error(`${libDir} has no bridge library after the build`);
  const standIn = loadStandInControl(location.core);
  if (!standIn) throw new Error(`${location.core} is not the stand-in SDK`);
  return { location, standIn };
}

/** The serial part of a CRSDK camera id (`ILCE-7M4-D100A7M44711`). */
export function serialOf(cameraId: string): string {
  return cameraId.slice(cameraId.lastIndexOf('-') + 1);
}

/** Contract fault hooks mapped onto the stand-in's controls. */
export function standInFaults(standIn: StandInControl): DriverFaultHooks {
  const idx = (id: string) => standInIndex(serialOf(id));
  return {
    unplug: (id) => standIn.injectFault(idx(id), STANDIN_FAULT.unplug),
    replug: (id) => standIn.injectFault(idx(id), STANDIN_FAULT.replug),
    busyOnce: (id) => standIn.injectFault(idx(id), STANDIN_FAULT.busy, 1),
    unplugAfterBytes: (id, bytes) => standIn.injectFault(idx(id), STANDIN_FAULT.unplugAfterBytes, bytes),
  };
}

/** A fresh CrsdkDriver on the stand-in with its own staging folder and a quiet log. */
export async function makeStandInDriver(
  location: LibraryLocation,
  standIn: StandInControl,
  options: CrsdkDriverOptions = {},
): Promise<DriverUnderTest & { driver: CrsdkDriver; saveRoot: string }> {
  const saveRoot = await mkdtemp(join(tmpdir(), 'crsdk-test-'));
  const logs = new LogBuffer(500, null);
  const driver = createCrsdkDriver({
    library: location,
    hotplugIntervalMs: 150,
    saveRoot,
    logger: logs.logger('camera:crsdk'),
    ...options,
  });
  return {
    driver,
    saveRoot,
    faults: standInFaults(standIn),
    cleanup: () => rm(saveRoot, { recursive: true, force: true }),
  };
}
