import { describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../errors';
import { propertyByName } from './catalog';
import { formatValue, toHex } from './format';
import { parseValue } from './parse';

const def = (name: string) => {
  const d = propertyByName(name);
  if (!d) throw new Error(`no ${name}`);
  return d;
};
const parse = (name: string, input: string) => parseValue(def(name), input);

describe('friendly inputs', () => {
  it.each([
    ['aperture', 'f/5.6', 560],
    ['aperture', '5.6', 560],
    ['aperture', 'F5.6', 560],
    ['aperture', 'f 8', 800],
    ['aperture', '8', 800],
    ['aperture', 'f/0.95', 95],
    ['aperture', '0x230', 560],
    ['aperture', '560', 560],
    ['aperture', 'close', 0xfffd],
    ['aperture', '--', 0xfffe],
    ['shutter-speed', '1/250', 0x000100fa],
    ['shutter-speed', '1/8000', 0x00011f40],
    ['shutter-speed', '2"', 0x0014000a],
    ['shutter-speed', '2s', 0x0014000a],
    ['shutter-speed', '2 sec', 0x0014000a],
    ['shutter-speed', '0.3"', 0x0003000a],
    ['shutter-speed', '1"3', 0x000d000a],
    ['shutter-speed', '30"', 0x012c000a],
    ['shutter-speed', '30', 0x012c000a],
    ['shutter-speed', 'bulb', 0],
    ['shutter-speed', 'BULB', 0],
    ['shutter-speed', '0x1007d', 0x1007d],
    ['iso', 'ISO 800', 800],
    ['iso', 'iso800', 800],
    ['iso', '800', 800],
    ['iso', '0x320', 800],
    ['iso', 'auto', 0xffffff],
    ['iso', 'ISO AUTO', 0xffffff],
    ['iso', 'ISO 50 (ext)', 0x10000032],
    ['iso', 'ISO 3200 MFNR', 0x01000c80],
    ['iso', 'ISO 3200 MFNR High', 0x02000c80],
    ['exposure-compensation', '+0.7', 700],
    ['exposure-compensation', '-1.3', -1300],
    ['exposure-compensation', '-1', -1000],
    ['exposure-compensation', '0', 0],
    ['exposure-compensation', '±0', 0],
    ['exposure-compensation', '+1 EV', 1000],
    ['exposure-compensation', '-2/3', -700],
    ['exposure-compensation', '+1 1/3', 1300],
    ['exposure-compensation', '-300', -300],
    ['exposure-compensation', '0xfed4', -300],
    ['exposure-compensation', '0xfffffffffffffed4', -300],
    ['flash-compensation', '-0.3', -300],
    ['white-balance-color-temp', '5600K', 5600],
    ['color-temperature', '5600', 5600],
    ['battery-remain', '80%', 80],
    ['focus-distance', '1.25 m', 1250],
    ['focus-distance', '∞', 0xffffffff],
    ['media-slot1-remaining-time', '120 s', 120],
    ['focus-area', 'wide', 1],
    ['focus-area', 'Tracking: Expand Flexible Spot', 0x17],
    ['focus-area', 'tracking_expand_flexible_spot', 0x17],
    ['focus-mode', 'AF-C', 3],
    ['focus-mode', 'af_c', 3],
    ['focus-mode', 'AF_S', 2],
    ['still-image-store-destination', 'host-pc', 1],
    ['still-image-store-destination', 'HostPC', 1],
    ['still-image-store-destination', 'both', 3],
    ['priority-key', 'pc-remote', 2],
    ['priority-key', 'camera-position', 1],
    ['white-balance', 'AWB', 0],
    ['white-balance', 'shadow', 0x12],
    ['file-format', 'RAW+JPEG', 3],
    ['file-format', 'raw_jpeg', 3],
    ['exposure-program-mode', 'M', 1],
    ['exposure-program-mode', 'aperture-priority', 3],
    ['drive-mode', 'continuous-hi', 0x00010001],
    ['drive-mode', 'Continuous_Bracket_03Ev_3pics', 0x00040301],
    ['drive-mode', 'single-bracket-3.0ev-2pics-minus', 0x0005003c],
    ['aspect-ratio', '16:9', 2],
    ['zoom-operation', 'wide', -1],
    ['zoom-operation', '0xff', -1],
  ] as const)('%s %j → %d', (name, input, expected) => {
    expect(parse(name, input)).toBe(expected);
  });
});

describe('hex output', () => {
  it('writes unsigned values unpadded and lower case', () => {
    expect(toHex(def('shutter-speed'), 0x000100fa)).toBe('0x100fa');
    expect(toHex(def('iso'), 0xffffff)).toBe('0xffffff');
  });
  it('writes signed values as two’s complement within the type width', () => {
    expect(toHex(def('exposure-compensation'), -300)).toBe('0xfed4');
    expect(toHex(def('exposure-compensation'), 300)).toBe('0x12c');
    expect(toHex(def('zoom-operation'), -1)).toBe('0xff');
  });
});

describe('friendly output', () => {
  it.each([
    ['aperture', 560, 'f/5.6'],
    ['aperture', 800, 'f/8'],
    ['shutter-speed', 0x000100fa, '1/250'],
    ['shutter-speed', 0x0014000a, '2"'],
    ['shutter-speed', 0x0003000a, '0.3"'],
    ['shutter-speed', 0, 'BULB'],
    ['iso', 800, 'ISO 800'],
    ['iso', 0xffffff, 'AUTO'],
    ['exposure-compensation', 700, '+0.7'],
    ['exposure-compensation', -1300, '-1.3'],
    ['exposure-compensation', 0, '0.0'],
    ['white-balance-color-temp', 5600, '5600K'],
    ['focus-mode', 3, 'AF-C'],
    ['still-image-store-destination', 1, 'host-pc'],
    ['priority-key', 2, 'pc-remote'],
    ['battery-remain', 80, '80%'],
  ] as const)('%s %d → %s', (name, raw, expected) => {
    expect(formatValue(def(name), raw)).toBe(expected);
  });
});

describe('garbage is rejected with INVALID_VALUE', () => {
  const expectInvalid = (name: string, input: string, mention?: RegExp) => {
    let caught: unknown;
    try {
      parse(name, input);
    } catch (err) {
      caught = err;
    }
    expect(caught, `${name} ${JSON.stringify(input)} should throw`).toBeInstanceOf(TetherError);
    const err = caught as TetherError;
    expect(err.code).toBe(ErrorCode.InvalidValue);
    expect(err.message).toContain(name);
    if (mention) expect(err.message).toMatch(mention);
  };

  it.each([
    ['aperture', 'banana', /f\/5\.6/],
    ['aperture', '', /empty/],
    ['aperture', '   ', /empty/],
    ['aperture', 'f/', undefined],
    ['aperture', '0x10000', /out of range/],
    ['aperture', '-5', /out of range/],
    ['aperture', '70000', /out of range/],
    ['shutter-speed', '1/0', /1\/250/],
    ['shutter-speed', 'fast', undefined],
    ['shutter-speed', '0x1ffffffff', /out of range/],
    ['iso', 'ISO', /ISO 800/],
    ['iso', 'ISO 99999999', /ISO 800/],
    ['iso', '12.5', undefined],
    ['exposure-compensation', 'plus one', /\+0\.7/],
    ['exposure-compensation', '+40.5', /out of range/],
    ['exposure-compensation', '0x10000', /out of range/],
    ['focus-mode', 'af-x', /af-c/],
    ['focus-area', 'everywhere', /wide/],
    ['still-image-store-destination', 'cloud', /host-pc/],
    ['white-balance-color-temp', 'warm', /5600K/],
    ['battery-remain', 'full', /80%/],
    ['focus-position', '1.5', /decimal/],
    ['zoom-operation', '0x100', /out of range/],
  ] as const)('%s %j', (name, input, mention) => expectInvalid(name, input, mention));

  it('carries the property and input as details', () => {
    try {
      parse('iso', 'lots');
      expect.unreachable();
    } catch (err) {
      expect((err as TetherError).details).toEqual({ property: 'iso', input: 'lots' });
    }
  });
});
