import { normalizeToken, trimDecimal } from '../tokens';

// CRSDK: FNumber is CrDataType_UInt16, value = F-number × 100 (CrFnumberSet in CrDeviceProperty.h).

/** CrFnumber_IrisClose: the iris is closed. */
export const FNUMBER_IRIS_CLOSE = 0xfffd;
/** CrFnumber_Unknown (0xFFFE): the camera displays `--`. */
export const FNUMBER_UNKNOWN = 0xfffe;
/** CrFnumber_Nothing (0xFFFF): nothing to display (no lens / no electronic contacts). */
export const FNUMBER_NOTHING_TO_DISPLAY = 0xffff;

/** F-numbers ×100 in 1/3 stops from f/1.4 to f/22, as a Sony body lists them for a fast lens. */
export const FNUMBER_STOPS: readonly number[] = [
  140, 160, 180, 200, 220, 250, 280, 320, 350, 400, 450, 500, 560, 630, 710, 800, 900, 1000, 1100, 1300, 1400,
  1600, 1800, 2000, 2200,
];

const SPECIAL: ReadonlyArray<readonly [number, string, readonly string[]]> = [
  [FNUMBER_IRIS_CLOSE, 'CLOSE', ['close', 'iris-close', 'closed']],
  [FNUMBER_UNKNOWN, '--', []],
  [FNUMBER_NOTHING_TO_DISPLAY, 'N/A', ['n-a', 'none', 'no-lens', 'nothing']],
];

/** `f/5.6` for 560; `CLOSE`, `--`, `N/A` for the special values. */
export function formatFnumber(raw: number): string {
  const special = SPECIAL.find(([v]) => v === raw);
  if (special) return special[1];
  return `f/${trimDecimal(raw / 100, 2)}`;
}

/**
 * Friendly F-number forms: `f/5.6`, `F5.6`, `5.6`, `f8`, and a bare integer up to 64 (`8` means f/8: no lens
 * is faster than f/0.65, so no raw value is that small). Larger bare integers are raw (`95` is f/0.95).
 */
export function parseFnumber(text: string): number | undefined {
  if (/^-+$/.test(text)) return FNUMBER_UNKNOWN;
  const token = normalizeToken(text);
  const special = SPECIAL.find(([, , tokens]) => tokens.includes(token));
  if (special) return special[0];
  const m = /^(f\/?)?(\d+(?:\.\d+)?|\.\d+)$/.exec(text.toLowerCase().replace(/\s+/g, ''));
  if (!m) return undefined;
  const n = Number(m[2]);
  if (n <= 0 || (!m[1] && Number.isInteger(n) && n > 64 && !m[2].includes('.'))) return undefined;
  return Math.round(n * 100);
}
