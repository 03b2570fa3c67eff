import { afterAll, describe, it } from 'vitest';
import { runDriverContract } from '../contract/driver-contract';
import { VUSB_REQUIRED, makeVusbDriver, releaseVirtualCamera, vusbMissing } from './testing/vusb-harness';

// The shared driver contract against libgphoto2's own virtual camera (the vusb port library: a Nikon-like PTP
// body) through koffi → libgphoto2 → ptp2 → vusb, judged on what that body emulates: F-number, shutter speed,
// exposure compensation, battery, capture, download, listing, events. It has no live view, ISO, white balance,
// focus or drive mode (the boundary fake covers those) and no priority key (no gphoto2 body has one).
const missing = vusbMissing();

if (missing && !VUSB_REQUIRED) {
  describe.skip(`CameraDriver contract: Gphoto2Driver (virtual camera) — skipped: ${missing}`, () => {
    it('needs the vusb build', () => undefined);
  });
} else if (missing) {
  describe('CameraDriver contract: Gphoto2Driver (virtual camera)', () => {
    it('has the libgphoto2 vusb build (TETHER_REQUIRE_GPHOTO2=1)', () => {
      throw new Error(missing);
    });
  });
} else {
  afterAll(releaseVirtualCamera);
  runDriverContract('Gphoto2Driver (virtual camera)', () => makeVusbDriver(), {
    priorityKey: false,
    liveView: false,
    lacks: ['iso', 'white-balance', 'focus-mode', 'drive-mode', 'file-format', 'priority-key'],
    transferBusySdkCode: null,
  });
}
