import type { ExposureAxis } from '../../shared/sequence-types';
import {
  FNUMBER_IRIS_CLOSE,
  isoParts,
  shutterSeconds,
  type PropertyView,
} from '../../shared/properties/index';

/** The camera property each exposure axis writes. */
export const AXIS_PROPERTY: Record<ExposureAxis, string> = {
  shutter: 'shutter-speed',
  iso: 'iso',
  aperture: 'aperture',
};

/** One value a body offers on an axis, with its brightness in EV (higher = brighter image). */
export interface Rung {
  raw: number;
  hex: string;
  formatted: string;
  ev: number;
}

/** Brightness of a raw value in EV (shutter: log2 s; ISO: log2 ISO/100; aperture: −2·log2 N), or undefined for BULB, AUTO and the like. */
export function brightnessEv(axis: ExposureAxis, raw: number): number | undefined {
  if (axis === 'shutter') {
    const s = shutterSeconds(raw);
    return s === undefined ? undefined : Math.log2(s);
  }
  if (axis === 'iso') {
    const p = isoParts(raw);
    return p.auto || p.iso <= 0 ? undefined : Math.log2(p.iso / 100);
  }
  if (raw <= 0 || raw >= FNUMBER_IRIS_CLOSE) return undefined;
  return -2 * Math.log2(raw / 100);
}

/** The values a property offers now as a ladder of rungs, darkest first (ISO modes other than normal are skipped). */
export function ladder(axis: ExposureAxis, view: PropertyView): Rung[] {
  const rungs: Rung[] = [];
  for (const a of view.available) {
    if (typeof a.value !== 'number') continue;
    if (axis === 'iso' && isoParts(a.value).mode !== 0) continue;
    const ev = brightnessEv(axis, a.value);
    if (ev !== undefined) rungs.push({ raw: a.value, hex: a.hex, formatted: a.formatted, ev });
  }
  return rungs.sort((x, y) => x.ev - y.ev);
}

/** The rung closest to `ev`. */
export function nearestRung(rungs: readonly Rung[], ev: number): Rung {
  let best = rungs[0];
  for (const r of rungs) if (Math.abs(r.ev - ev) < Math.abs(best.ev - ev)) best = r;
  return best;
}

/**
 * Frame offsets of a bracket in steps: `frames` values centred on 0 (an even count leans bright: 4 ⇒
 * −1, 0, +1, +2), ordered 0, −1, +1, −2, +2 … (`center-first`, as the body brackets) or ascending.
 */
export function bracketOffsets(
  frames: number,
  order: 'center-first' | 'ascending' = 'center-first',
): number[] {
  const lo = -Math.floor((frames - 1) / 2);
  const ks = Array.from({ length: frames }, (_, i) => lo + i);
  if (order === 'ascending') return ks;
  return [...ks].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
}

/** `+1.0 EV` style label of an offset. */
export function evLabel(ev: number): string {
  const r = Math.round(ev * 10) / 10;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(1)} EV`;
}
