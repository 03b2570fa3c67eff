import type { RawValue } from '../../../shared/camera-types';
import {
  MAGNIFIER_OFF,
  MAGNIFIER_X1,
  clampMagnifierCentre,
  decodeMagnifier,
  encodeMagnifier,
  magnifiedArea,
} from '../../../shared/properties';
import type { SimPropSpec } from './property-spec';

/**
 * The simulated body's focus magnifier (`Focus_Magnifier_Setting`, see shared focus-magnifier.ts). The SDK
 * lists the ratios a body offers and nothing fixes them per model; the simulated ILCE-7M4 offers off, ×1.0,
 * ×5.0 and ×10.0. A write carries a listed ratio and a centre; the body keeps the centre inside the frame
 * (by half the magnified area) and keeps its previous centre when the write carries none.
 */

/** Ratios ×10 the simulated body lists: off, ×1.0, ×5.0, ×10.0. */
export const SIM_MAGNIFIER_RATIOS: readonly number[] = [MAGNIFIER_OFF, MAGNIFIER_X1, 50, 100];

const FRAME_CENTRE = { x: 320, y: 240 };

/** What the body stores for a write, or undefined when the ratio is not offered or the centre is off-frame. */
export function acceptMagnifier(
  value: RawValue,
  current: RawValue,
  available: readonly RawValue[],
): RawValue | undefined {
  const next = decodeMagnifier(value);
  if (!next) return undefined;
  const offered = available.some((v) => decodeMagnifier(v)?.ratioX10 === next.ratioX10);
  if (!offered) return undefined;
  const centre = next.centre ?? decodeMagnifier(current)?.centre ?? FRAME_CENTRE;
  if (centre.x > 639 || centre.y > 479) return undefined;
  return encodeMagnifier(next.ratioX10, clampMagnifierCentre(next.ratioX10, centre));
}

/** The property spec of the simulated body's focus magnifier. */
export const MAGNIFIER_PROPERTY: SimPropSpec = {
  name: 'focus-magnifier',
  init: () => encodeMagnifier(MAGNIFIER_OFF, FRAME_CENTRE),
  available: () => SIM_MAGNIFIER_RATIOS.map((r) => encodeMagnifier(r, null)),
  accept: acceptMagnifier,
};

/** The part of the frame the live view shows now (fractions), or null when it shows the whole frame. */
export function magnifiedRegion(
  raw: RawValue,
): { left: number; top: number; width: number; height: number } | null {
  const m = decodeMagnifier(raw);
  if (!m || m.ratioX10 <= MAGNIFIER_X1) return null;
  return magnifiedArea(m.ratioX10, m.centre ?? FRAME_CENTRE);
}
