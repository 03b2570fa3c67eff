import { Gphoto2Driver, type Gphoto2DriverOptions } from './gphoto2-driver';
import { loadKoffiGphoto2 } from './library-path';

/**
 * Builds the gphoto2 driver over the system's libgphoto2 (or `TETHER_GPHOTO2_LIBRARY`). Throws
 * DRIVER_UNAVAILABLE saying how to install it when the library is missing (and on Windows, where libgphoto2
 * does not run).
 */
export function createGphoto2Driver(options: Gphoto2DriverOptions = {}): Gphoto2Driver {
  return new Gphoto2Driver(loadKoffiGphoto2(), options);
}
