import { describe, expect, it } from 'vitest';
import { describeProperty, propertyByName } from '../../shared/properties/index';
import { evError } from './brightness';
import { bracketOffsets, brightnessEv, evLabel, ladder, nearestRung } from './exposure-ladder';

const shutter = (n: number, d: number) => (n << 16) | d;

describe('exposure ladder', () => {
  it('orders bracket frames centre first as the body does, or ascending', () => {
    expect(bracketOffsets(5)).toEqual([0, -1, 1, -2, 2]);
    expect(bracketOffsets(3, 'ascending')).toEqual([-1, 0, 1]);
    expect(bracketOffsets(4)).toEqual([0, -1, 1, 2]);
  });

  it('measures brightness in EV on every axis and skips BULB', () => {
    expect(brightnessEv('shutter', shutter(1, 1))).toBeCloseTo(0);
    expect(brightnessEv('shutter', shutter(1, 4))).toBeCloseTo(-2);
    expect(brightnessEv('shutter', 0)).toBeUndefined();
    expect(brightnessEv('iso', 400)).toBeCloseTo(2);
    expect(brightnessEv('aperture', 400)).toBeCloseTo(-4);
  });

  it("builds the body's offered values into rungs, darkest first, and finds the nearest", () => {
    const def = propertyByName('shutter-speed');
    const view = describeProperty({
      code: def!.code,
      value: shutter(1, 125),
      writable: true,
      available: [0, shutter(1, 60), shutter(1, 250), shutter(1, 125)],
    })!;
    const rungs = ladder('shutter', view);
    expect(rungs.map((r) => r.formatted)).toEqual(['1/250', '1/125', '1/60']);
    expect(nearestRung(rungs, Math.log2(1 / 60) + 0.1).formatted).toBe('1/60');
    expect(evLabel(-1.04)).toBe('−1.0 EV');
  });

  it('reads a brightness error in stops (linear light), so the ramp moves by exposure stops', () => {
    expect(evError(118, 118)).toBeCloseTo(0);
    expect(evError(59, 118)).toBeGreaterThan(1.5);
    expect(evError(200, 118)).toBeLessThan(0);
  });
});
