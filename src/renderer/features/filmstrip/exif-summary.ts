import exifr from 'exifr/dist/lite.esm.mjs';

/** The few EXIF facts a photographer checks at a glance. */
export interface ExifSummary {
  camera?: string;
  lens?: string;
  shutter?: string;
  aperture?: string;
  iso?: string;
  focal?: string;
  bias?: string;
  taken?: string;
  size?: string;
}

// The lite build has no interop dictionary, so `pick` throws inside it; select the blocks instead.
const EXIF_OPTIONS = { exif: true, gps: false, interop: false, ifd1: false };

/** `0.004` → `1/250`, `2` → `2"`. */
export function formatExposure(t: number): string {
  if (t >= 0.3) return `${Math.round(t * 10) / 10}"`;
  return `1/${Math.round(1 / t)}`;
}

/** Reads the summary from JPEG (or TIFF-based RAW preview) bytes; empty when there is no EXIF. */
export async function readExifSummary(bytes: Uint8Array): Promise<ExifSummary> {
  let t: Record<string, unknown> | undefined;
  try {
    t = (await exifr.parse(bytes, EXIF_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return {};
  }
  if (!t) return {};
  const num = (k: string) => (typeof t[k] === 'number' ? (t[k] as number) : undefined);
  const out: ExifSummary = {};
  const make = typeof t.Make === 'string' ? t.Make.trim() : '';
  const model = typeof t.Model === 'string' ? t.Model.trim() : '';
  if (make || model) out.camera = model.startsWith(make) ? model : `${make} ${model}`.trim();
  if (typeof t.LensModel === 'string') out.lens = t.LensModel;
  const et = num('ExposureTime');
  if (et) out.shutter = formatExposure(et);
  const fn = num('FNumber');
  if (fn) out.aperture = `f/${fn}`;
  const iso = num('ISO');
  if (iso) out.iso = `ISO ${iso}`;
  const fl = num('FocalLength');
  if (fl) out.focal = `${Math.round(fl)} mm`;
  const ev = num('ExposureCompensation');
  if (ev !== undefined) out.bias = `${ev > 0 ? '+' : ''}${Math.round(ev * 10) / 10} EV`;
  if (t.DateTimeOriginal instanceof Date) out.taken = t.DateTimeOriginal.toLocaleString();
  const w = num('ExifImageWidth');
  const h = num('ExifImageHeight');
  if (w && h) out.size = `${w}×${h}`;
  return out;
}
