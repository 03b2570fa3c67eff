import { describe, expect, it } from 'vitest';
import { propertyByName } from './catalog';
import { ISO_VALUES, isoValue } from './encodings/iso';
import { SHUTTER_SPEEDS, shutterValue } from './encodings/shutter';
import { matchAvailable } from './match';
import { parseValue } from './parse';

const def = (name: string) => propertyByName(name)!;
const pick = (name: string, input: string, available: (number | string)[]) =>
  matchAvailable(def(name), parseValue(def(name), input), available);

describe('matchAvailable', () => {
  it('finds exact values', () => {
    expect(pick('aperture', 'f/5.6', [400, 560, 800])).toBe(560);
    expect(pick('focus-mode', 'AF-C', [1, 2, 3])).toBe(3);
    expect(pick('shutter-speed', '1/250', [...SHUTTER_SPEEDS])).toBe(0x000100fa);
  });

  it('tolerates near F-numbers but not a different stop', () => {
    expect(pick('aperture', 'f/5.7', [500, 560, 630])).toBe(560);
    expect(pick('aperture', 'f/6', [500, 560, 630])).toBeUndefined();
  });

  it('matches shutter speeds of the same length in another encoding', () => {
    expect(pick('shutter-speed', '2"', [shutterValue(2, 1), shutterValue(1, 2)])).toBe(shutterValue(2, 1));
    expect(pick('shutter-speed', '1/3', [shutterValue(3, 10), shutterValue(1, 3)])).toBe(shutterValue(1, 3));
    expect(pick('shutter-speed', '0.25', [shutterValue(1, 4)])).toBe(shutterValue(1, 4));
    expect(pick('shutter-speed', '1/100', [shutterValue(1, 125)])).toBeUndefined();
    expect(pick('shutter-speed', 'bulb', [shutterValue(1, 125)])).toBeUndefined();
  });

  it('rounds EV typed to two decimals onto Sony thirds', () => {
    expect(pick('exposure-compensation', '+0.33', [0, 300, 700])).toBe(300);
    expect(pick('exposure-compensation', '-0.67', [-700, -300, 0])).toBe(-700);
    expect(pick('exposure-compensation', '+0.5', [300, 700])).toBeUndefined();
  });

  it('matches an expanded ISO typed without the flag', () => {
    expect(pick('iso', 'ISO 50', [...ISO_VALUES])).toBe(isoValue(50, { ext: true }));
    expect(pick('iso', 'ISO 3200 MFNR', [3200])).toBeUndefined();
  });

  it('returns undefined when nothing is equivalent', () => {
    expect(pick('focus-area', 'tracking-wide', [1, 2, 3])).toBeUndefined();
    expect(pick('aperture', 'f/8', [])).toBeUndefined();
  });

  it('compares strings case-insensitively', () => {
    expect(matchAvailable(def('image-id-string'), 'abc', ['ABC'])).toBe('ABC');
  });
});
