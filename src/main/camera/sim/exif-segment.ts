import type { Exif } from 'sharp';
import { sharp } from '../../imaging/sharp-runtime';

/** What a shot's EXIF says. */
export interface ShotExif {
  model: string;
  firmware: string;
  serial: string;
  lens: string;
  focalMm: number;
  capturedAt: Date;
  /** CRSDK shutter encoding (`num << 16 | den`). */
  shutter: number;
  /** The measured open time of a BULB exposure, seconds (EXIF ExposureTime then says this). */
  exposureSeconds?: number;
  /** F-number ×100. */
  fnumber: number;
  iso: number;
  biasEv: number;
  /** EXIF ExposureProgram: 1 manual, 2 normal, 3 aperture priority, 4 shutter priority. */
  exposureProgram: number;
  width: number;
  height: number;
}

/** EXIF date form `YYYY:MM:DD HH:MM:SS` in local time, as cameras write it. */
export function exifDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}:${p(d.getMonth() + 1)}:${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function offsetTime(d: Date): string {
  const m = -d.getTimezoneOffset();
  const a = Math.abs(m);
  return `${m < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * EXIF ExposureTime as a rational: the shutter's own fraction, or for BULB the measured open time in
 * milliseconds (tenths or whole seconds once those no longer fit a 32-bit numerator comfortably).
 */
export function exposureRational(e: Pick<ShotExif, 'shutter' | 'exposureSeconds'>): [number, number] {
  if (e.exposureSeconds !== undefined) {
    const den = e.exposureSeconds < 1_000_000 ? 1000 : 1;
    const num = Math.max(1, Math.round(e.exposureSeconds * den));
    const g = gcd(num, den);
    return [num / g, den / g];
  }
  const num = e.shutter >>> 16;
  const den = e.shutter & 0xffff;
  // BULB without a measured time (card files seeded long ago): the longest timed value.
  return e.shutter === 0 || den === 0 ? [30, 1] : [num, den];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The sharp/libvips EXIF dictionary for a shot (IFD2 is the Exif sub-IFD). */
export function exifDictionary(e: ShotExif): Exif {
  const date = exifDate(e.capturedAt);
  return {
    IFD0: { Make: 'SONY', Model: e.model, Software: e.firmware, DateTime: date },
    IFD2: {
      ExposureTime: exposureRational(e).join('/'),
      FNumber: `${e.fnumber}/100`,
      ExposureProgram: String(e.exposureProgram),
      ISOSpeedRatings: String(e.iso),
      DateTimeOriginal: date,
      DateTimeDigitized: date,
      OffsetTimeOriginal: offsetTime(e.capturedAt),
      ExposureBiasValue: `${Math.round(e.biasEv * 10)}/10`,
      FocalLength: `${e.focalMm}/1`,
      ColorSpace: '1',
      BodySerialNumber: e.serial,
      LensModel: e.lens,
    },
  };
}

/**
 * A complete EXIF APP1 segment (marker included) for a shot. libvips writes it for a tiny image and then
 * fills in the pixel dimensions of that image, so those two tags are patched to the real ones; the
 * segment is then spliced into the cached full-size JPEG instead of re-encoding 24 MP per shot.
 */
export async function exifApp1(e: ShotExif): Promise<Buffer> {
  const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
    .withExif(exifDictionary(e))
    .withDensity(350)
    .jpeg({ quality: 50 })
    .toBuffer();
  const app1 = findSegment(tiny, 0xe1);
  if (!app1) throw new Error('libvips wrote no EXIF segment');
  const seg = Buffer.from(app1);
  patchPixelDimensions(seg, e.width, e.height);
  return seg;
}

/** The first JPEG segment with `marker` (marker bytes included), or null. */
export function findSegment(jpeg: Buffer, marker: number): Buffer | null {
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    const m = jpeg[i + 1];
    if (m === 0xda || m === 0xd9) return null;
    const len = jpeg.readUInt16BE(i + 2);
    if (m === marker) return jpeg.subarray(i, i + 2 + len);
    i += 2 + len;
  }
  return null;
}

/** Rewrites Exif PixelXDimension/PixelYDimension (0xA002/0xA003) inside an APP1 segment, in place. */
function patchPixelDimensions(seg: Buffer, width: number, height: number): void {
  const tiff = 10; // FF E1 len(2) "Exif\0\0"
  const le = seg.toString('latin1', tiff, tiff + 2) === 'II';
  const u16 = (o: number) => (le ? seg.readUInt16LE(tiff + o) : seg.readUInt16BE(tiff + o));
  const u32 = (o: number) => (le ? seg.readUInt32LE(tiff + o) : seg.readUInt32BE(tiff + o));
  const findTag = (ifd: number, tag: number): number => {
    const n = u16(ifd);
    for (let k = 0; k < n; k++) if (u16(ifd + 2 + k * 12) === tag) return ifd + 2 + k * 12;
    return -1;
  };
  const exifPtr = findTag(u32(4), 0x8769);
  if (exifPtr < 0) throw new Error('EXIF sub-IFD missing');
  const exifIfd = u32(exifPtr + 8);
  for (const [tag, value] of [
    [0xa002, width],
    [0xa003, height],
  ] as const) {
    const e = findTag(exifIfd, tag);
    if (e < 0) continue;
    const at = tiff + e + 8;
    if (u16(e + 2) === 3) {
      if (le) seg.writeUInt16LE(value, at);
      else seg.writeUInt16BE(value, at);
    } else if (le) seg.writeUInt32LE(value, at);
    else seg.writeUInt32BE(value, at);
  }
}

/** Splices an APP1 segment right after the SOI of a JPEG that carries no EXIF: `[SOI][APP1][rest]`. */
export function jpegParts(app1: Buffer, body: Buffer): Buffer[] {
  return [body.subarray(0, 2), app1, body.subarray(2)];
}
