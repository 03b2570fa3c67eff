import { describe, expect, it } from 'vitest';
import { describeProperty } from './describe';

describe('describeProperty', () => {
  it('builds the view of a shutter speed with its available values', () => {
    const view = describeProperty({
      code: 0x0103,
      value: 0x0001007d,
      writable: true,
      available: [0x0014000a, 0x000100fa, 0],
    });
    expect(view).toEqual({
      name: 'shutter-speed',
      code: 0x0103,
      label: 'Shutter',
      group: 'exposure',
      value: 0x0001007d,
      hex: '0x1007d',
      formatted: '1/125',
      writable: true,
      available: [
        { value: 0x0014000a, hex: '0x14000a', formatted: '2"' },
        { value: 0x000100fa, hex: '0x100fa', formatted: '1/250' },
        { value: 0, hex: '0x0', formatted: 'BULB' },
      ],
    });
  });

  it('shows signed values in two’s complement hex and friendly EV', () => {
    const view = describeProperty({ code: 0x0101, value: -300, writable: true, available: [-300, 0, 700] });
    expect(view?.hex).toBe('0xfed4');
    expect(view?.formatted).toBe('-0.3');
    expect(view?.available.map((a) => a.formatted)).toEqual(['-0.3', '0.0', '+0.7']);
  });

  it('formats enums with their labels', () => {
    const view = describeProperty({ code: 0x0113, value: 0x17, writable: true, available: [1, 0x17] });
    expect(view?.name).toBe('focus-area');
    expect(view?.formatted).toBe('Tracking: Expand Flexible Spot');
    expect(view?.available.map((a) => a.formatted)).toEqual(['Wide', 'Tracking: Expand Flexible Spot']);
  });

  it('never reports a read-only property as writable', () => {
    const view = describeProperty({ code: 0x0702, value: 80, writable: true, available: [] });
    expect(view?.name).toBe('battery-remain');
    expect(view?.formatted).toBe('80%');
    expect(view?.writable).toBe(false);
  });

  it('keeps the camera’s writable flag for settings', () => {
    expect(describeProperty({ code: 0x0104, value: 800, writable: false, available: [] })?.writable).toBe(
      false,
    );
  });

  it('passes string properties through', () => {
    const view = describeProperty({
      code: 0x0765,
      value: 'FE 24-70mm F2.8 GM II',
      writable: false,
      available: [],
    });
    expect(view).toMatchObject({
      name: 'lens-model-name',
      hex: 'FE 24-70mm F2.8 GM II',
      formatted: 'FE 24-70mm F2.8 GM II',
    });
  });

  it('returns null for codes the catalog does not know', () => {
    expect(describeProperty({ code: 0x0fff, value: 1, writable: true, available: [] })).toBeNull();
  });
});
