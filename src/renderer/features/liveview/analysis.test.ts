// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { computeHistogram, luma, overlayMask } from './analysis';

function image(w: number, h: number, px: (x: number, y: number) => [number, number, number]): ImageData {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [r, g, b] = px(x, y);
      data.set([r, g, b, 255], (y * w + x) * 4);
    }
  return { width: w, height: h, data, colorSpace: 'srgb' } as ImageData;
}
const blank = (w: number, h: number) =>
  ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4), colorSpace: 'srgb' }) as ImageData;

describe('live-view analysis', () => {
  it('bins each channel and luma', () => {
    const h = computeHistogram(image(2, 2, (x) => (x === 0 ? [255, 0, 0] : [0, 0, 255])).data);
    expect(h.r[255]).toBe(2);
    expect(h.r[0]).toBe(2);
    expect(h.b[255]).toBe(2);
    expect(h.l[luma(255, 0, 0)]).toBe(2);
    expect(luma(255, 255, 255)).toBe(255);
  });

  it('marks strong edges red for peaking and leaves flat areas transparent', () => {
    const src = image(10, 10, (x) => (x < 5 ? [0, 0, 0] : [255, 255, 255]));
    const out = blank(10, 10);
    overlayMask(src, out, { peaking: true, zebra: false });
    const at = (x: number, y: number) =>
      Array.from(out.data.subarray((y * 10 + x) * 4, (y * 10 + x) * 4 + 4));
    expect(at(5, 5)).toEqual([255, 40, 40, 255]);
    expect(at(1, 5)[3]).toBe(0);
    expect(at(8, 5)[3]).toBe(0);
  });

  it('overwrites a reused output buffer completely (the analysis loop reuses it every tick)', () => {
    const src = image(10, 10, (x) => (x < 5 ? [0, 0, 0] : [255, 255, 255]));
    const fresh = blank(10, 10);
    overlayMask(src, fresh, { peaking: true, zebra: false });
    const reused = blank(10, 10);
    reused.data.fill(123);
    overlayMask(src, reused, { peaking: true, zebra: false });
    expect([...reused.data]).toEqual([...fresh.data]);
  });

  it('stripes only near-clipped highlights for zebra', () => {
    const src = image(16, 1, (x) => (x < 8 ? [250, 250, 250] : [120, 120, 120]));
    const out = blank(16, 1);
    overlayMask(src, out, { peaking: false, zebra: true });
    const alphas = Array.from({ length: 16 }, (_, x) => out.data[x * 4 + 3]);
    expect(alphas.slice(0, 8)).toEqual([200, 200, 200, 200, 0, 0, 0, 0]);
    expect(alphas.slice(8).every((a) => a === 0)).toBe(true);
  });
});
