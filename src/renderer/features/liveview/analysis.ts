/** Per-channel 256-bin histograms. */
export interface Histogram {
  r: Uint32Array;
  g: Uint32Array;
  b: Uint32Array;
  l: Uint32Array;
}

/** Rec. 709 luma of an RGB pixel, 0..255. */
export function luma(r: number, g: number, b: number): number {
  return (r * 54 + g * 183 + b * 19) >> 8;
}

/** Histograms of RGBA pixel data (alpha ignored). */
export function computeHistogram(data: Uint8ClampedArray): Histogram {
  const h: Histogram = {
    r: new Uint32Array(256),
    g: new Uint32Array(256),
    b: new Uint32Array(256),
    l: new Uint32Array(256),
  };
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    h.r[r]++;
    h.g[g]++;
    h.b[b]++;
    h.l[luma(r, g, b)]++;
  }
  return h;
}

/** Options of the overlay mask. */
export interface MaskOptions {
  peaking: boolean;
  zebra: boolean;
  /** Luma at or above which zebra stripes show (default 242 ≈ 95 %). */
  zebraLevel?: number;
  /** Gradient magnitude above which an edge is "in focus" (default 90). */
  peakingLevel?: number;
  /** Shifts the zebra stripes so they crawl between updates. */
  phase?: number;
}

/**
 * Writes the peaking/zebra overlay for `src` into `out` (same size, RGBA): zebra = diagonal stripes on
 * near-clipped highlights, peaking = red where the local luma gradient is strong. Everything else transparent.
 */
export function overlayMask(src: ImageData, out: ImageData, o: MaskOptions): void {
  const { width: w, height: h, data: s } = src;
  const d = out.data;
  d.fill(0);
  const zebraLevel = o.zebraLevel ?? 242;
  const peakLevel = o.peakingLevel ?? 90;
  const phase = o.phase ?? 0;
  const lum = new Uint8Array(w * h);
  for (let p = 0, i = 0; p < lum.length; p++, i += 4) lum[p] = luma(s[i], s[i + 1], s[i + 2]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const i = p * 4;
      if (o.zebra && lum[p] >= zebraLevel && ((x + y + phase) & 7) < 4) {
        d[i] = 255;
        d[i + 1] = 255;
        d[i + 2] = 255;
        d[i + 3] = 200;
      }
      if (o.peaking && x > 0 && y > 0 && x < w - 1 && y < h - 1) {
        const gx = lum[p + 1] - lum[p - 1];
        const gy = lum[p + w] - lum[p - w];
        if (gx * gx + gy * gy > peakLevel * peakLevel) {
          d[i] = 255;
          d[i + 1] = 40;
          d[i + 2] = 40;
          d[i + 3] = 255;
        }
      }
    }
  }
}

/** Draws a histogram into a 2D context: RGB as three additive curves, or luma as one. */
export function drawHistogram(ctx: CanvasRenderingContext2D, h: Histogram, mode: 'rgb' | 'luma'): void {
  const { width: W, height: H } = ctx.canvas;
  ctx.clearRect(0, 0, W, H);
  const channels: [Uint32Array, string][] =
    mode === 'rgb'
      ? [
          [h.r, 'rgba(255,70,70,0.85)'],
          [h.g, 'rgba(70,220,90,0.85)'],
          [h.b, 'rgba(80,130,255,0.85)'],
        ]
      : [[h.l, 'rgba(220,220,220,0.9)']];
  // Scale to the 99th-percentile bin so one spike (e.g. clipped black) does not flatten the rest.
  const peaks = channels.flatMap(([c]) => Array.from(c.subarray(1, 255))).sort((a, b) => a - b);
  const max = Math.max(1, peaks[Math.floor(peaks.length * 0.99)] ?? 1);
  ctx.globalCompositeOperation = mode === 'rgb' ? 'lighter' : 'source-over';
  for (const [c, color] of channels) {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(0, H);
    for (let i = 0; i < 256; i++) ctx.lineTo((i / 255) * W, H - Math.min(1, c[i] / max) * H);
    ctx.lineTo(W, H);
    ctx.closePath();
    ctx.fill();
  }
  ctx.globalCompositeOperation = 'source-over';
}
