import type { ReviewZoom } from '../../store/review-view-slice';

/** A width and height in pixels. */
export interface Size {
  w: number;
  h: number;
}

/** Where a picture sits in its pane: top-left corner, drawn size and scale (pane px per picture px). */
export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
  scale: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Places a picture of natural size `img` in a pane of size `pane`. `fit`: the whole picture, centred.
 * `actual`: `pixelScale` pane pixels per picture pixel (1 / devicePixelRatio is one picture pixel per
 * screen pixel), the point (cx, cy) at the centre, pulled in so the picture covers the pane where it can.
 */
export function placePicture(pane: Size, img: Size, zoom: ReviewZoom, pixelScale = 1): Placement {
  if (img.w <= 0 || img.h <= 0 || pane.w <= 0 || pane.h <= 0) return { x: 0, y: 0, w: 0, h: 0, scale: 0 };
  const scale = zoom.mode === 'fit' ? Math.min(pane.w / img.w, pane.h / img.h) : pixelScale;
  const w = img.w * scale;
  const h = img.h * scale;
  const axis = (paneSize: number, drawn: number, c: number) => {
    if (drawn <= paneSize) return (paneSize - drawn) / 2;
    const half = paneSize / drawn / 2;
    return paneSize / 2 - clamp(c, half, 1 - half) * drawn;
  };
  return { x: axis(pane.w, w, zoom.cx), y: axis(pane.h, h, zoom.cy), w, h, scale };
}

/** The picture point (fractions 0..1) under pane point (px, py), for zooming in where the user clicked. */
export function pointAt(p: Placement, px: number, py: number): { cx: number; cy: number } {
  if (p.w <= 0 || p.h <= 0) return { cx: 0.5, cy: 0.5 };
  return { cx: clamp((px - p.x) / p.w, 0, 1), cy: clamp((py - p.y) / p.h, 0, 1) };
}

/**
 * The centre after dragging by (dx, dy) pane pixels from `start`: the picture follows the pointer. The
 * result is pulled into the range where the picture still covers the pane, so a drag back responds at once.
 */
export function panned(
  start: { cx: number; cy: number },
  p: Placement,
  pane: Size,
  dx: number,
  dy: number,
): { cx: number; cy: number } {
  const axis = (c: number, d: number, drawn: number, paneSize: number) => {
    if (drawn <= paneSize) return 0.5;
    const half = paneSize / drawn / 2;
    return clamp(c - d / drawn, half, 1 - half);
  };
  return { cx: axis(start.cx, dx, p.w, pane.w), cy: axis(start.cy, dy, p.h, pane.h) };
}
