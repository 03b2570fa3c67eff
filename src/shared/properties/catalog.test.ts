import { describe, expect, it } from 'vitest';
import { PROPERTY_CATALOG, propertyByCode, propertyByName } from './catalog';
import { alphaSpecPropertyNames } from '../api/testing/alpha-spec';
import { normalizeToken } from './tokens';

/** The settings and status the studio's panels and services rely on (the design's property list). */
// prettier-ignore
const STUDIO_NAMES = [
  'iso', 'aperture', 'shutter-speed', 'exposure-compensation', 'white-balance', 'color-temperature', 'focus-mode',
  'focus-area', 'drive-mode', 'exposure-program-mode', 'file-format', 'image-quality', 'still-image-store-destination',
  'priority-key', 'battery-remain', 'battery-level', 'media-slot1-status', 'media-slot1-remaining-photos',
  'recording-state', 'focus-indication', 'live-view-image-quality',
];

describe('property catalog', () => {
  it('covers the names the studio relies on and the whole Alpha API PropertyName enum', () => {
    const alpha = alphaSpecPropertyNames();
    expect(alpha).toEqual(expect.arrayContaining(['priority-key', 'iso', 'shutter-speed']));
    for (const name of [...STUDIO_NAMES, ...alpha]) expect(propertyByName(name), name).toBeDefined();
  });

  it('has unique names, aliases and codes', () => {
    const names = PROPERTY_CATALOG.flatMap((d) => [d.name, ...(d.aliases ?? [])].map(normalizeToken));
    expect(new Set(names).size).toBe(names.length);
    const codes = PROPERTY_CATALOG.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses kebab-case Alpha API names', () => {
    for (const d of PROPERTY_CATALOG) expect(d.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('resolves aliases and ignores case, spaces and underscores', () => {
    expect(propertyByName('color-temperature')?.name).toBe('white-balance-color-temp');
    expect(propertyByName('white-balance-color-temp')?.code).toBe(0x0115);
    expect(propertyByName('ISO')?.name).toBe('iso');
    expect(propertyByName(' Shutter_Speed ')?.name).toBe('shutter-speed');
    expect(propertyByName('jpeg-quality')?.name).toBe('image-quality');
    expect(propertyByName('no-such-property')).toBeUndefined();
  });

  it('looks properties up by CRSDK code', () => {
    expect(propertyByCode(0x0100)?.name).toBe('aperture');
    expect(propertyByCode(0x0103)?.name).toBe('shutter-speed');
    expect(propertyByCode(0x0104)?.name).toBe('iso');
    expect(propertyByCode(0x011a)?.name).toBe('priority-key');
    expect(propertyByCode(0x0702)?.name).toBe('battery-remain');
    expect(propertyByCode(0xdead)).toBeUndefined();
  });

  it('gives the UI labels the panels use', () => {
    const labels: Record<string, string> = {
      iso: 'ISO',
      'shutter-speed': 'Shutter',
      aperture: 'Aperture',
      'exposure-compensation': 'Exposure comp.',
      'white-balance': 'White balance',
      'white-balance-color-temp': 'Color temp',
      'focus-mode': 'Focus mode',
      'focus-area': 'Focus area',
      'drive-mode': 'Drive mode',
      'exposure-program-mode': 'Exposure mode',
      'file-format': 'File format',
      'image-quality': 'JPEG quality',
      'still-image-store-destination': 'Store destination',
      'priority-key': 'Priority key',
      'battery-remain': 'Battery',
    };
    for (const [name, label] of Object.entries(labels)) expect(propertyByName(name)?.label, name).toBe(label);
    const all = PROPERTY_CATALOG.map((d) => d.label);
    expect(new Set(all).size, 'labels are accessible names and must be unique').toBe(all.length);
  });

  it('marks status values read-only and settings writable', () => {
    for (const name of [
      'battery-remain',
      'battery-level',
      'media-slot1-status',
      'recording-state',
      'focus-indication',
    ])
      expect(propertyByName(name)?.readOnly, name).toBe(true);
    for (const name of [
      'iso',
      'aperture',
      'priority-key',
      'still-image-store-destination',
      'live-view-image-quality',
    ])
      expect(propertyByName(name)?.readOnly, name).toBe(false);
  });

  it('gives every enum property a table and no other property one', () => {
    for (const d of PROPERTY_CATALOG) {
      if (d.encoding === 'enum') expect(d.enum?.length, d.name).toBeGreaterThan(0);
      else expect(d.enum, d.name).toBeUndefined();
      expect(d.encoding === 'string', d.name).toBe(d.valueType === 'string');
    }
  });

  it('keeps enum values inside the property value type', () => {
    for (const d of PROPERTY_CATALOG.filter((x) => x.enum)) {
      const bits = Number(d.valueType.replace(/\D/g, ''));
      const signed = d.valueType.startsWith('int');
      for (const { value } of d.enum ?? []) {
        expect(value, `${d.name} ${value}`).toBeGreaterThanOrEqual(signed ? -(2 ** (bits - 1)) : 0);
        expect(value, `${d.name} ${value}`).toBeLessThan(signed ? 2 ** (bits - 1) : 2 ** bits);
      }
    }
  });
});
