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
  propertyByName,
  shutterValue,
  type PropertyDef,
} from '../../../shared/properties';
import type { ProgramMode } from './exposure';
import type { SimModel } from './sim-models';

/**
 * The simulated body's property table: which catalog properties an ILCE-7M4 reports, their factory
 * values, and the rules that decide, from the other settings, whether each is writable and which values
 * it offers right now. Codes and value encodings all come from the shared catalog.
 */

/** Read access to the current values, for rules. */
export interface RuleContext {
  readonly model: SimModel;
  value(name: string): RawValue;
  /** Enum key of the current value (`af-c`), or undefined. */
  key(name: string): string | undefined;
  /** The exposure program as the sim reasons about it. */
  program(): ProgramMode;
}

/** One property the sim reports. */
export interface SimPropSpec {
  readonly name: string;
  readonly init: (m: SimModel) => RawValue;
  /** Values the body offers now (before priority-key gating); default: every catalog enum value. */
  readonly available?: (c: RuleContext) => readonly RawValue[];
  /** Writable now (before priority-key gating); default true unless the catalog marks it read-only. */
  readonly writable?: (c: RuleContext) => boolean;
}

/** The catalog entry for `name`; a missing core entry is a programming error. */
export function catalogDef(name: string): PropertyDef {
  const d = propertyByName(name);
  if (!d) throw new Error(`sim: property ${name} missing from the catalog`);
  return d;
}

/** Raw value of an enum key (`enumValue('focus-mode', 'af-c')`). */
export function enumValue(name: string, key: string): number {
  const entry = catalogDef(name).enum?.find((e) => e.key === key);
  if (!entry) throw new Error(`sim: ${name} has no enum key ${key}`);
  return entry.value;
}

/** Enum key of a raw value. */
export function enumKey(name: string, value: RawValue): string | undefined {
  return catalogDef(name).enum?.find((e) => e.value === value)?.key;
}

const keys =
  (name: string, ...ks: string[]) =>
  (): number[] =>
    ks.map((k) => enumValue(name, k));
const initKey = (name: string, key: string) => () => enumValue(name, key);

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

const BASE_AREAS = ['wide', 'zone', 'center', 'flexible-spot-s', 'flexible-spot-m', 'flexible-spot-l', 'expand-flexible-spot'];
const TRACKING_AREAS = BASE_AREAS.map((k) => `tracking-${k}`);

/** Focus-area keys that have a movable frame. */
export const MOVABLE_AREAS = new Set(BASE_AREAS.slice(1).filter((k) => k !== 'center').flatMap((k) => [k, `tracking-${k}`]));

/** Apertures the mounted lens offers. */
export function lensApertures(m: SimModel): number[] {
  return FNUMBER_STOPS.filter((f) => f >= m.lens.minF && f <= m.lens.maxF);
}

/** Shutter speeds without bulb (what the auto modes choose from). */
export const TIMED_SHUTTERS = SHUTTER_SPEEDS.filter((s) => s !== SHUTTER_BULB);

/** Plain ISO numbers of the standard range (ISO AUTO chooses from these). */
export const STANDARD_ISOS = ISO_VALUES.filter((v) => v !== ISO_AUTO && v < 0x1000000);

const notAuto = (c: RuleContext) => c.program() !== 'AUTO';
const enumDefault = (name: string): readonly RawValue[] => (catalogDef(name).enum ?? []).map((e) => e.value);

/** Every property the simulated body reports, in catalog order of importance. */
export const SIM_PROPERTIES: readonly SimPropSpec[] = [
  { name: 'priority-key', init: initKey('priority-key', 'camera-position'), available: keys('priority-key', 'camera-position', 'pc-remote') },
  {
    name: 'exposure-program-mode',
    init: initKey('exposure-program-mode', 'manual'),
    available: keys('exposure-program-mode', 'program-auto', 'aperture-priority', 'shutter-priority', 'manual', 'auto'),
  },
  { name: 'aperture', init: () => 560, available: (c) => lensApertures(c.model), writable: (c) => ['A', 'M'].includes(c.program()) },
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
    available: (c) => (c.value('shutter-speed') === SHUTTER_BULB && c.program() === 'M' ? ISO_VALUES.filter((v) => v !== ISO_AUTO) : ISO_VALUES),
    writable: notAuto,
  },
  { name: 'iso-current', init: () => 800 },
  {
    name: 'exposure-compensation',
    init: () => 0,
    available: () => EXPOSURE_BIAS_VALUES,
    writable: (c) => ['P', 'A', 'S'].includes(c.program()) || (c.program() === 'M' && c.value('iso') === ISO_AUTO),
  },
  {
    name: 'metering-mode',
    init: initKey('metering-mode', 'multi'),
    available: keys('metering-mode', 'multi', 'center-weighted', 'entire-screen-average', 'spot-standard', 'spot-large', 'highlight-weighted'),
  },
  {
    name: 'white-balance',
    init: initKey('white-balance', 'auto'),
    available: keys('white-balance', 'auto', 'daylight', 'shade', 'cloudy', 'incandescent', 'fluorescent-warm-white', 'fluorescent-cool-white', 'fluorescent-day-white', 'fluorescent-daylight', 'flash', 'underwater-auto', 'color-temp', 'custom-1', 'custom-2', 'custom-3'),
    writable: notAuto,
  },
  { name: 'white-balance-color-temp', init: () => 5500, available: () => COLOR_TEMPS, writable: (c) => c.key('white-balance') === 'color-temp' },
  { name: 'dro', init: initKey('dro', 'off'), available: keys('dro', 'off', 'auto', 'plus-manual-1', 'plus-manual-2', 'plus-manual-3', 'plus-manual-4', 'plus-manual-5'), writable: notAuto },
  { name: 'focus-mode', init: initKey('focus-mode', 'af-s'), available: keys('focus-mode', 'af-s', 'af-a', 'af-c', 'dmf', 'mf') },
  {
    name: 'focus-area',
    init: initKey('focus-area', 'flexible-spot-m'),
    available: (c) => (c.key('focus-mode') === 'af-c' ? keys('focus-area', ...BASE_AREAS, ...TRACKING_AREAS)() : keys('focus-area', ...BASE_AREAS)()),
    writable: (c) => c.key('focus-mode') !== 'mf',
  },
  { name: 'focus-indication', init: initKey('focus-indication', 'unlocked') },
  { name: 'focus-driving-status', init: initKey('focus-driving-status', 'not-driving') },
  { name: 'focus-distance', init: () => 3000 },
  { name: 's1', init: initKey('s1', 'unlocked'), available: keys('s1', 'unlocked', 'locked') },
  { name: 'ae-lock', init: initKey('ae-lock', 'unlocked'), available: keys('ae-lock', 'unlocked', 'locked'), writable: notAuto },
  { name: 'awb-lock', init: initKey('awb-lock', 'unlocked'), available: keys('awb-lock', 'unlocked', 'locked'), writable: (c) => c.key('white-balance') === 'auto' },
  { name: 'subject-recognition-af', init: initKey('subject-recognition-af', 'priority-af') },
  { name: 'recognition-target', init: initKey('recognition-target', 'person'), available: keys('recognition-target', 'person', 'animal-bird', 'animal', 'bird', 'insect', 'car-train', 'plane') },
  { name: 'right-left-eye-select', init: initKey('right-left-eye-select', 'auto') },
  { name: 'priority-set-in-af-s', init: initKey('priority-set-in-af-s', 'balanced-emphasis') },
  { name: 'priority-set-in-af-c', init: initKey('priority-set-in-af-c', 'balanced-emphasis') },
  { name: 'af-tracking-sensitivity', init: initKey('af-tracking-sensitivity', '3'), writable: (c) => c.key('focus-mode') === 'af-c' },
  {
    name: 'drive-mode',
    init: initKey('drive-mode', 'single'),
    available: keys('drive-mode', 'single', 'continuous-hi', 'continuous-mid', 'continuous-lo', 'timer-10s', 'timer-5s', 'timer-2s', 'continuous-bracket-0.3ev-3pics', 'continuous-bracket-0.7ev-3pics', 'continuous-bracket-1.0ev-3pics', 'single-bracket-0.3ev-3pics'),
  },
  { name: 'shutter-type', init: () => enumDefault('shutter-type')[0] },
  { name: 'silent-mode', init: initKey('silent-mode', 'off') },
  { name: 'e-front-curtain-shutter', init: initKey('e-front-curtain-shutter', 'on') },
  { name: 'file-format', init: initKey('file-format', 'jpeg'), available: keys('file-format', 'jpeg', 'raw', 'raw-jpeg') },
  {
    name: 'image-quality',
    init: initKey('image-quality', 'fine'),
    available: keys('image-quality', 'extra-fine', 'fine', 'standard', 'light'),
    writable: (c) => c.key('file-format') !== 'raw',
  },
  {
    name: 'raw-compression',
    init: initKey('raw-compression', 'lossless'),
    available: keys('raw-compression', 'compressed', 'lossless', 'uncompressed'),
    writable: (c) => c.key('file-format') !== 'jpeg',
  },
  // RAW recording fixes the JPEG size at L.
  { name: 'image-size', init: initKey('image-size', 'l'), available: keys('image-size', 'l', 'm', 's'), writable: (c) => c.key('file-format') === 'jpeg' },
  { name: 'still-image-store-destination', init: initKey('still-image-store-destination', 'both'), available: keys('still-image-store-destination', 'host-pc', 'memory-card', 'both') },
  {
    name: 'raw-jpeg-pc-save-image',
    init: initKey('raw-jpeg-pc-save-image', 'raw-and-jpeg'),
    available: keys('raw-jpeg-pc-save-image', 'raw-and-jpeg', 'jpeg-only', 'raw-only'),
    writable: (c) => c.key('file-format') === 'raw-jpeg' && c.key('still-image-store-destination') !== 'memory-card',
  },
  { name: 'creative-look', init: initKey('creative-look', 'st'), writable: notAuto },
  { name: 'high-iso-nr', init: initKey('high-iso-nr', 'normal'), writable: notAuto },
  { name: 'long-exposure-nr', init: initKey('long-exposure-nr', 'on') },
  { name: 'image-stabilization', init: initKey('image-stabilization', 'on') },
  { name: 'color-space', init: initKey('color-space', 'srgb') },
  { name: 'flicker-less-shooting', init: initKey('flicker-less-shooting', 'off') },
  { name: 'live-view-image-quality', init: initKey('live-view-image-quality', 'high') },
  { name: 'live-view-status', init: initKey('live-view-status', 'enabled') },
  { name: 'recording-state', init: initKey('recording-state', 'not-recording') },
  { name: 'battery-remain', init: () => 87 },
  { name: 'battery-level', init: initKey('battery-level', '4/4') },
  { name: 'media-slot1-status', init: initKey('media-slot1-status', 'ok') },
  { name: 'media-slot1-remaining-photos', init: () => 0 },
  { name: 'media-slot1-remaining-time', init: () => 0 },
  { name: 'media-slot1-writing-state', init: initKey('media-slot1-writing-state', 'not-writing') },
  { name: 'media-slot2-status', init: initKey('media-slot2-status', 'no-card') },
  { name: 'media-slot2-remaining-photos', init: () => 0 },
  { name: 'media-slot2-remaining-time', init: () => 0 },
  { name: 'sdk-control-mode', init: initKey('sdk-control-mode', 'remote') },
  { name: 'camera-setting-save-enable', init: initKey('camera-setting-save-enable', 'enable') },
  { name: 'camera-setting-read-enable', init: initKey('camera-setting-read-enable', 'enable') },
  { name: 'camera-setting-save-read-state', init: initKey('camera-setting-save-read-state', 'idle') },
  { name: 'overheating-state', init: initKey('overheating-state', 'not-overheating') },
  { name: 'software-version', init: (m) => m.firmware.split(' v')[1] ?? m.firmware },
  { name: 'lens-model-name', init: (m) => m.lens.name },
];

/** Catalog-default values for specs without an explicit list (all enum values). */
export function defaultAvailable(name: string): readonly RawValue[] {
  return enumDefault(name);
}

/** The focus-area key with its tracking prefix removed (`tracking-zone` → `zone`). */
export function baseArea(key: string): string {
  return key.startsWith('tracking-') ? key.slice('tracking-'.length) : key;
}

/** True for focus-area values that exist only in AF-C. */
export function isTrackingArea(value: RawValue): boolean {
  return typeof value === 'number' && TRACKING_FOCUS_AREAS.includes(value);
}
