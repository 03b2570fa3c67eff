import type { RawValue } from '../camera-types';

/**
 * CRSDK `CrDeviceProperty_Focus_Magnifier_Setting` (CrDataType_UInt64), as Sony's API reference describes
 * it: bits 63–32 the magnification ratio ×10 (0 off, 0x0A ×1.0, 0x28 ×4.0 …), bits 31–16 the x and bits
 * 15–0 the y of the magnified area's centre in the 640×480 AF space. In the value list the position is
 * 0xFFFFFFFF ("invalid"): the list says which ratios the body offers, a write says ratio and where.
 * The centre stays inside the frame by half the magnified area's size.
 */

/** The position half of a listed value (no position). */
export const MAGNIFIER_NO_POSITION = 0xffffffff;
/** Ratio ×10 of "magnifier off". */
export const MAGNIFIER_OFF = 0;
/** Ratio ×10 of ×1.0 (the magnifier frame shown, nothing enlarged yet). */
export const MAGNIFIER_X1 = 10;

const SPACE = { width: 640, height: 480 } as const;
const HIGH = 2 ** 32;

/** A decoded magnifier setting: ratio ×10 and the centre (null when the value carries none). */
export interface MagnifierSetting {
  ratioX10: number;
  centre: { x: number; y: number } | null;
}

/** Encodes ratio ×10 and a centre (or none) as the UInt64 value (exact in a JS number: ratio < 2^21). */
export function encodeMagnifier(ratioX10: number, centre: { x: number; y: number } | null): number {
  const low = centre ? ((centre.x & 0xffff) * 0x10000 + (centre.y & 0xffff)) >>> 0 : MAGNIFIER_NO_POSITION;
  return ratioX10 * HIGH + low;
}

/** Decodes the UInt64 value; undefined for a non-number. */
export function decodeMagnifier(raw: RawValue): MagnifierSetting | undefined {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) return undefined;
  const ratioX10 = Math.floor(raw / HIGH);
  const low = raw - ratioX10 * HIGH;
  return {
    ratioX10,
    centre: low === MAGNIFIER_NO_POSITION ? null : { x: Math.floor(low / 0x10000), y: low & 0xffff },
  };
}

/** The enlarging ratios (×10, above ×1.0) a body lists, ascending. */
export function magnifierRatios(available: readonly RawValue[]): number[] {
  const ratios = available
    .map((v) => decodeMagnifier(v)?.ratioX10)
    .filter((r): r is number => r !== undefined && r > MAGNIFIER_X1);
  return [...new Set(ratios)].sort((a, b) => a - b);
}

/** Half the magnified area (AF units) at a ratio: the area is the frame divided by the ratio. */
export function magnifiedHalfSize(ratioX10: number): { width: number; height: number } {
  const r = Math.max(ratioX10, MAGNIFIER_X1) / 10;
  return { width: SPACE.width / r / 2, height: SPACE.height / r / 2 };
}

/** Moves a centre so the magnified area lies inside the frame (whole AF units). */
export function clampMagnifierCentre(
  ratioX10: number,
  c: { x: number; y: number },
): { x: number; y: number } {
  const half = magnifiedHalfSize(ratioX10);
  const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));
  return {
    x: clamp(c.x, Math.ceil(half.width), Math.floor(SPACE.width - half.width)),
    y: clamp(c.y, Math.ceil(half.height), Math.floor(SPACE.height - half.height)),
  };
}

/** The magnified area as fractions of the frame (left, top, width, height), for renderers and overlays. */
export function magnifiedArea(
  ratioX10: number,
  centre: { x: number; y: number },
): { left: number; top: number; width: number; height: number } {
  const half = magnifiedHalfSize(ratioX10);
  const c = clampMagnifierCentre(ratioX10, centre);
  return {
    left: (c.x - half.width) / SPACE.width,
    top: (c.y - half.height) / SPACE.height,
    width: (half.width * 2) / SPACE.width,
    height: (half.height * 2) / SPACE.height,
  };
}

/** `Off`, `×1.0`, `×5.0 at 320,240` (a centre is shown whenever the value carries one). */
export function formatMagnifier(raw: RawValue): string {
  const m = decodeMagnifier(raw);
  if (!m) return String(raw);
  const ratio = m.ratioX10 === MAGNIFIER_OFF ? 'Off' : `×${(m.ratioX10 / 10).toFixed(1)}`;
  return m.centre ? `${ratio} at ${m.centre.x},${m.centre.y}` : ratio;
}

/** Reads the forms {@link formatMagnifier} writes (`x5` for `×5`, any case, spaces optional). */
export function parseMagnifier(text: string): number | undefined {
  const m = /^(?:(off)|[x×]\s*(\d+(?:\.\d)?))(?:\s*at\s*(\d+)\s*,\s*(\d+))?$/i.exec(text.trim());
  if (!m) return undefined;
  const ratioX10 = m[1] ? MAGNIFIER_OFF : Math.round(Number(m[2]) * 10);
  if (m[3] === undefined) return encodeMagnifier(ratioX10, null);
  const x = Number(m[3]);
  const y = Number(m[4]);
  if (x > 0xffff || y > 0xffff) return undefined;
  return encodeMagnifier(ratioX10, { x, y });
}
