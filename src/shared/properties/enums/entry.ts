import type { EnumEntry } from '../types';

/** Shorthand for one enum entry; extra arguments are accepted aliases (often the CRSDK enumerator suffix). */
export function e(value: number, key: string, label: string, ...aliases: string[]): EnumEntry {
  return aliases.length ? { value, key, label, aliases } : { value, key, label };
}

/** Off/On pair as most newer CRSDK enums define it (`Off = 0x01, On = 0x02`). */
export const OFF1_ON2: readonly EnumEntry[] = [e(1, 'off', 'Off'), e(2, 'on', 'On')];

/** Off/On pair for the older CRSDK enums (`Off = 0x00, On = 0x01`). */
export const OFF0_ON1: readonly EnumEntry[] = [e(0, 'off', 'Off'), e(1, 'on', 'On')];

/** Disable/Enable status pair (`Disable = 0x00, Enable = 0x01`). */
export const DISABLE0_ENABLE1: readonly EnumEntry[] = [
  e(0, 'disable', 'Disabled', 'disabled'),
  e(1, 'enable', 'Enabled', 'enabled'),
];

/** CrLockIndicator, used by S1, AEL, FEL and AWBL. */
export const LOCK_INDICATOR: readonly EnumEntry[] = [
  e(0, 'unknown', 'Unknown'),
  e(1, 'unlocked', 'Unlocked', 'unlock', 'off'),
  e(2, 'locked', 'Locked', 'lock', 'on'),
];
