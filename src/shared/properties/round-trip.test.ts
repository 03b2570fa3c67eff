import { describe, expect, it } from 'vitest';
import { PROPERTY_CATALOG } from './catalog';
import { EXPOSURE_BIAS_VALUES } from './encodings/bias';
import {
  FNUMBER_IRIS_CLOSE,
  FNUMBER_NOTHING_TO_DISPLAY,
  FNUMBER_STOPS,
  FNUMBER_UNKNOWN,
} from './encodings/fnumber';
import { ISO_VALUES, isoValue } from './encodings/iso';
import { COLOR_TEMPS } from './encodings/kelvin';
import { SHUTTER_NOTHING, SHUTTER_SPEEDS, shutterValue } from './encodings/shutter';
import { DISTANCE_INFINITY } from './encodings/simple';
import { encodeMagnifier } from './focus-magnifier';
import { formatValue, toHex } from './format';
import { parseValue } from './parse';
import type { PropertyDef } from './types';
import { typeRange } from './value-types';

/** Every value the catalog can name for a property: its enum, or the encoding's value list. */
function valuesOf(def: PropertyDef): number[] {
  if (def.valueType === 'string') return [];
  const { max } = typeRange(def.valueType);
  switch (def.encoding) {
    case 'enum':
      return (def.enum ?? []).map((x) => x.value);
    case 'fnumber':
      return [
        ...FNUMBER_STOPS,
        95,
        120,
        4500,
        FNUMBER_IRIS_CLOSE,
        FNUMBER_NOTHING_TO_DISPLAY,
        FNUMBER_UNKNOWN,
      ];
    case 'shutter':
      return [...SHUTTER_SPEEDS, SHUTTER_NOTHING, shutterValue(1, 3), shutterValue(1, 16000)];
    case 'iso':
      return [
        ...ISO_VALUES,
        isoValue(3200, { mode: 1 }),
        isoValue(6400, { mode: 2 }),
        isoValue(0xffffff, { mode: 1 }),
      ];
    case 'bias':
      return EXPOSURE_BIAS_VALUES.filter((v) => def.name !== 'flash-compensation' || Math.abs(v) <= 3000);
    case 'kelvin':
      return [...COLOR_TEMPS];
    case 'percent':
      return Array.from({ length: 101 }, (_, i) => i);
    case 'distance':
      return [0, 1, 500, 1250, 123456, DISTANCE_INFINITY];
    case 'integer':
      return [0, 1, 7, 120, 255, 4096, 65535, max].filter((v, i, all) => v <= max && all.indexOf(v) === i);
    case 'magnifier':
      return [
        encodeMagnifier(0, null),
        encodeMagnifier(0, { x: 320, y: 240 }),
        encodeMagnifier(10, null),
        encodeMagnifier(50, { x: 64, y: 48 }),
        encodeMagnifier(119, { x: 639, y: 479 }),
      ];
    case 'string':
      return [];
  }
}

describe('round trip of every value of every property', () => {
  for (const def of PROPERTY_CATALOG) {
    const values = valuesOf(def);
    if (def.valueType === 'string') {
      it(`${def.name}: strings pass through unchanged`, () => {
        for (const s of ['', 'ILCE-7M4', ' spaced ', 'ÄÖ 東京']) {
          expect(parseValue(def, s)).toBe(s);
          expect(toHex(def, s)).toBe(s);
          expect(formatValue(def, s)).toBe(s);
        }
      });
      continue;
    }
    it(`${def.name}: parse(format(v)), parse(hex(v)) and parse(decimal(v)) give v for ${values.length} values`, () => {
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) {
        expect(parseValue(def, formatValue(def, v)), `format ${formatValue(def, v)}`).toBe(v);
        expect(parseValue(def, toHex(def, v)), `hex ${toHex(def, v)}`).toBe(v);
        expect(parseValue(def, String(v)), `decimal ${v}`).toBe(v);
      }
    });
  }
});

describe('enum entries', () => {
  for (const def of PROPERTY_CATALOG.filter((d) => d.encoding === 'enum')) {
    it(`${def.name}: every key, label and alias parses (any case, _ or -) to its own value`, () => {
      const values = new Set<number>();
      for (const entry of def.enum ?? []) {
        expect(values.has(entry.value), `duplicate value ${entry.value}`).toBe(false);
        values.add(entry.value);
        for (const text of [entry.key, entry.label, ...(entry.aliases ?? [])]) {
          expect(parseValue(def, text), text).toBe(entry.value);
          expect(parseValue(def, text.toUpperCase()), text.toUpperCase()).toBe(entry.value);
          expect(parseValue(def, text.replace(/-/g, '_')), text).toBe(entry.value);
        }
        expect(formatValue(def, entry.value)).toBe(entry.label);
      }
    });
  }

  it('formats values a table does not know as hex, and parses that hex back', () => {
    const def = PROPERTY_CATALOG.find((d) => d.name === 'focus-mode')!;
    expect(formatValue(def, 0x99)).toBe('0x99');
    expect(parseValue(def, '0x99')).toBe(0x99);
  });
});
