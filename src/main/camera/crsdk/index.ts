/**
 * The Sony Camera Remote SDK driver (koffi → flat C ABI → C++ bridge → Cr_Core). The composition root imports
 * this module dynamically for `--driver crsdk|auto`.
 */
export { crsdkAvailability, type CrsdkAvailability } from './availability';
export { createCrsdkDriver, type CreateCrsdkDriverOptions } from './create-driver';
export { CrsdkDriver, type CrsdkDriverOptions } from './crsdk-driver';
export { BUILD_HINT, locateNativeLibrary } from './library-path';
