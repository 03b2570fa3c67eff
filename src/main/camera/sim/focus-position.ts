/**
 * The lens's absolute focus position as CRSDK reports it (CrDeviceProperty_FocusPositionSetting and
 * _FocusPositionCurrentValue, UInt16Range): 0x0000 at infinity to 0xFFFF at the closest focus distance.
 * The sim spreads it linearly in dioptres, so equal steps move the focus plane by equal amounts of blur.
 */

/** The closest-focus end of the range. */
export const FOCUS_POSITION_MAX = 0xffff;
/** Where the lens rests when the body is switched on, metres. */
export const INITIAL_FOCUS_M = 3;

/** Position value of a focus at `dioptres` on a lens that focuses down to `minFocusM`. */
export function focusPositionOf(dioptres: number, minFocusM: number): number {
  const max = 1 / minFocusM;
  return Math.round((Math.min(max, Math.max(0, dioptres)) / max) * FOCUS_POSITION_MAX);
}

/** Dioptres of a position value on a lens that focuses down to `minFocusM`. */
export function dioptresOfPosition(position: number, minFocusM: number): number {
  return (position / FOCUS_POSITION_MAX) * (1 / minFocusM);
}
