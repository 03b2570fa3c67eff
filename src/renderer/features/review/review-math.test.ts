import { describe, expect, it } from 'vitest';
import { clippingOverlay, percent } from './clipping';
import { panned, placePicture, pointAt } from './zoom-geometry';

describe('review zoom geometry', () => {
  const pane = { w: 800, h: 600 };
  const img = { w: 4000, h: 3000 };

  it('fits the whole picture, centred', () => {
    expect(placePicture(pane, img, { mode: 'fit', cx: 0.1, cy: 0.9 })).toEqual({
      x: 0,
      y: 0,
      w: 800,
      h: 600,
      scale: 0.2,
    });
    expect(placePicture(pane, { w: 1000, h: 1000 }, { mode: 'fit', cx: 0.5, cy: 0.5 })).toMatchObject({
      x: 100,
      y: 0,
      w: 600,
    });
  });

  it('shows 100 % around the chosen point, kept inside the picture', () => {
    const centre = placePicture(pane, img, { mode: 'actual', cx: 0.5, cy: 0.5 });
    expect(centre).toEqual({ x: 400 - 2000, y: 300 - 1500, w: 4000, h: 3000, scale: 1 });
    // A point near the corner cannot be centred: the picture's edge stops at the pane's edge.
    expect(placePicture(pane, img, { mode: 'actual', cx: 0, cy: 1 })).toMatchObject({ x: 0, y: 600 - 3000 });
    // One picture pixel per device pixel on a 2× screen.
    expect(placePicture(pane, img, { mode: 'actual', cx: 0.5, cy: 0.5 }, 0.5).w).toBe(2000);
  });

  it('maps a click to the picture point and pans with the pointer', () => {
    const fit = placePicture(pane, img, { mode: 'fit', cx: 0.5, cy: 0.5 });
    expect(pointAt(fit, 200, 450)).toEqual({ cx: 0.25, cy: 0.75 });
    const at = placePicture(pane, img, { mode: 'actual', cx: 0.5, cy: 0.5 });
    // Dragging right by 400 px shows what was left of the centre.
    expect(panned({ cx: 0.5, cy: 0.5 }, at, pane, 400, 0)).toEqual({ cx: 0.4, cy: 0.5 });
    // Past the edge the centre stops where the picture still covers the pane.
    expect(panned({ cx: 0.5, cy: 0.5 }, at, pane, 100_000, -100_000)).toEqual({ cx: 0.1, cy: 0.9 });
  });
});

describe('clipping warnings', () => {
  it('marks blown highlights red and crushed shadows blue, and counts them', () => {
    const src = new Uint8ClampedArray([
      255,
      10,
      10,
      255, // one channel blown → highlight
      2,
      1,
      0,
      255, // every channel at black → shadow
      128,
      128,
      128,
      255, // mid grey → nothing
      2,
      2,
      200,
      255, // dark but not crushed (blue lives) → nothing
    ]);
    const out = new Uint8ClampedArray(src.length);
    expect(clippingOverlay(src, out)).toEqual({ highlights: 0.25, shadows: 0.25 });
    expect([...out.slice(0, 4)]).toEqual([255, 0, 0, 255]);
    expect(out[6]).toBe(255);
    expect(out[7]).toBe(255);
    expect(out[11]).toBe(0);
    expect(out[15]).toBe(0);
    expect(percent(0)).toBe('0 %');
    expect(percent(0.0004)).toBe('< 0.1 %');
    expect(percent(0.021)).toBe('2.1 %');
  });
});
