import type { EnumEntry } from '../types';
import { e } from './entry';

// CrDriveMode (UInt32) from CRSDK CrDeviceProperty.h. The bracket enumerators follow each other from
// 0x00040301 (continuous) and 0x00050001 (single) in the order of BRACKET_STEPS below.

/** [EV ×10, pictures, direction] in CRSDK enumerator order. */
// prettier-ignore
const BRACKET_STEPS: ReadonlyArray<readonly [number, number, '' | 'plus' | 'minus']> = [
  [3, 3, ''], [3, 5, ''], [3, 9, ''], [5, 3, ''], [5, 5, ''], [5, 9, ''], [7, 3, ''], [7, 5, ''], [7, 9, ''],
  [10, 3, ''], [10, 5, ''], [10, 9, ''], [20, 3, ''], [20, 5, ''], [30, 3, ''], [30, 5, ''],
  [3, 2, 'plus'], [3, 2, 'minus'], [3, 7, ''], [5, 2, 'plus'], [5, 2, 'minus'], [5, 7, ''],
  [7, 2, 'plus'], [7, 2, 'minus'], [7, 7, ''], [10, 2, 'plus'], [10, 2, 'minus'], [10, 7, ''],
  [13, 2, 'plus'], [13, 2, 'minus'], [13, 3, ''], [13, 5, ''], [13, 7, ''],
  [15, 2, 'plus'], [15, 2, 'minus'], [15, 3, ''], [15, 5, ''], [15, 7, ''],
  [17, 2, 'plus'], [17, 2, 'minus'], [17, 3, ''], [17, 5, ''], [17, 7, ''],
  [20, 2, 'plus'], [20, 2, 'minus'], [20, 7, ''],
  [23, 2, 'plus'], [23, 2, 'minus'], [23, 3, ''], [23, 5, ''],
  [25, 2, 'plus'], [25, 2, 'minus'], [25, 3, ''], [25, 5, ''],
  [27, 2, 'plus'], [27, 2, 'minus'], [27, 3, ''], [27, 5, ''],
  [30, 2, 'plus'], [30, 2, 'minus'],
];

function brackets(base: number, kind: 'continuous' | 'single'): EnumEntry[] {
  return BRACKET_STEPS.map(([ev10, pics, dir], i) => {
    const ev = (ev10 / 10).toFixed(1);
    const sdk = `${kind === 'continuous' ? 'Continuous' : 'Single'}_Bracket_${String(ev10).padStart(2, '0')}Ev_${pics}pics${dir ? `_${dir === 'plus' ? 'Plus' : 'Minus'}` : ''}`;
    const key = `${kind}-bracket-${ev}ev-${pics}pics${dir ? `-${dir}` : ''}`;
    const label = `${kind === 'continuous' ? 'Cont.' : 'Single'} Bracket ${ev}EV ${pics} pics${dir ? ` (${dir})` : ''}`;
    return e(base + i, key, label, sdk);
  });
}

/** CrDriveMode (UInt32). */
export const DRIVE_MODE: readonly EnumEntry[] = [
  e(0x00000001, 'single', 'Single Shooting', 'Single'),
  e(0x00010001, 'continuous-hi', 'Cont. Hi', 'Continuous_Hi'),
  e(0x00010002, 'continuous-hi-plus', 'Cont. Hi+', 'Continuous_Hi_Plus'),
  e(0x00010003, 'continuous-hi-live', 'Cont. Hi Live', 'Continuous_Hi_Live'),
  e(0x00010004, 'continuous-lo', 'Cont. Lo', 'Continuous_Lo'),
  e(0x00010005, 'continuous', 'Continuous'),
  e(0x00010006, 'continuous-speed-priority', 'Cont. Speed Priority', 'Continuous_SpeedPriority'),
  e(0x00010007, 'continuous-mid', 'Cont. Mid', 'Continuous_Mid'),
  e(0x00010008, 'continuous-mid-live', 'Cont. Mid Live', 'Continuous_Mid_Live'),
  e(0x00010009, 'continuous-lo-live', 'Cont. Lo Live', 'Continuous_Lo_Live'),
  e(0x00011001, 'single-burst-lo', 'Single Burst Lo', 'SingleBurstShooting_lo'),
  e(0x00011002, 'single-burst-mid', 'Single Burst Mid', 'SingleBurstShooting_mid'),
  e(0x00011003, 'single-burst-hi', 'Single Burst Hi', 'SingleBurstShooting_hi'),
  e(0x00012001, 'focus-bracket', 'Focus Bracket', 'FocusBracket'),
  e(0x00020001, 'timelapse', 'Timelapse'),
  e(0x00030001, 'timer-2s', 'Self-timer 2s', 'Timer_2s'),
  e(0x00030002, 'timer-5s', 'Self-timer 5s', 'Timer_5s'),
  e(0x00030003, 'timer-10s', 'Self-timer 10s', 'Timer_10s'),
  ...brackets(0x00040301, 'continuous'),
  ...brackets(0x00050001, 'single'),
  e(0x00060001, 'wb-bracket-lo', 'WB Bracket Lo', 'WB_Bracket_Lo'),
  e(0x00060002, 'wb-bracket-hi', 'WB Bracket Hi', 'WB_Bracket_Hi'),
  e(0x00070001, 'dro-bracket-lo', 'DRO Bracket Lo', 'DRO_Bracket_Lo'),
  e(0x00070002, 'dro-bracket-hi', 'DRO Bracket Hi', 'DRO_Bracket_Hi'),
  e(0x00080001, 'continuous-timer-3pics', 'Self-timer (Cont.) 10s 3 pics', 'Continuous_Timer_3pics'),
  e(0x00080002, 'continuous-timer-5pics', 'Self-timer (Cont.) 10s 5 pics', 'Continuous_Timer_5pics'),
  e(0x00080003, 'continuous-timer-2s-3pics', 'Self-timer (Cont.) 2s 3 pics', 'Continuous_Timer_2s_3pics'),
  e(0x00080004, 'continuous-timer-2s-5pics', 'Self-timer (Cont.) 2s 5 pics', 'Continuous_Timer_2s_5pics'),
  e(0x00080005, 'continuous-timer-5s-3pics', 'Self-timer (Cont.) 5s 3 pics', 'Continuous_Timer_5s_3pics'),
  e(0x00080006, 'continuous-timer-5s-5pics', 'Self-timer (Cont.) 5s 5 pics', 'Continuous_Timer_5s_5pics'),
  e(0x10000001, 'lpf-bracket', 'LPF Bracket', 'LPF_Bracket'),
  e(0x10000002, 'remote-commander', 'Remote Commander', 'RemoteCommander'),
  e(0x10000003, 'mirror-up', 'Mirror Up', 'MirrorUp'),
  e(0x10000004, 'self-portrait-1', 'Self Portrait 1', 'SelfPortrait_1'),
  e(0x10000005, 'self-portrait-2', 'Self Portrait 2', 'SelfPortrait_2'),
];
