import exifr from 'exifr';
import type { Exif } from 'sharp';

/**
 * The exposure facts of a TIFF-based RAW file (Sony ARW, DNG) as a sharp EXIF dictionary, for the JPEG
 * preview made from its embedded image: the embedded JPEG of a real ARW carries no exposure data of its
 * own, so without this the shot viewer could show nothing but the file size for RAW shots. Only the
 * TIFF IFD0 and the Exif IFD are read (no maker note), from the file's first chunks.
 */

// Only the blocks needed; the maker note of a real ARW is large and not needed here.
const OPTIONS = {
  tiff: true,
  exif: true,
  ifd1: false,
  gps: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  reviveValues: false,
  translateValues: false,
  translateKeys: true,
} as const;

/** A positive or negative decimal as an EXIF rational string: `0.004` → `1/250`, `5.6` → `56/10`. */
export function rationalText(v: number): string {
  if (Number.isInteger(v)) return `${v}/1`;
  const inverse = 1 / v;
  if (v > 0 && v < 1 && Math.abs(inverse - Math.round(inverse)) < 1e-6) return `1/${Math.round(inverse)}`;
  for (const den of [10, 100, 1000]) {
    const num = v * den;
    if (Math.abs(num - Math.round(num)) < 1e-6) return `${Math.round(num)}/${den}`;
  }
  return `${Math.round(v * 10000)}/10000`;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\0+$/, '').trim() : undefined;
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : Array.isArray(v) && typeof v[0] === 'number'
      ? v[0]
      : undefined;

/** Maps exifr's tags (IFD0 + Exif IFD, keys translated, values raw) to sharp's `IFD0`/`IFD2` dictionary. */
export function exifDictionaryOf(tags: Record<string, unknown>): Exif | null {
  const ifd0: Record<string, string> = {};
  const ifd2: Record<string, string> = {};
  const put = (to: Record<string, string>, key: string, value: string | undefined) => {
    if (value !== undefined) to[key] = value;
  };
  put(ifd0, 'Make', text(tags.Make));
  put(ifd0, 'Model', text(tags.Model));
  put(ifd0, 'Software', text(tags.Software));
  put(ifd0, 'DateTime', text(tags.ModifyDate));
  const rational = (k: string) => {
    const v = num(tags[k]);
    return v === undefined || (v <= 0 && k !== 'ExposureCompensation') ? undefined : rationalText(v);
  };
  put(ifd2, 'ExposureTime', rational('ExposureTime'));
  put(ifd2, 'FNumber', rational('FNumber'));
  put(ifd2, 'FocalLength', rational('FocalLength'));
  put(ifd2, 'ExposureBiasValue', rational('ExposureCompensation'));
  const program = num(tags.ExposureProgram);
  if (program !== undefined) ifd2.ExposureProgram = String(program);
  const iso = num(tags.ISO) ?? num(tags.RecommendedExposureIndex);
  if (iso !== undefined) ifd2.ISOSpeedRatings = String(Math.min(iso, 65535));
  put(ifd2, 'DateTimeOriginal', text(tags.DateTimeOriginal));
  put(ifd2, 'DateTimeDigitized', text(tags.CreateDate));
  put(ifd2, 'LensModel', text(tags.LensModel));
  put(ifd2, 'BodySerialNumber', text(tags.SerialNumber) ?? text(tags.BodySerialNumber));
  if (Object.keys(ifd0).length === 0 && Object.keys(ifd2).length === 0) return null;
  return { IFD0: ifd0, IFD2: ifd2 };
}

/** Reads a RAW file's exposure EXIF; null when it has none or is not TIFF-based. Never throws. */
export async function readRawExif(path: string): Promise<Exif | null> {
  try {
    const tags = (await exifr.parse(path, OPTIONS)) as Record<string, unknown> | undefined;
    return tags ? exifDictionaryOf(tags) : null;
  } catch {
    return null;
  }
}
