import { describe, expect, it } from 'vitest';
import { propertyByName } from './catalog';
import { matchAvailable } from './match';
import { parseValue } from './parse';
import {
  formatMagnifier,
  MAGNIFIER_NO_POSITION,
  clampMagnifierCentre,
  decodeMagnifier,
  encodeMagnifier,
  magnifiedArea,
  magnifierRatios,
} from './focus-magnifier';

describe('Focus_Magnifier_Setting values', () => {
  it('encode as Sony documents them: ratio ×10 in the high 32 bits, x and y in the low ones', () => {
    // The API reference's own examples: a listed ×4.0 without position, a position 150,100.
    expect(encodeMagnifier(40, null)).toBe(0x00000028ffffffff);
    expect(encodeMagnifier(10, { x: 150, y: 100 })).toBe(0x0000000a00960064);
    expect(decodeMagnifier(0x0000005000960064)).toEqual({ ratioX10: 80, centre: { x: 150, y: 100 } });
    expect(decodeMagnifier(0x00000000ffffffff)).toEqual({ ratioX10: 0, centre: null });
    expect(decodeMagnifier(encodeMagnifier(100, { x: 639, y: 479 }))?.centre).toEqual({ x: 639, y: 479 });
    expect(decodeMagnifier('x')).toBeUndefined();
    expect(MAGNIFIER_NO_POSITION).toBe(0xffffffff);
  });

  it('lists only the enlarging ratios a body offers, ascending', () => {
    const listed = [0, 10, 100, 50, 50].map((r) => encodeMagnifier(r, null));
    expect(magnifierRatios(listed)).toEqual([50, 100]);
    expect(magnifierRatios([])).toEqual([]);
  });

  it('keeps the magnified area inside the frame', () => {
    // ×5: the area is 128×96 of 640×480, so the centre stays 64/48 from the edges.
    expect(clampMagnifierCentre(50, { x: 0, y: 0 })).toEqual({ x: 64, y: 48 });
    expect(clampMagnifierCentre(50, { x: 640, y: 480 })).toEqual({ x: 576, y: 432 });
    expect(clampMagnifierCentre(100, { x: 300, y: 200 })).toEqual({ x: 300, y: 200 });
    const a = magnifiedArea(50, { x: 320, y: 240 });
    expect(a.width).toBeCloseTo(0.2);
    expect(a.height).toBeCloseTo(0.2);
    expect(a.left).toBeCloseTo(0.4);
    expect(a.top).toBeCloseTo(0.4);
  });

  it('reads as a photographer would and accepts a listed ratio with any centre in the frame', () => {
    expect(formatMagnifier(encodeMagnifier(0, null))).toBe('Off');
    expect(formatMagnifier(encodeMagnifier(0, { x: 320, y: 240 }))).toBe('Off at 320,240');
    expect(parseValue(propertyByName('focus-magnifier')!, 'x5 at 300, 200')).toBe(
      encodeMagnifier(50, { x: 300, y: 200 }),
    );
    expect(formatMagnifier(encodeMagnifier(50, null))).toBe('×5.0');
    expect(formatMagnifier(encodeMagnifier(100, { x: 400, y: 300 }))).toBe('×10.0 at 400,300');
    const def = propertyByName('focus-magnifier')!;
    const listed = [0, 10, 50, 100].map((r) => encodeMagnifier(r, null));
    const want = encodeMagnifier(50, { x: 300, y: 200 });
    expect(parseValue(def, `0x${want.toString(16)}`)).toBe(want);
    expect(matchAvailable(def, want, listed)).toBe(want);
    expect(matchAvailable(def, encodeMagnifier(40, { x: 300, y: 200 }), listed)).toBeUndefined();
    expect(matchAvailable(def, encodeMagnifier(50, { x: 640, y: 200 }), listed)).toBeUndefined();
  });
});
