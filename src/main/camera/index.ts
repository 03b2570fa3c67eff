/**
 * Camera drivers: the `CameraDriver` contract and the drivers that implement it. The CRSDK driver is
 * added by its own module; the simulated body is the embedded default.
 */
export type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from './driver';
export { SimDriver, simCameraCount, type SimDriverOptions } from './sim/sim-driver';
export type { SimFaults } from './sim/faults';
export { DEFAULT_RATE_BYTES_PER_SEC } from './sim/content-stream';
