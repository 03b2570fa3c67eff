import type { DriverKind } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { DriverBackend, DriverStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { CrsdkModule, DriverLoaders, DriverSelection, Gphoto2Module, SimModule } from './driver-loaders';
import { combineAuto, probeGphoto2, requireGphoto2 } from './select-gphoto2';

export type {
  CrsdkModule,
  CrsdkProbe,
  DriverLoaders,
  DriverSelection,
  Gphoto2Module,
  SimModule,
} from './driver-loaders';

/** Number of simulated bodies: explicit option, else `TETHER_SIM_CAMERAS`, else 1 (0..16). */
export function simCameraCount(explicit?: number): number {
  const n = explicit ?? Number(process.env.TETHER_SIM_CAMERAS ?? 1);
  return Number.isInteger(n) && n >= 0 && n <= 16 ? n : 1;
}

async function loadCrsdk(): Promise<CrsdkModule> {
  return (await import('../camera/crsdk/index')) as unknown as CrsdkModule;
}

async function loadSim(): Promise<SimModule> {
  return (await import('../camera/sim/sim-driver')) as unknown as SimModule;
}

async function buildCrsdk(mod: CrsdkModule, log: Logger): Promise<CameraDriver> {
  if (!mod.createCrsdkDriver) throw new Error('the crsdk module exports no createCrsdkDriver');
  return mod.createCrsdkDriver({ logger: log });
}

async function loadGphoto2(): Promise<Gphoto2Module> {
  return (await import('../camera/gphoto2/index')) as unknown as Gphoto2Module;
}

const DEFAULT_LOADERS: DriverLoaders = { crsdk: loadCrsdk, sim: loadSim, gphoto2: loadGphoto2 };

/**
 * Picks the driver: `sim` → the simulated body; `crsdk` → the Sony SDK driver or DRIVER_UNAVAILABLE with
 * the reason; `gphoto2` → the libgphoto2 driver or DRIVER_UNAVAILABLE; `auto` → every real driver that is
 * available (CRSDK and gphoto2, merged when both are), else the simulator, saying why.
 */
export async function selectDriver(
  sel: DriverSelection,
  loaders: DriverLoaders = DEFAULT_LOADERS,
): Promise<{ driver: CameraDriver; status: DriverStatus }> {
  const status = (
    kind: DriverKind,
    reason: string,
    driver: CameraDriver,
  ): { driver: CameraDriver; status: DriverStatus } => ({
    driver,
    status: { kind, requested: sel.requested, reason, sdkVersion: driver.version() },
  });
  const sim = async (reason: string) => {
    const { SimDriver } = await loaders.sim();
    return status(
      'sim',
      reason,
      new SimDriver({ cameras: simCameraCount(sel.simCameras), logger: sel.log, ...sel.simOptions }),
    );
  };
  if (sel.requested === 'sim') return sim('requested: simulated camera');
  if (sel.requested === 'gphoto2') return requireGphoto2(await probeGphoto2(loaders, sel.log));

  let mod: CrsdkModule | undefined;
  let reason: string;
  try {
    mod = await loaders.crsdk();
    const probe = await mod.crsdkAvailability();
    reason = probe.reason;
    // A bridge on the stand-in SDK drives the stand-in camera: only when asked for by name.
    const usable = probe.available || (sel.requested === 'crsdk' && probe.standin === true);
    if (!usable) mod = undefined;
    else if (!probe.available)
      reason = 'the bridge is built against the stand-in SDK (no Sony Cr_Core): driving the stand-in camera';
  } catch (err) {
    reason = `the CRSDK driver could not be loaded: ${(err as Error).message}`;
    mod = undefined;
  }
  let crsdk: CameraDriver | undefined;
  if (mod) {
    try {
      crsdk = await buildCrsdk(mod, sel.log);
    } catch (err) {
      reason = `the CRSDK driver failed to start: ${(err as Error).message}`;
    }
  }
  if (crsdk && sel.requested === 'crsdk') return status('crsdk', `requested crsdk: ${reason}`, crsdk);
  if (sel.requested === 'crsdk') {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `CRSDK driver unavailable: ${reason}. Build the bridge with 'npm run build:native' (CRSDK_DIR=… for the real SDK) or use --driver sim.`,
    );
  }
  const crsdkBackend: DriverBackend = { kind: 'crsdk', active: !!crsdk, reason };
  const gp = await probeGphoto2(loaders, sel.log);
  const real = combineAuto(crsdk, crsdkBackend, gp);
  if (real) return real;
  sel.log.info(`using the simulated camera: no Sony SDK (${reason}); no libgphoto2 (${gp.backend.reason})`);
  const fallback = await sim(`no Sony SDK: ${reason}; no libgphoto2: ${gp.backend.reason}`);
  fallback.status.backends = [crsdkBackend, gp.backend, { kind: 'sim', active: true, reason: 'fallback' }];
  return fallback;
}
