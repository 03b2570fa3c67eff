import { trimDecimal } from '../tokens';

// CRSDK: ExposureBiasCompensation and FlashCompensation carry EV × 1000 as a signed 16-bit value. Sony
// writes thirds as .3 and .7 (1/3 EV = 300, 2/3 EV = 700).

/** Exposure compensation −5.0 … +5.0 EV in 1/3 steps, ×1000, as Sony encodes it. */
export const EXPOSURE_BIAS_VALUES: readonly number[] = Array.from({ length: 31 }, (_, i) => {
  const k = i - 15;
  const a = Math.abs(k);
  const v = Math.floor(a / 3) * 1000 + [0, 300, 700][a % 3];
  return k < 0 ? -v : v;
});

/** `+0.7`, `-1.3`, `0.0`. */
export function formatBias(raw: number): string {
  const ev = raw / 1000;
  const text = raw % 100 === 0 ? ev.toFixed(1) : trimDecimal(ev, 3);
  return raw > 0 ? `+${text}` : raw < 0 ? text : '0.0';
}

/**
 * Friendly EV forms: `+0.7`, `-1.3`, `0`, `±0`, `+1 EV`, `-2/3`, `+1 1/3`. A bare integer up to 15 is EV
 * (`-1` = −1.0 EV); larger ones are left to the raw decimal reader (`-300`).
 */
export function parseBias(text: string): number | undefined {
  const t = text.toLowerCase().replace(/ev$/, '').replace(/±/, '').trim();
  const frac = /^([+-]?)(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(t);
  if (frac) {
    const den = Number(frac[4]);
    if (den === 0) return undefined;
    const ev = Number(frac[2] ?? 0) + Number(frac[3]) / den;
    return signed(frac[1], Math.round(ev * 10) * 100);
  }
  const m = /^([+-]?)\s*(\d+(?:\.\d+)?|\.\d+)$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[2]);
  if (Number.isInteger(n) && n > 15 && !m[2].includes('.')) return undefined;
  return signed(m[1], Math.round(n * 1000));
}

function signed(sign: string, v: number): number {
  return sign === '-' && v !== 0 ? -v : v;
}
