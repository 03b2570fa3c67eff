import { createHash } from 'node:crypto';

/** What differs between simulated bodies: name, firmware, sensor output size, lens and card. */
export interface SimModel {
  /** Model name as the body reports it (`ILCE-7M4`). */
  readonly name: string;
  /** Firmware string written into EXIF `Software`. */
  readonly firmware: string;
  /** Full-size JPEG dimensions (the studio's brief fixes the ILCE-7M4 at 6000×4000). */
  readonly width: number;
  readonly height: number;
  /** Raw sensor readout written into the ARW SubIFD. */
  readonly rawWidth: number;
  readonly rawHeight: number;
  /** Typical ARW size range (lossless compressed), bytes. */
  readonly rawSize: readonly [number, number];
  /** Typical full-size JPEG size range on the card, bytes. */
  readonly jpegSize: readonly [number, number];
  /** Lens: name, focal length (mm), widest and narrowest aperture (F-number ×100), minimum focus (m). */
  readonly lens: { name: string; focalMm: number; minF: number; maxF: number; minFocusM: number };
  /** Continuous drive rates (frames/s) for Hi, Mid, Lo. */
  readonly burstFps: readonly [number, number, number];
  /** Card capacity of slot 1 in bytes. */
  readonly cardBytes: number;
}

/** Simulated bodies; body 1 is always an ILCE-7M4, body 2 an ILCE-1, then 7M4s again. */
export const SIM_MODELS: readonly SimModel[] = [
  {
    name: 'ILCE-7M4',
    firmware: 'ILCE-7M4 v4.01',
    width: 6000,
    height: 4000,
    rawWidth: 6048,
    rawHeight: 4024,
    rawSize: [27_000_000, 41_000_000],
    jpegSize: [7_600_000, 11_800_000],
    lens: { name: 'FE 24-70mm F2.8 GM II', focalMm: 50, minF: 280, maxF: 2200, minFocusM: 0.21 },
    burstFps: [10, 8, 3],
    cardBytes: 128_000_000_000,
  },
  {
    name: 'ILCE-1',
    firmware: 'ILCE-1 v2.00',
    width: 8640,
    height: 5760,
    rawWidth: 8704,
    rawHeight: 5806,
    rawSize: [48_000_000, 62_000_000],
    jpegSize: [14_000_000, 21_000_000],
    lens: { name: 'FE 50mm F1.2 GM', focalMm: 50, minF: 120, maxF: 1600, minFocusM: 0.4 },
    burstFps: [30, 15, 5],
    cardBytes: 256_000_000_000,
  },
];

/** One simulated body's identity. */
export interface SimIdentity {
  /** Stable camera id derived from the serial (12 upper-case hex digits, like CRSDK USB ids). */
  readonly id: string;
  readonly serial: string;
  readonly model: SimModel;
  /** Seed for everything generated for this body (card contents, file bytes). */
  readonly seed: number;
}

/** Camera id as CRSDK would derive it for a USB body: a stable 12-hex-digit tag of the serial. */
export function cameraIdFromSerial(serial: string): string {
  return createHash('sha1').update(`usb:${serial}`).digest('hex').slice(0, 12).toUpperCase();
}

/** The identity of the `index`-th simulated body (0-based); the same index always yields the same body. */
export function simIdentity(index: number): SimIdentity {
  const model = index === 1 ? SIM_MODELS[1] : SIM_MODELS[0];
  // Sony serials are seven digits; spread them so they look unrelated.
  const serial = String(5_021_337 + index * 104_729).padStart(7, '0');
  const id = cameraIdFromSerial(serial);
  return { id, serial, model, seed: parseInt(id.slice(0, 8), 16) >>> 0 };
}
