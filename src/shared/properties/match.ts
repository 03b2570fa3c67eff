import type { RawValue } from '../camera-types';
import { isoParts } from './encodings/iso';
import { decodeMagnifier } from './focus-magnifier';
import { SHUTTER_BULB, SHUTTER_NOTHING, shutterSeconds } from './encodings/shutter';
import type { PropertyDef } from './types';

/** The candidate nearest to `target` by `distance`, if within `tolerance`. */
function nearest(
  available: readonly number[],
  distance: (v: number) => number,
  tolerance: number,
): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const v of available) {
    const d = distance(v);
    if (d <= tolerance && d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Finds the camera's available value equal to a parsed one. Exact matches win; otherwise values that mean
 * the same setting are accepted: F-numbers within 3 % (`f/5.7` → f/5.6), shutter speeds of the same length
 * (`2"` as 2/1 or 20/10), EV within 0.05 (`+0.33` → +0.3), ISO ignoring the expanded-range flag.
 */
export function matchAvailable(
  def: PropertyDef,
  parsed: RawValue,
  available: RawValue[],
): RawValue | undefined {
  if (typeof parsed === 'string') {
    return (
      available.find((v) => v === parsed) ??
      available.find((v) => typeof v === 'string' && v.toLowerCase() === parsed.toLowerCase())
    );
  }
  if (available.includes(parsed)) return parsed;
  const nums = available.filter((v): v is number => typeof v === 'number');
  switch (def.encoding) {
    case 'fnumber':
      if (parsed >= 0xfffd) return undefined;
      return nearest(
        nums.filter((v) => v < 0xfffd),
        (v) => Math.abs(v - parsed) / parsed,
        0.03,
      );
    case 'shutter': {
      const secs = shutterSeconds(parsed);
      if (secs === undefined) return undefined;
      const candidates = nums.filter((v) => v !== SHUTTER_BULB && v !== SHUTTER_NOTHING);
      return nearest(candidates, (v) => Math.abs((shutterSeconds(v) ?? Infinity) - secs) / secs, 0.01);
    }
    case 'bias':
      return nearest(nums, (v) => Math.abs(v - parsed), 50);
    case 'iso': {
      const want = isoParts(parsed);
      return nums.find((v) => {
        const got = isoParts(v);
        return got.iso === want.iso && got.mode === want.mode;
      });
    }
    case 'magnifier': {
      // The list names ratios; a write names a listed ratio and where (any centre in the frame).
      const m = decodeMagnifier(parsed);
      if (!m || (m.centre && (m.centre.x > 639 || m.centre.y > 479))) return undefined;
      return nums.some((v) => decodeMagnifier(v)?.ratioX10 === m.ratioX10) ? parsed : undefined;
    }
    default:
      return undefined;
  }
}
