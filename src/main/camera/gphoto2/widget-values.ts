import { ISO_AUTO, isoValue } from '../../../shared/properties/encodings/iso';
import { SHUTTER_BULB, shutterValue } from '../../../shared/properties/encodings/shutter';

// Readers from the strings libgphoto2's widgets show (they differ by vendor: `f/5.6` on Nikon and Sony, `5.6` on
// Canon; `1/250`, `30`, `0.0100s`, `bulb`; `-0.3`/`-0.7` or `-0.3`/`-0.6` for thirds) to the catalog's CRSDK raw
// encodings. Each returns undefined for what the catalog cannot express (`Time`, `Hi 1`, `implicit auto`).

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** `f/5.6`, `F5.6`, `5.6` → 560 (F-number × 100). */
export function fnumberRaw(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/^f\/?/, '');
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return n > 0 && n < 655 ? Math.round(n * 100) : undefined;
}

// Conventional 1/n denominators (third and half stops): times a body reports in other units snap to these.
const DENOMINATORS = [
  2, 3, 4, 5, 6, 8, 10, 13, 15, 20, 25, 30, 40, 45, 50, 60, 80, 90, 100, 125, 160, 180, 200, 250, 320, 350,
  400, 500, 640, 750, 800, 1000, 1250, 1500, 1600, 2000, 2500, 3000, 3200, 4000, 5000, 6000, 6400, 8000,
  10000, 12800, 16000, 20000, 25600, 32000,
];

/** Shutter time in seconds → CRSDK raw: tenths over 10 from 0.3 s up, else 1/n (snapped to a usual n within 6 %). */
export function secondsRaw(seconds: number): number | undefined {
  if (!(seconds > 0) || seconds > 6553) return undefined;
  const tenths = seconds * 10;
  if (seconds >= 0.3 && Math.abs(tenths - Math.round(tenths)) < 1e-6)
    return shutterValue(Math.round(tenths), 10);
  const inverse = 1 / seconds;
  const snapped = DENOMINATORS.find((d) => Math.abs(d - inverse) / d < 0.06);
  const den = snapped ?? Math.round(inverse);
  if (den >= 1 && den <= 0xffff && Math.abs(den - inverse) / den < 0.06) return shutterValue(1, den);
  return seconds >= 0.1 ? shutterValue(Math.round(tenths), 10) : undefined;
}

/** `1/250`, `1/250s`, `30`, `30"`, `2.5s`, `0.0100s`, `bulb` → CRSDK shutter raw. */
export function shutterRaw(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'bulb' || t === 'b') return SHUTTER_BULB;
  const frac = /^(\d+)\/(\d+(\.\d+)?)(s|sec)?$/.exec(t);
  if (frac) {
    const num = Number(frac[1]);
    const den = Number(frac[2]);
    if (num === 1 && Number.isInteger(den) && den >= 1 && den <= 0xffff) return shutterValue(1, den);
    return den > 0 ? secondsRaw(num / den) : undefined;
  }
  const secs = /^(\d+(\.\d+)?|\.\d+)("|''|s|sec)?$/.exec(t);
  return secs ? secondsRaw(Number(secs[1])) : undefined;
}

/** `Auto`, `AUTO ISO` → ISO_AUTO; `100`, `ISO 100` → 100. */
export function isoRaw(text: string): number | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^iso\s*/, '');
  if (t === 'auto' || t === 'auto iso') return ISO_AUTO;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 && n < ISO_AUTO ? isoValue(n) : undefined;
}

/** EV text (`-0.3`, `+0.7`, `-0.6`, `1.5`, `0`) → ×1000 with Sony's thirds (.3 = 300, .7 = 700). */
export function biasRaw(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/^\+/, '')
    .replace(/\s*ev$/i, '');
  if (!NUMBER.test(t)) return undefined;
  const ev = Number(t);
  if (!Number.isFinite(ev) || Math.abs(ev) > 15) return undefined;
  const sign = ev < 0 ? -1 : 1;
  const a = Math.abs(ev);
  if (Math.abs(a * 2 - Math.round(a * 2)) < 1e-6) return sign * Math.round(a * 1000) || 0;
  const thirds = Math.round(a * 3);
  if (Math.abs(a * 3 - thirds) < 0.25)
    return sign * (Math.floor(thirds / 3) * 1000 + [0, 300, 700][thirds % 3]) || 0;
  return sign * Math.round(a * 1000) || 0;
}

/** `50%`, `50`, `Full` → battery percent. */
export function percentRaw(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'full') return 100;
  const m = /^(\d{1,3})\s*%?$/.exec(t);
  return m && Number(m[1]) <= 100 ? Number(m[1]) : undefined;
}
