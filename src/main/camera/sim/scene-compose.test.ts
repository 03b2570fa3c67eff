import { describe, expect, it } from 'vitest';
import { compose, composeInBands } from './scene-compose';
import type { Raster } from './scene-layers';

function raster(
  width: number,
  height: number,
  channels: 3 | 4,
  left: number,
  top: number,
  seed: number,
): Raster {
  const data = Buffer.alloc(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + seed * 17) & 0xff;
  return { data, width, height, channels, left, top, plane: 0 };
}

describe('composeInBands', () => {
  it('produces the same pixels as one-go compose, across band joins and partly covering pieces', async () => {
    const w = 301;
    const h = 250; // not a multiple of the band height: the last band is short
    const layers = [
      raster(w, h, 3, 0, 0, 1),
      raster(120, 140, 4, 40, 90, 2),
      raster(60, 300, 4, 250, -20, 3),
    ];
    const spec = { width: w, height: h, layers, step: 2, grain: 5, grainSeed: 1 };
    const oneGo = compose(spec);
    const banded = await composeInBands(spec);
    expect(banded.length).toBe(w * h * 3);
    expect(banded.equals(oneGo)).toBe(true);
  });

  it('lets the event loop turn while a stills-size composite is under way', async () => {
    const w = 3000;
    const h = 2000;
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await composeInBands({
      width: w,
      height: h,
      layers: [raster(w, h, 3, 0, 0, 4)],
      step: 0,
      grain: 5,
      grainSeed: 1,
    });
    done = true;
    // 2000 rows in bands of 96: the loop got a turn between bands.
    expect(turns).toBeGreaterThanOrEqual(10);
  });
});
