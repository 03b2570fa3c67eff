/** Channel level at or above which a pixel counts as blown (JPEG noise keeps a clipped 255 near it). */
export const HIGHLIGHT_LEVEL = 252;
/** Level at or below which every channel of a pixel counts as crushed to black. */
export const SHADOW_LEVEL = 3;

/** Share of a picture's pixels that are clipped, 0..1. */
export interface ClippingStats {
  highlights: number;
  shadows: number;
}

/**
 * Writes the clipping warning overlay for RGBA `src` into `out` (same length): red where any channel is
 * blown (as Lightroom shows highlight clipping), blue where every channel is crushed, transparent
 * elsewhere. Returns the shares of both.
 */
export function clippingOverlay(src: Uint8ClampedArray, out: Uint8ClampedArray): ClippingStats {
  let high = 0;
  let low = 0;
  const pixels = src.length / 4;
  for (let i = 0; i < src.length; i += 4) {
    const r = src[i];
    const g = src[i + 1];
    const b = src[i + 2];
    if (r >= HIGHLIGHT_LEVEL || g >= HIGHLIGHT_LEVEL || b >= HIGHLIGHT_LEVEL) {
      out[i] = 255;
      out[i + 1] = 0;
      out[i + 2] = 0;
      out[i + 3] = 255;
      high++;
    } else if (r <= SHADOW_LEVEL && g <= SHADOW_LEVEL && b <= SHADOW_LEVEL) {
      out[i] = 0;
      out[i + 1] = 90;
      out[i + 2] = 255;
      out[i + 3] = 255;
      low++;
    } else out[i + 3] = 0;
  }
  return pixels ? { highlights: high / pixels, shadows: low / pixels } : { highlights: 0, shadows: 0 };
}

/** "2.1 %" (a share as a percentage a photographer reads at a glance; tiny non-zero shares show as < 0.1). */
export function percent(share: number): string {
  if (share === 0) return '0 %';
  if (share < 0.001) return '< 0.1 %';
  return `${(share * 100).toFixed(1)} %`;
}
