import { useMemo, useRef, type PointerEvent } from 'react';
import { useActions } from '../../app/studio-context';

/** Pointer travel (CSS px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/**
 * Dragging the live frame while the magnifier is on moves the magnified area with the hand (drag right:
 * the view follows, showing what lies left). `wasDrag()` tells the click that ends a drag to do nothing.
 */
export function useMagnifierDrag() {
  const { store, magnifier } = useActions();
  const start = useRef<{ x: number; y: number; cx: number; cy: number; w: number; h: number } | null>(null);
  const dragged = useRef(false);
  return useMemo(
    () => ({
      onPointerDown(e: PointerEvent<HTMLElement>) {
        const m = store.getState().magnifier;
        if (m.ratioX10 <= 0 || e.button !== 0) return;
        const r = e.currentTarget.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        start.current = {
          x: e.clientX,
          y: e.clientY,
          cx: m.centre.x,
          cy: m.centre.y,
          w: r.width,
          h: r.height,
        };
        dragged.current = false;
      },
      onPointerMove(e: PointerEvent<HTMLElement>) {
        const s = start.current;
        if (!s) return;
        const dx = e.clientX - s.x;
        const dy = e.clientY - s.y;
        if (!dragged.current && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        dragged.current = true;
        const m = store.getState().magnifier;
        const k = 10 / Math.max(m.ratioX10, 10);
        const x = s.cx - (dx / s.w) * 640 * k;
        const y = s.cy - (dy / s.h) * 480 * k;
        magnifier.pan(Math.round(x - m.centre.x), Math.round(y - m.centre.y));
      },
      onPointerUp() {
        start.current = null;
      },
      wasDrag(): boolean {
        const d = dragged.current;
        dragged.current = false;
        return d;
      },
    }),
    [store, magnifier],
  );
}
