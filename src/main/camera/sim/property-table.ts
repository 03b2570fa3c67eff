import type { RawValue } from '../../../shared/camera-types';
import {
  COLOR_TEMPS,
  EXPOSURE_BIAS_VALUES,
  FNUMBER_STOPS,
  ISO_AUTO,
  ISO_VALUES,
  SHUTTER_BULB,
  SHUTTER_SPEEDS,
  TRACKING_FOCUS_AREAS,
  shutterValue,
} from '../../../shared/properties';
import { dioptres, type ProgramMode } from './exposure';
import { initKey, keys, notAuto, type SimPropSpec } from './property-spec';
import { FILE_AND_STATUS_PROPERTIES } from './property-table-file';
import { FOCUS_POSITION_MAX, INITIAL_FOCUS_M, focusPositionOf } from './focus-position';
import { MAGNIFIER_PROPERTY } from './magnifier-property';
import type { SimModel } from './sim-models';

/**
 * The simulated body's property table: which catalog properties an ILCE-7M4 reports, their factory
 * values, and the rules that decide, from the other settings, whether each is writable and which values
 * it offers right now. Codes and value encodings all come from the shared catalog.
 */

const PROGRAM_BY_KEY: Record<string, ProgramMode> = {
  manual: 'M',
  'program-auto': 'P',
  'aperture-priority': 'A',
  'shutter-priority': 'S',
  auto: 'AUTO',
};

/** Exposure program of an `exposure-program-mode` key. */
export function programOf(key: string | undefined): ProgramMode {
  return PROGRAM_BY_KEY[key ?? ''] ?? 'P';
}

const BASE_AREAS = [
  'wide',
  'zone',
  'center',
  'flexible-spot-s',
  'flexible-spot-m',
  'flexible-spot-l',
  'expand-flexible-spot',
];
const TRACKING_AREAS = BASE_AREAS.map((k) => `tracking-${k}`);

/** Focus-area keys that have a movable frame. */
export const MOVABLE_AREAS = new Set(
  BASE_AREAS.slice(1)
    .filter((k) => k !== 'center')
    .flatMap((k) => [k, `tracking-${k}`]),
);

/** Apertures the mounted lens offers. */
export function lensApertures(m: SimModel): number[] {
  return FNUMBER_STOPS.filter((f) => f >= m.lens.minF && f <= m.lens.maxF);
}

/** Shutter speeds without bulb (what the auto modes choose from). */
export const TIMED_SHUTTERS = SHUTTER_SPEEDS.filter((s) => s !== SHUTTER_BULB);

/** Plain ISO numbers of the standard range (ISO AUTO chooses from these). */
export const STANDARD_ISOS = ISO_VALUES.filter((v) => v !== ISO_AUTO && v < 0x1000000);

const EXPOSURE_FOCUS_PROPERTIES: readonly SimPropSpec[] = [
  {
    name: 'priority-key',
    init: initKey('priority-key', 'camera-position'),
    available: keys('priority-key', 'camera-position', 'pc-remote'),
  },
  {
    name: 'exposure-program-mode',
    init: initKey('exposure-program-mode', 'manual'),
    available: keys(
      'exposure-program-mode',
      'program-auto',
      'aperture-priority',
      'shutter-priority',
      'manual',
      'auto',
    ),
  },
  {
    name: 'aperture',
    init: () => 560,
    available: (c) => lensApertures(c.model),
    writable: (c) => ['A', 'M'].includes(c.program()),
  },
  {
    name: 'shutter-speed',
    init: () => shutterValue(1, 125),
    available: (c) => (c.program() === 'M' ? SHUTTER_SPEEDS : TIMED_SHUTTERS),
    writable: (c) => ['S', 'M'].includes(c.program()),
  },
  {
    name: 'iso',
    init: () => 800,
    // ISO AUTO cannot be combined with BULB on Sony bodies.
    available: (c) =>
      c.value('shutter-speed') === SHUTTER_BULB && c.program() === 'M'
        ? ISO_VALUES.filter((v) => v !== ISO_AUTO)
        : ISO_VALUES,
    writable: notAuto,
  },
  { name: 'iso-current', init: () => 800 },
  {
    name: 'exposure-compensation',
    init: () => 0,
    available: () => EXPOSURE_BIAS_VALUES,
    writable: (c) =>
      ['P', 'A', 'S'].includes(c.program()) || (c.program() === 'M' && c.value('iso') === ISO_AUTO),
  },
  {
    name: 'metering-mode',
    init: initKey('metering-mode', 'multi'),
    available: keys(
      'metering-mode',
      'multi',
      'center-weighted',
      'entire-screen-average',
      'spot-standard',
      'spot-large',
      'highlight-weighted',
    ),
  },
  {
    name: 'white-balance',
    init: initKey('white-balance', 'auto'),
    available: keys(
      'white-balance',
      'auto',
      'daylight',
      'shade',
      'cloudy',
      'incandescent',
      'fluorescent-warm-white',
      'fluorescent-cool-white',
      'fluorescent-day-white',
      'fluorescent-daylight',
      'flash',
      'underwater-auto',
      'color-temp',
      'custom-1',
      'custom-2',
      'custom-3',
    ),
    writable: notAuto,
  },
  {
    name: 'white-balance-color-temp',
    init: () => 5500,
    available: () => COLOR_TEMPS,
    writable: (c) => c.key('white-balance') === 'color-temp',
  },
  {
    name: 'dro',
    init: initKey('dro', 'off'),
    available: keys(
      'dro',
      'off',
      'auto',
      'plus-manual-1',
      'plus-manual-2',
      'plus-manual-3',
      'plus-manual-4',
      'plus-manual-5',
    ),
    writable: notAuto,
  },
  {
    name: 'focus-mode',
    init: initKey('focus-mode', 'af-s'),
    available: keys('focus-mode', 'af-s', 'af-a', 'af-c', 'dmf', 'mf'),
  },
  {
    name: 'focus-area',
    init: initKey('focus-area', 'flexible-spot-m'),
    available: (c) =>
      c.key('focus-mode') === 'af-c'
        ? keys('focus-area', ...BASE_AREAS, ...TRACKING_AREAS)()
        : keys('focus-area', ...BASE_AREAS)(),
    writable: (c) => c.key('focus-mode') !== 'mf',
  },
  { name: 'focus-indication', init: initKey('focus-indication', 'unlocked') },
  { name: 'focus-driving-status', init: initKey('focus-driving-status', 'not-driving') },
  { name: 'focus-distance', init: () => 3000 },
  {
    // CrDeviceProperty_FocusPositionSetting: UInt16Range 0x0000 (∞) .. 0xFFFF (closest), settable in MF.
    name: 'focus-position',
    init: (m) => focusPositionOf(dioptres(INITIAL_FOCUS_M), m.lens.minFocusM),
    range: { min: 0, max: FOCUS_POSITION_MAX, step: 1 },
    writable: (c) => c.key('focus-mode') === 'mf',
  },
  {
    name: 'focus-position-current',
    init: (m) => focusPositionOf(dioptres(INITIAL_FOCUS_M), m.lens.minFocusM),
  },
  // The focal length in 0.001 mm (a zoom ring, no power zoom: read-only), as the Alpha server reads it.
  { name: 'zoom-distance', init: (m) => m.lens.focalMm * 1000 },
  { name: 's1', init: initKey('s1', 'unlocked'), available: keys('s1', 'unlocked', 'locked') },
  {
    name: 'ae-lock',
    init: initKey('ae-lock', 'unlocked'),
    available: keys('ae-lock', 'unlocked', 'locked'),
    writable: notAuto,
  },
  {
    name: 'awb-lock',
    init: initKey('awb-lock', 'unlocked'),
    available: keys('awb-lock', 'unlocked', 'locked'),
    writable: (c) => c.key('white-balance') === 'auto',
  },
  { name: 'subject-recognition-af', init: initKey('subject-recognition-af', 'priority-af') },
  {
    name: 'recognition-target',
    init: initKey('recognition-target', 'person'),
    available: keys(
      'recognition-target',
      'person',
      'animal-bird',
      'animal',
      'bird',
      'insect',
      'car-train',
      'plane',
    ),
  },
  { name: 'right-left-eye-select', init: initKey('right-left-eye-select', 'auto') },
  { name: 'priority-set-in-af-s', init: initKey('priority-set-in-af-s', 'balanced-emphasis') },
  { name: 'priority-set-in-af-c', init: initKey('priority-set-in-af-c', 'balanced-emphasis') },
  {
    name: 'af-tracking-sensitivity',
    init: initKey('af-tracking-sensitivity', '3'),
    writable: (c) => c.key('focus-mode') === 'af-c',
  },
];

/** Every property the simulated body reports. */
export const SIM_PROPERTIES: readonly SimPropSpec[] = [
  ...EXPOSURE_FOCUS_PROPERTIES,
  MAGNIFIER_PROPERTY,
  ...FILE_AND_STATUS_PROPERTIES,
];

/** The focus-area key with its tracking prefix removed (`tracking-zone` → `zone`). */
export function baseArea(key: string): string {
  return key.startsWith('tracking-') ? key.slice('tracking-'.length) : key;
}

/** True for focus-area values that exist only in AF-C. */
export function isTrackingArea(value: RawValue): boolean {
  return typeof value === 'number' && TRACKING_FOCUS_AREAS.includes(value);
}
