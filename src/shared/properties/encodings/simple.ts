import { trimDecimal } from '../tokens';

/** `80%`. */
export function formatPercent(raw: number): string {
  return `${raw}%`;
}

/** `80%` or `80 %`; bare numbers are read as raw (they are the same). */
export function parsePercent(text: string): number | undefined {
  const m = /^(\d+)\s*%$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** An integer with its optional unit (`120 s`). */
export function formatInteger(raw: number, unit?: string): string {
  return unit ? `${raw} ${unit}` : String(raw);
}

/** `120 s` / `120s` when the property has unit `s`; bare numbers are read as raw. */
export function parseInteger(text: string, unit?: string): number | undefined {
  if (!unit) return undefined;
  const m = new RegExp(`^([-+]?\\d+)\\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').exec(text);
  return m ? Number(m[1]) : undefined;
}

// CRSDK FocalDistanceInMeter: CrDataType_UInt32 in 1/1000 m; CrFocalDistance_Infinity = 0xFFFFFFFF.

/** CrFocalDistance_Infinity. */
export const DISTANCE_INFINITY = 0xffffffff;

/** `1.25 m`, `∞`. */
export function formatDistance(raw: number): string {
  return raw === DISTANCE_INFINITY ? '∞' : `${trimDecimal(raw / 1000, 3)} m`;
}

/** `1.25 m`, `1.25m`, `∞`, `inf`, `infinity`; bare numbers are raw millimetres. */
export function parseDistance(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (t === '∞' || t === 'inf' || t === 'infinity') return DISTANCE_INFINITY;
  const m = /^(\d+(?:\.\d+)?|\.\d+)m$/.exec(t);
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}
