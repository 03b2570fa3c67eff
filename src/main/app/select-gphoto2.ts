import { ErrorCode, TetherError } from '../../shared/errors';
import type { DriverBackend, DriverStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { DriverChoice, DriverLoaders } from './driver-loaders';

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
export function requireGphoto2(gp: Gphoto2Probe): DriverChoice {
  if (!gp.driver) {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `gphoto2 driver unavailable: ${gp.backend.reason}. Use --driver sim for the simulated camera.`,
    );
  }
  const status: DriverStatus = {
    kind: 'gphoto2',
    requested: 'gphoto2',
    reason: `requested gphoto2: ${gp.backend.reason}`,
    sdkVersion: gp.driver.version(),
    backends: [gp.backend],
  };
  return { driver: gp.driver, status: () => status };
}
