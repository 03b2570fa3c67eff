import { trimDecimal } from '../tokens';

// CRSDK: ShutterSpeed is CrDataType_UInt32; upper 16 bits numerator, lower 16 bits denominator
// (CrShutterSpeedSet). Sony bodies report whole and decimal seconds over 10 (30" = 300/10) and fractions as 1/n.

/** CrShutterSpeed_Bulb. */
export const SHUTTER_BULB = 0;
/** CrShutterSpeed_Nothing: nothing to display. */
export const SHUTTER_NOTHING = 0xffffffff;

/** Encodes numerator/denominator as CRSDK does. */
export function shutterValue(numerator: number, denominator: number): number {
  return ((numerator & 0xffff) * 0x10000 + (denominator & 0xffff)) >>> 0;
}

/** Exposure time in seconds of a raw shutter value; undefined for bulb and nothing-to-display. */
export function shutterSeconds(raw: number): number | undefined {
  const num = Math.floor(raw / 0x10000);
  const den = raw & 0xffff;
  if (raw === SHUTTER_BULB || raw === SHUTTER_NOTHING || den === 0) return undefined;
  return num / den;
}

/** Seconds as Sony encodes them: tenths over 10; times finer than a tenth as 1/n or thousandths. */
function secondsValue(seconds: number): number | undefined {
  if (!(seconds > 0)) return undefined;
  const tenths = seconds * 10;
  if (Math.abs(tenths - Math.round(tenths)) < 1e-9) {
    return tenths <= 0xffff ? shutterValue(Math.round(tenths), 10) : undefined;
  }
  const inverse = 1 / seconds;
  if (Math.abs(inverse - Math.round(inverse)) < 1e-6 && inverse <= 0xffff)
    return shutterValue(1, Math.round(inverse));
  const thousandths = Math.round(seconds * 1000);
  return thousandths >= 1 && thousandths <= 0xffff ? shutterValue(thousandths, 1000) : undefined;
}

const LONG_SECONDS = [30, 25, 20, 15, 13, 10, 8, 6, 5, 4, 3.2, 2.5, 2, 1.6, 1.3, 1, 0.8, 0.6, 0.5, 0.4];
const FRACTIONS = [
  3, 4, 5, 6, 8, 10, 13, 15, 20, 25, 30, 40, 50, 60, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800,
  1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6400, 8000,
];

/** BULB, then 30" to 1/8000 in 1/3 stops, as an ILCE-7M4 lists them in M mode. */
export const SHUTTER_SPEEDS: readonly number[] = [
  SHUTTER_BULB,
  ...LONG_SECONDS.map((s) => shutterValue(Math.round(s * 10), 10)),
  ...FRACTIONS.map((d) => shutterValue(1, d)),
];

/** `1/250`, `2"`, `0.3"`, `BULB`; `--` when the camera has nothing to display. */
export function formatShutter(raw: number): string {
  if (raw === SHUTTER_BULB) return 'BULB';
  if (raw === SHUTTER_NOTHING) return '--';
  const num = Math.floor(raw / 0x10000);
  const den = raw & 0xffff;
  if (den === 0) return `0x${raw.toString(16)}`;
  if (num === 1 && den > 1) return `1/${den}`;
  return `${trimDecimal(num / den, 3)}"`;
}

/**
 * Friendly shutter forms: `bulb`, `1/250`, `2"`, `2s`, `2 sec`, `1"3` (camera display for 1.3"), `0.5`, and a
 * bare integer small enough that it cannot be a raw value (numerator 0), read as seconds (`30` = 30").
 */
export function parseShutter(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (t === 'bulb' || t === 'b') return SHUTTER_BULB;
  if (/^-+$/.test(t)) return SHUTTER_NOTHING;
  const frac = /^(\d+)\/(\d+)(s|sec)?$/.exec(t);
  if (frac) {
    const num = Number(frac[1]);
    const den = Number(frac[2]);
    if (num < 1 || den < 1 || num > 0xffff || den > 0xffff) return undefined;
    return shutterValue(num, den);
  }
  const camera = /^(\d+)"(\d)$/.exec(t);
  if (camera) return secondsValue(Number(`${camera[1]}.${camera[2]}`));
  const secs = /^(\d+(?:\.\d+)?|\.\d+)("|''|s|sec|secs|seconds?)?$/.exec(t);
  if (!secs) return undefined;
  const n = Number(secs[1]);
  if (!secs[2] && Number.isInteger(n) && n > 0xffff / 10) return undefined;
  return secondsValue(n);
}
