import type { ColorLabel, ReviewPatch } from '../../../shared/review-types';

/** Lightroom's colour-label keys. */
const LABEL_KEYS: Record<string, ColorLabel> = { '6': 'red', '7': 'yellow', '8': 'green', '9': 'blue' };

/**
 * The review change a key stands for, as in Lightroom and Capture One: 0–5 stars, 6–9 colour labels (the
 * same key again clears it), P pick, X reject, U neither. P, X and U only while a shot is being reviewed
 * (in live view P is focus peaking).
 */
export function reviewKey(
  key: string,
  reviewing: boolean,
  currentLabel: ColorLabel | null,
): ReviewPatch | null {
  if (/^[0-5]$/.test(key)) return { rating: Number(key) };
  const label = LABEL_KEYS[key];
  if (label) return { label: currentLabel === label ? null : label };
  if (!reviewing) return null;
  if (key === 'p') return { pick: 'pick' };
  if (key === 'x') return { pick: 'reject' };
  if (key === 'u') return { pick: 'none' };
  return null;
}
