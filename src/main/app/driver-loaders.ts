import type { DriverRequest, DriverStatus } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';

/** What driver selection needs. */
export interface DriverSelection {
  requested: DriverRequest;
  simCameras?: number;
  simOptions?: Record<string, unknown>;
  log: Logger;
}

/** The CRSDK module's availability probe (exported by `camera/crsdk`). */
export interface CrsdkModule {
  crsdkAvailability(): CrsdkProbe | Promise<CrsdkProbe>;
  createCrsdkDriver?: (options: { logger?: Logger }) => CameraDriver | Promise<CameraDriver>;
}

/** What the CRSDK availability probe answers. `standin`: built against our stand-in SDK (explicit `crsdk` only). */
export interface CrsdkProbe {
  available: boolean;
  reason: string;
  standin?: boolean;
}

/** The gphoto2 module's probe and factory (exported by `camera/gphoto2`). */
export interface Gphoto2Module {
  gphoto2Availability(): { available: boolean; reason: string; version?: string };
  createGphoto2Driver(options: { logger?: Logger }): CameraDriver;
}

/** The simulator module. */
export interface SimModule {
  SimDriver: new (options: Record<string, unknown>) => CameraDriver;
}

/** How the driver modules are loaded (tests substitute them; without `gphoto2` it counts as absent). */
export interface DriverLoaders {
  crsdk: () => Promise<CrsdkModule>;
  sim: () => Promise<SimModule>;
  gphoto2?: () => Promise<Gphoto2Module>;
}

/** What driver selection produced: the driver, and how it was chosen (asked now: under `auto` it follows hot-plug). */
export interface DriverChoice {
  driver: CameraDriver;
  status(): DriverStatus;
}
