import type { DriverKind } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { DriverBackend, DriverStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type {
  CrsdkModule,
  DriverChoice,
  DriverLoaders,
  DriverSelection,
  Gphoto2Module,
  SimModule,
} from './driver-loaders';
import { composeAuto, type RealBackend } from './select-auto';
import { probeGphoto2, requireGphoto2 } from './select-gphoto2';

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
 * available (CRSDK and gphoto2, merged when both are) with the simulator standing in while no real body is
 * plugged in, or the simulator alone when no real driver is available; saying why in each case.
 */
export async function selectDriver(
  sel: DriverSelection,
  loaders: DriverLoaders = DEFAULT_LOADERS,
): Promise<DriverChoice> {
  const fixed = (kind: DriverKind, reason: string, driver: CameraDriver): DriverChoice => {
    const status: DriverStatus = { kind, requested: sel.requested, reason, sdkVersion: driver.version() };
    return { driver, status: () => status };
  };
  const simDriver = async () => {
    const { SimDriver } = await loaders.sim();
    return new SimDriver({ cameras: simCameraCount(sel.simCameras), logger: sel.log, ...sel.simOptions });
  };
  if (sel.requested === 'sim') return fixed('sim', 'requested: simulated camera', await simDriver());
  if (sel.requested === 'gphoto2') return requireGphoto2(await probeGphoto2(loaders, sel.log));

  const { crsdk, reason } = await probeCrsdk(sel, loaders);
  if (crsdk && sel.requested === 'crsdk') return fixed('crsdk', `requested crsdk: ${reason}`, crsdk);
  if (sel.requested === 'crsdk') {
    throw new TetherError(
      ErrorCode.DriverUnavailable,
      `CRSDK driver unavailable: ${reason}. Build the bridge with 'npm run build:native' (CRSDK_DIR=… for the real SDK) or use --driver sim.`,
    );
  }
  const crsdkBackend: DriverBackend = { kind: 'crsdk', active: !!crsdk, reason };
  const gp = await probeGphoto2(loaders, sel.log);
  const real: RealBackend[] = [];
  if (crsdk) real.push({ driver: crsdk, backend: crsdkBackend });
  if (gp.driver) real.push({ driver: gp.driver, backend: gp.backend });
  if (real.length > 0) return composeAuto(real, [crsdkBackend, gp.backend], await simDriver(), sel.log);
  sel.log.info(`using the simulated camera: no Sony SDK (${reason}); no libgphoto2 (${gp.backend.reason})`);
  const fallback = fixed(
    'sim',
    `no Sony SDK: ${reason}; no libgphoto2: ${gp.backend.reason}`,
    await simDriver(),
  );
  const backends: DriverBackend[] = [
    crsdkBackend,
    gp.backend,
    { kind: 'sim', active: true, reason: 'fallback' },
  ];
  return { driver: fallback.driver, status: () => ({ ...fallback.status(), backends }) };
}

/** The CRSDK driver when its bridge and Sony's SDK load here (a stand-in build only for `crsdk` by name). */
async function probeCrsdk(
  sel: DriverSelection,
  loaders: DriverLoaders,
): Promise<{ crsdk?: CameraDriver; reason: string }> {
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
    return { reason: `the CRSDK driver could not be loaded: ${(err as Error).message}` };
  }
  if (!mod) return { reason };
  try {
    return { crsdk: await buildCrsdk(mod, sel.log), reason };
  } catch (err) {
    return { reason: `the CRSDK driver failed to start: ${(err as Error).message}` };
  }
}
