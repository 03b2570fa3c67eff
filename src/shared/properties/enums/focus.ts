import type { EnumEntry } from '../types';
import { e } from './entry';

// Values from CRSDK CrDeviceProperty.h (CrFocusMode, CrFocusArea, CrFocusIndicator, …).

/** CrFocusMode (UInt16). */
export const FOCUS_MODE: readonly EnumEntry[] = [
  e(1, 'mf', 'MF', 'manual'),
  e(2, 'af-s', 'AF-S', 'single-af'),
  e(3, 'af-c', 'AF-C', 'continuous-af'),
  e(4, 'af-a', 'AF-A', 'automatic-af'),
  e(5, 'af-d', 'AF-D'),
  e(6, 'dmf', 'DMF'),
  e(7, 'pf', 'PF'),
];

/** CrFocusArea (UInt16). Tracking variants are offered by the body only in continuous AF. */
export const FOCUS_AREA: readonly EnumEntry[] = [
  e(0x01, 'wide', 'Wide'),
  e(0x02, 'zone', 'Zone'),
  e(0x03, 'center', 'Center', 'center-fix'),
  e(0x04, 'flexible-spot-s', 'Flexible Spot: S', 'Flexible_Spot_S'),
  e(0x05, 'flexible-spot-m', 'Flexible Spot: M', 'Flexible_Spot_M'),
  e(0x06, 'flexible-spot-l', 'Flexible Spot: L', 'Flexible_Spot_L'),
  e(0x07, 'expand-flexible-spot', 'Expand Flexible Spot', 'Expand_Flexible_Spot'),
  e(0x08, 'flexible-spot', 'Flexible Spot', 'Flexible_Spot'),
  e(0x11, 'tracking-wide', 'Tracking: Wide', 'Tracking_Wide'),
  e(0x12, 'tracking-zone', 'Tracking: Zone', 'Tracking_Zone'),
  e(0x13, 'tracking-center', 'Tracking: Center', 'Tracking_Center'),
  e(0x14, 'tracking-flexible-spot-s', 'Tracking: Flexible Spot S', 'Tracking_Flexible_Spot_S'),
  e(0x15, 'tracking-flexible-spot-m', 'Tracking: Flexible Spot M', 'Tracking_Flexible_Spot_M'),
  e(0x16, 'tracking-flexible-spot-l', 'Tracking: Flexible Spot L', 'Tracking_Flexible_Spot_L'),
  e(0x17, 'tracking-expand-flexible-spot', 'Tracking: Expand Flexible Spot', 'Tracking_Expand_Flexible_Spot'),
  e(0x18, 'tracking-flexible-spot', 'Tracking: Flexible Spot', 'Tracking_Flexible_Spot'),
  e(0x19, 'flexible-spot-xs', 'Flexible Spot: XS', 'Flexible_Spot_XS'),
  e(0x1a, 'flexible-spot-xl', 'Flexible Spot: XL', 'Flexible_Spot_XL'),
  e(0x1b, 'flexible-spot-free-size-1', 'Flexible Spot: Free Size 1', 'Flexible_Spot_FreeSize1'),
  e(0x1c, 'flexible-spot-free-size-2', 'Flexible Spot: Free Size 2', 'Flexible_Spot_FreeSize2'),
  e(0x1d, 'flexible-spot-free-size-3', 'Flexible Spot: Free Size 3', 'Flexible_Spot_FreeSize3'),
  e(0x23, 'tracking-flexible-spot-xs', 'Tracking: Flexible Spot XS', 'Tracking_Flexible_Spot_XS'),
  e(0x24, 'tracking-flexible-spot-xl', 'Tracking: Flexible Spot XL', 'Tracking_Flexible_Spot_XL'),
  e(0x25, 'tracking-flexible-spot-free-size-1', 'Tracking: Free Size 1', 'Tracking_Flexible_Spot_FreeSize1'),
  e(0x26, 'tracking-flexible-spot-free-size-2', 'Tracking: Free Size 2', 'Tracking_Flexible_Spot_FreeSize2'),
  e(0x27, 'tracking-flexible-spot-free-size-3', 'Tracking: Free Size 3', 'Tracking_Flexible_Spot_FreeSize3'),
];

/** Focus-area values that exist only while focus mode is continuous (AF-C). */
export const TRACKING_FOCUS_AREAS: readonly number[] = FOCUS_AREA.filter((x) =>
  x.key.startsWith('tracking-'),
).map((x) => x.value);

/** CrFocusIndicator (UInt32). */
export const FOCUS_INDICATOR: readonly EnumEntry[] = [
  e(0x00000001, 'unlocked', 'Unlocked'),
  e(0x00000102, 'focused-af-s', 'Focused (AF-S)', 'Focused_AF_S'),
  e(0x00000202, 'not-focused-af-s', 'Not focused (AF-S)', 'NotFocused_AF_S'),
  e(0x00000103, 'focused-af-c', 'Focused (AF-C)', 'Focused_AF_C'),
  e(0x00000203, 'not-focused-af-c', 'Not focused (AF-C)', 'NotFocused_AF_C'),
  e(0x00000303, 'tracking-subject-af-c', 'Tracking subject (AF-C)', 'TrackingSubject_AF_C'),
  e(0x00001008, 'unpause', 'Unpause'),
  e(0x00002008, 'pause', 'Pause'),
];

/** CrFocusDrivingStatus (UInt8). */
export const FOCUS_DRIVING_STATUS: readonly EnumEntry[] = [
  e(1, 'not-driving', 'Not driving', 'NotDriving'),
  e(2, 'driving', 'Driving'),
];

/** CrSubjectRecognitionAF (UInt8). */
export const SUBJECT_RECOGNITION_AF: readonly EnumEntry[] = [
  e(1, 'off', 'Off'),
  e(2, 'only-af', 'Only AF', 'OnlyAF'),
  e(3, 'priority-af', 'Priority AF', 'PriorityAF'),
];

/** CrRecognitionTarget (UInt16). */
export const RECOGNITION_TARGET: readonly EnumEntry[] = [
  e(0xffff, 'auto', 'Auto'),
  e(1, 'person', 'Human', 'human'),
  e(2, 'animal-bird', 'Animal/Bird', 'AnimalBird'),
  e(3, 'animal', 'Animal'),
  e(4, 'bird', 'Bird'),
  e(5, 'insect', 'Insect'),
  e(6, 'car-train', 'Car/Train', 'CarTrain'),
  e(7, 'plane', 'Airplane', 'airplane'),
];

/** CrRightLeftEyeSelect (UInt8). */
export const RIGHT_LEFT_EYE: readonly EnumEntry[] = [
  e(1, 'auto', 'Auto'),
  e(2, 'right-eye', 'Right Eye', 'RightEye', 'right'),
  e(3, 'left-eye', 'Left Eye', 'LeftEye', 'left'),
];

/** CrPrioritySetInAF (UInt8), for AF-S and AF-C. */
export const PRIORITY_SET_IN_AF: readonly EnumEntry[] = [
  e(1, 'af', 'AF'),
  e(2, 'release', 'Release'),
  e(3, 'balanced-emphasis', 'Balanced Emphasis', 'BalancedEmphasis'),
];

/** CrAFTrackingSensitivity (UInt8). */
export const AF_TRACKING_SENSITIVITY: readonly EnumEntry[] = [
  e(1, '1', '1 (Locked on)', 'locked-on'),
  e(2, '2', '2'),
  e(3, '3', '3 (Standard)', 'standard'),
  e(4, '4', '4'),
  e(5, '5', '5 (Responsive)', 'responsive'),
];
