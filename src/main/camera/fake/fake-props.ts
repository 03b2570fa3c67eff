import type { RawProperty, RawValue } from '../../../shared/camera-types';
import { ISO_AUTO, propertyByName } from '../../../shared/properties/index';

function prop(name: string, value: RawValue, writable: boolean, available: RawValue[] = []): RawProperty {
  const def = propertyByName(name);
  if (!def) throw new Error(`catalog has no ${name}`);
  return { code: def.code, value, writable, available };
}

/** Code of a catalog property. */
export function codeOf(name: string): number {
  const def = propertyByName(name);
  if (!def) throw new Error(`catalog has no ${name}`);
  return def.code;
}

/** A small, realistic property set for fake cameras (priority key on pc-remote, AF-S, A mode). */
export function fakeProps(
  overrides: { priorityKey?: 'pc-remote' | 'camera-position'; focus?: 'af-s' | 'af-c' | 'mf' } = {},
): RawProperty[] {
  const focusMode =
    propertyByName('focus-mode')?.enum?.find((e) => e.key === (overrides.focus ?? 'af-s'))?.value ?? 2;
  const priority =
    propertyByName('priority-key')?.enum?.find((e) => e.key === (overrides.priorityKey ?? 'pc-remote'))
      ?.value ?? 2;
  return [
    prop('iso', 800, true, [100, 200, 400, 800, 1600, ISO_AUTO]),
    prop('aperture', 560, true, [280, 400, 560, 800]),
    prop('shutter-speed', (1 << 16) | 250, false, []),
    prop('focus-mode', focusMode, true, [1, 2, 3]),
    prop('priority-key', priority, true, [1, 2]),
    prop('battery-remain', 80, false),
    { code: 0xfffe, value: 1, writable: true, available: [] },
  ];
}

const key = (name: string, k: string): number => {
  const v = propertyByName(name)?.enum?.find((e) => e.key === k)?.value;
  if (v === undefined) throw new Error(`catalog has no ${name}=${k}`);
  return v;
};

/**
 * What a fake body reports when it runs the driver contract: {@link fakeProps} plus white balance and the
 * still-image store destination, with the priority key starting on the camera like a real body.
 */
export function contractProps(): RawProperty[] {
  const wb = ['auto', 'daylight', 'shade', 'cloudy'].map((k) => key('white-balance', k));
  const dest = ['host-pc', 'memory-card', 'both'].map((k) => key('still-image-store-destination', k));
  return [
    ...fakeProps({ priorityKey: 'camera-position' }),
    prop('white-balance', wb[0], true, wb),
    prop('still-image-store-destination', dest[1], true, dest),
  ];
}
