import type { DriverBackend, DriverStatus } from '../../shared/studio-types';
import { CompositeDriver } from '../camera/composite/composite-driver';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { DriverChoice } from './driver-loaders';

/** A real driver `--driver auto` found, with what status says about it. */
export interface RealBackend {
  driver: CameraDriver;
  backend: DriverBackend;
}

const NAMES: Record<string, string> = { crsdk: 'Sony Camera Remote SDK', gphoto2: 'libgphoto2' };

/**
 * `--driver auto` with real drivers: CRSDK, gphoto2, or both merged (a Sony body seen by both is offered
 * once, by CRSDK), with the simulator as a fallback body offered only while no real body is plugged in
 * (`npm start` shows a camera on a machine without one, even with libgphoto2 installed). The status says
 * which is the case now.
 */
export function composeAuto(
  real: readonly RealBackend[],
  considered: readonly DriverBackend[],
  sim: CameraDriver,
  log: Logger,
): DriverChoice {
  const driver = new CompositeDriver(
    real.map((r) => r.driver),
    { fallback: sim, log: log.child('auto') },
  );
  // Every backend considered, in order, the running ones with their versions.
  const backends = considered.map((b) => {
    const running = real.find((r) => r.backend.kind === b.kind);
    return running ? { ...b, version: running.driver.version() } : b;
  });
  return { driver, status: () => autoStatus(driver, real, backends, sim) };
}

/** What `/api/server/status` says under auto: the simulated body until a real one is plugged in, then the real driver(s). */
function autoStatus(
  driver: CompositeDriver,
  real: readonly RealBackend[],
  backends: readonly DriverBackend[],
  sim: CameraDriver,
): DriverStatus {
  const watching = real.map((r) => NAMES[r.driver.kind] ?? r.driver.kind).join(' and ');
  const models = [...new Set(driver.fallbackBodies().map((c) => c.model))].join(', ') || 'camera';
  const offered = driver.fallbackOffered();
  const simBackend: DriverBackend = {
    kind: 'sim',
    active: offered,
    reason: offered
      ? 'offered while no real camera is plugged in'
      : 'withdrawn while a real camera is plugged in; back when the last one goes',
    version: sim.version(),
  };
  const all = [...backends, simBackend];
  if (offered) {
    const reason = `simulated ${models} until a real camera is plugged in (${watching} watching for one)`;
    return { kind: 'sim', requested: 'auto', reason, sdkVersion: sim.version(), backends: all };
  }
  const [only] = real;
  const single = real.length === 1;
  const how = single ? only.backend.reason : `${watching} side by side`;
  return {
    kind: single ? only.backend.kind : 'multi',
    requested: 'auto',
    reason: `requested auto: ${how}; the simulated ${models} is withdrawn while a real camera is plugged in`,
    sdkVersion: single
      ? only.driver.version()
      : real.map((r) => `${r.driver.kind} ${r.driver.version()}`).join(' + '),
    backends: all,
  };
}
