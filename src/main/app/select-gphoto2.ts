import { ErrorCode, TetherError } from '../../shared/errors';
import type { DriverBackend, DriverStatus } from '../../shared/studio-types';
import { CompositeDriver } from '../camera/composite/composite-driver';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { DriverLoaders } from './driver-loaders';

/** The gphoto2 driver if libgphoto2 loads here, with the reason either way. */
export interface Gphoto2Probe {
  driver?: CameraDriver;
  backend: DriverBackend;
}

/** Loads the gphoto2 module, checks libgphoto2 and builds the driver (never throws). */
export async function probeGphoto2(loaders: DriverLoaders, log: Logger): Promise<Gphoto2Probe> {
  if (!loaders.gphoto2)
    return { backend: { kind: 'gphoto2', active: false, reason: 'the gphoto2 driver is not built in' } };
  try {
    const mod = await loaders.gphoto2();
    const probe = mod.gphoto2Availability();
    if (!probe.available) return { backend: { kind: 'gphoto2', active: false, reason: probe.reason } };
    const driver = mod.createGphoto2Driver({ logger: log.child('gphoto2') });
    return {
      driver,
      backend: { kind: 'gphoto2', active: true, reason: probe.reason, version: driver.version() },
    };
  } catch (err) {
    return {
      backend: {
        kind: 'gphoto2',
        active: false,
        reason: `the gphoto2 driver could not be loaded: ${(err as Error).message}`,
      },
    };
  }
}

/** `--driver gphoto2`: the driver, or DRIVER_UNAVAILABLE saying why (missing library, Windows). */
export function requireGphoto2(gp: Gphoto2Probe): { driver: CameraDriver; status: DriverStatus } {
  if (!gp.driver) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `gphoto2 driver unavailable: ${gp.backend.reason}. Use --driver sim for the simulated camera.`,
    );
  }
  return {
    driver: gp.driver,
    status: {
      kind: 'gphoto2',
      requested: 'gphoto2',
      reason: `requested gphoto2: ${gp.backend.reason}`,
      sdkVersion: gp.driver.version(),
      backends: [gp.backend],
    },
  };
}

/**
 * `--driver auto` with real drivers: CRSDK alone, gphoto2 alone, or both merged (a Sony body seen by both is
 * offered once, by CRSDK). Null when neither is available.
 */
export function combineAuto(
  crsdk: CameraDriver | undefined,
  crsdkBackend: DriverBackend,
  gp: Gphoto2Probe,
): { driver: CameraDriver; status: DriverStatus } | null {
  const backends = [{ ...crsdkBackend, ...(crsdk ? { version: crsdk.version() } : {}) }, gp.backend];
  const drivers = [crsdk, gp.driver].filter((d): d is CameraDriver => !!d);
  if (drivers.length === 0) return null;
  if (drivers.length === 1) {
    const [driver] = drivers;
    const reason = driver === crsdk ? crsdkBackend.reason : gp.backend.reason;
    return {
      driver,
      status: {
        kind: driver.kind,
        requested: 'auto',
        reason: `requested auto: ${reason}`,
        sdkVersion: driver.version(),
        backends,
      },
    };
  }
  const driver = new CompositeDriver(drivers);
  return {
    driver,
    status: {
      kind: 'multi',
      requested: 'auto',
      reason: `requested auto: Sony Camera Remote SDK and libgphoto2 side by side`,
      sdkVersion: driver.version(),
      backends,
    },
  };
}
