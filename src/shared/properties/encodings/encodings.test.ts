import { describe, expect, it } from 'vitest';
import { EXPOSURE_BIAS_VALUES } from './bias';
import { FNUMBER_NOTHING_TO_DISPLAY, FNUMBER_STOPS, FNUMBER_UNKNOWN, formatFnumber } from './fnumber';
import { ISO_AUTO, ISO_EXT_FLAG, ISO_VALUES, isoParts, isoValue } from './iso';
import { COLOR_TEMPS } from './kelvin';
import { SHUTTER_BULB, SHUTTER_SPEEDS, shutterSeconds, shutterValue } from './shutter';

describe('value lists for a simulated ILCE-7M4', () => {
  it('lists F-numbers f/1.4 … f/22 in 25 one-third stops, ascending', () => {
    // f/1.4 → f/22 is 8 stops: 8 × 3 thirds + the first one.
    expect(FNUMBER_STOPS).toHaveLength(8 * 3 + 1);
    expect(FNUMBER_STOPS[0]).toBe(140);
    expect(FNUMBER_STOPS.at(-1)).toBe(2200);
    expect([...FNUMBER_STOPS].sort((a, b) => a - b)).toEqual(FNUMBER_STOPS);
  });

  it('names the special F-numbers as CRSDK does: 0xFFFE Unknown ("--"), 0xFFFF Nothing', () => {
    expect(FNUMBER_UNKNOWN).toBe(0xfffe);
    expect(FNUMBER_NOTHING_TO_DISPLAY).toBe(0xffff);
    expect(formatFnumber(FNUMBER_UNKNOWN)).toBe('--');
    expect(formatFnumber(FNUMBER_NOTHING_TO_DISPLAY)).toBe('N/A');
  });

  it('encodes shutter speeds as CRSDK does', () => {
    expect(shutterValue(1, 250)).toBe(0x000100fa);
    expect(shutterValue(20, 10)).toBe(0x0014000a);
    expect(shutterValue(3, 10)).toBe(0x0003000a);
    expect(SHUTTER_SPEEDS[0]).toBe(SHUTTER_BULB);
    expect(SHUTTER_SPEEDS[1]).toBe(0x012c000a);
    expect(SHUTTER_SPEEDS.at(-1)).toBe(0x00011f40);
    expect(SHUTTER_SPEEDS).toContain(0x000100fa);
    expect(SHUTTER_SPEEDS).toContain(0x0014000a);
    // BULB, then 30" → 1/8000: 18 stops in thirds (the nominal Sony series), both ends included.
    expect(SHUTTER_SPEEDS).toHaveLength(1 + 18 * 3 + 1);
  });

  it('orders shutter speeds from 30" to 1/8000 in roughly 1/3-stop steps', () => {
    const secs = SHUTTER_SPEEDS.slice(1).map((v) => shutterSeconds(v)!);
    for (let i = 1; i < secs.length; i++) {
      const stops = Math.log2(secs[i - 1] / secs[i]);
      expect(stops, `${secs[i - 1]} → ${secs[i]}`).toBeGreaterThan(0.2);
      expect(stops).toBeLessThan(0.5);
    }
  });

  it('lists ISO AUTO, expanded 50–80, 100–51200, expanded 64000–204800', () => {
    expect(ISO_VALUES[0]).toBe(ISO_AUTO);
    expect(ISO_VALUES).toContain(800);
    expect(ISO_VALUES).toContain(51200);
    expect(ISO_VALUES).toContain(ISO_EXT_FLAG | 50);
    expect(ISO_VALUES).toContain((ISO_EXT_FLAG | 204800) >>> 0);
    // AUTO, expanded 50/64/80, 100 → 51200 (9 stops in thirds), expanded 64000 → 204800 (6 values).
    expect(ISO_VALUES).toHaveLength(1 + 3 + (9 * 3 + 1) + 6);
    for (const v of ISO_VALUES.slice(1)) {
      const { iso, ext } = isoParts(v);
      expect(ext, String(iso)).toBe(iso < 100 || iso > 51200);
    }
  });

  it('splits and builds ISO values with modes', () => {
    expect(isoValue(3200, { mode: 1 })).toBe(0x01000c80);
    expect(isoParts(0x02000c80)).toEqual({ iso: 3200, auto: false, mode: 2, ext: false });
    expect(isoParts(0x10000032)).toEqual({ iso: 50, auto: false, mode: 0, ext: true });
    expect(isoParts(ISO_AUTO).auto).toBe(true);
  });

  it('lists exposure bias −5.0 … +5.0 in Sony thirds (×1000)', () => {
    // −5 → +5 EV is 10 stops: 10 × 3 thirds + 0.
    expect(EXPOSURE_BIAS_VALUES).toHaveLength(10 * 3 + 1);
    expect(EXPOSURE_BIAS_VALUES.slice(0, 4)).toEqual([-5000, -4700, -4300, -4000]);
    expect(EXPOSURE_BIAS_VALUES.slice(14, 17)).toEqual([-300, 0, 300]);
    expect(EXPOSURE_BIAS_VALUES.at(-1)).toBe(5000);
    expect(EXPOSURE_BIAS_VALUES).toContain(700);
  });

  it('lists colour temperatures 2500–9900 K step 100', () => {
    expect(COLOR_TEMPS[0]).toBe(2500);
    expect(COLOR_TEMPS.at(-1)).toBe(9900);
    expect(COLOR_TEMPS.every((v, i) => i === 0 || v - COLOR_TEMPS[i - 1] === 100)).toBe(true);
  });
});
