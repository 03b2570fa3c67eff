import { brightnessGain } from './exposure';
import type { Raster } from './scene-layers';
import { noise } from './virtual-file';

/**
 * Lays the set's pieces into one RGB image, far to near ("over", with each piece's alpha), then applies
 * the exposure (a gain on the gamma-encoded values) and sensor grain. Plain typed-array loops: one
 * composite costs a few milliseconds at live-view size and happens only when focus or exposure changed.
 */

const gainLuts = new Map<number, Uint8Array>();

/** Gamma-encoded value mapping for a brightness step (1/3 EV), clamped. */
function gainLut(step: number): Uint8Array {
  let lut = gainLuts.get(step);
  if (!lut) {
    const g = brightnessGain(step);
    lut = new Uint8Array(256);
    for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(v * g));
    gainLuts.set(step, lut);
  }
  return lut;
}

function paint(out: Buffer, width: number, height: number, r: Raster): void {
  if (r.channels === 3 && r.left === 0 && r.top === 0 && r.width === width && r.height === height) {
    r.data.copy(out);
    return;
  }
  const src = r.data;
  const ch = r.channels;
  for (let y = Math.max(0, r.top); y < Math.min(height, r.top + r.height); y++) {
    const x0 = Math.max(0, r.left);
    const x1 = Math.min(width, r.left + r.width);
    let s = ((y - r.top) * r.width + (x0 - r.left)) * ch;
    let d = (y * width + x0) * 3;
    for (let x = x0; x < x1; x++, s += ch, d += 3) {
      const a = ch === 4 ? src[s + 3] : 255;
      if (a === 0) continue;
      if (a === 255) {
        out[d] = src[s];
        out[d + 1] = src[s + 1];
        out[d + 2] = src[s + 2];
      } else {
        const b = 255 - a;
        out[d] = (src[s] * a + out[d] * b + 127) / 255;
        out[d + 1] = (src[s + 1] * a + out[d + 1] * b + 127) / 255;
        out[d + 2] = (src[s + 2] * a + out[d + 2] * b + 127) / 255;
      }
    }
  }
}

/**
 * Composites `layers` (far to near; the first should cover the frame) into a new RGB buffer, applies the
 * brightness `step` and ±`grain` levels of deterministic noise (seeded by `grainSeed`).
 */
export function compose(
  width: number,
  height: number,
  layers: readonly Raster[],
  step: number,
  grain: number,
  grainSeed: number,
): Buffer {
  const out = Buffer.alloc(width * height * 3);
  for (const r of layers) paint(out, width, height, r);
  const lut = gainLut(step);
  const span = grain * 2 + 1;
  const grainOf = new Int8Array(256);
  for (let v = 0; v < 256; v++) grainOf[v] = (v % span) - grain;
  const n = noise();
  const mask = n.length - 1;
  const o = new Uint8ClampedArray(out.buffer, out.byteOffset, out.length);
  let k = (grainSeed >>> 0) & mask;
  for (let i = 0; i < o.length; i++, k = (k + 1) & mask) o[i] = lut[o[i]] + grainOf[n[k]];
  return out;
}
