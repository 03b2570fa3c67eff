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

function paint(out: Buffer, width: number, height: number, r: Raster, y0: number, y1: number): void {
  if (r.channels === 3 && r.left === 0 && r.top === 0 && r.width === width && r.height === height) {
    r.data.copy(out, y0 * width * 3, y0 * width * 3, y1 * width * 3);
    return;
  }
  const src = r.data;
  const ch = r.channels;
  for (let y = Math.max(y0, r.top); y < Math.min(y1, r.top + r.height); y++) {
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

/** What to composite: `layers` (far to near; the first should cover the frame), brightness and grain. */
export interface ComposeSpec {
  width: number;
  height: number;
  layers: readonly Raster[];
  /** Brightness step (1/3 EV). */
  step: number;
  /** ±levels of deterministic noise. */
  grain: number;
  grainSeed: number;
}

/** One composite under way: rows are finished band by band, so a big one can yield between bands. */
class Composite {
  readonly out: Buffer;
  private readonly lut: Uint8Array;
  private readonly grainOf = new Int8Array(256);
  private readonly noise = noise();

  constructor(private readonly spec: ComposeSpec) {
    this.out = Buffer.alloc(spec.width * spec.height * 3);
    this.lut = gainLut(spec.step);
    const span = spec.grain * 2 + 1;
    for (let v = 0; v < 256; v++) this.grainOf[v] = (v % span) - spec.grain;
  }

  /** Lays the pieces into rows [y0, y1), then applies gain and grain to them. */
  rows(y0: number, y1: number): void {
    const { out, lut, grainOf } = this;
    const { width, height, layers, grainSeed } = this.spec;
    for (const r of layers) paint(out, width, height, r, y0, y1);
    const n = this.noise;
    const mask = n.length - 1;
    const o = new Uint8ClampedArray(out.buffer, out.byteOffset, out.length);
    const end = y1 * width * 3;
    let i = y0 * width * 3;
    // Grain is indexed by the pixel's offset in the whole image, so bands join without a seam.
    let k = ((grainSeed >>> 0) + i) & mask;
    for (; i < end; i++, k = (k + 1) & mask) o[i] = lut[o[i]] + grainOf[n[k]];
  }
}

/** Composites a spec into a new RGB buffer in one go (live-view size: a few milliseconds). */
export function compose(spec: ComposeSpec): Buffer {
  const c = new Composite(spec);
  c.rows(0, spec.height);
  return c.out;
}

/** Rows per band of {@link composeInBands}: about 10 ms of work at stills size on the CI machine. */
const BAND_ROWS = 96;

/**
 * {@link compose} for a stills-size image, giving the event loop a turn between bands of rows: one
 * 3000×2000 composite is ~200 ms of work, and done in one go it held up everything else in the main
 * process (a time-lapse frame fired 200 ms late, live view froze) while a body renders its first still.
 */
export async function composeInBands(spec: ComposeSpec): Promise<Buffer> {
  const c = new Composite(spec);
  for (let y = 0; y < spec.height; y += BAND_ROWS) {
    c.rows(y, Math.min(spec.height, y + BAND_ROWS));
    if (y + BAND_ROWS < spec.height) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return c.out;
}
