/**
 * The libgphoto2 driver (koffi → libgphoto2's C API): Canon, Nikon, Fujifilm, Panasonic, Olympus and older Sony
 * bodies over PTP/USB. The composition root imports this module dynamically for `--driver gphoto2|auto`.
 */
export { createGphoto2Driver } from './create-driver';
export { Gphoto2Driver, type Gphoto2DriverOptions } from './gphoto2-driver';
export { gphoto2Availability, type Gphoto2Availability, INSTALL_HINT } from './library-path';
export type { Gphoto2Api } from './gp-api';
