import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a scroll container is scrolled to and how big it is, along its scroll axis and across it. */
export interface ScrollWindow {
  /** scrollLeft or scrollTop. */
  offset: number;
  /** Visible length along the axis (clientWidth or clientHeight). */
  size: number;
  /** Visible length across the axis. */
  cross: number;
}

/** A {@link ScrollWindow} and how to re-read it at once (after scrolling the container from code). */
export interface ScrollWindowHandle extends ScrollWindow {
  refresh(): void;
}

/**
 * Follows a scroll container's position (once per animation frame at most) and size; `el` is the container
 * (state set by a callback ref, so a container mounted later is followed too). Where layout is not
 * available (a DOM without layout reports 0), `fallback` stands in for the size, so lists still render a
 * first screen.
 */
export function useScrollWindow(
  el: HTMLElement | null,
  axis: 'x' | 'y',
  fallback: { size: number; cross: number },
): ScrollWindowHandle {
  const [win, setWin] = useState<ScrollWindow>({ offset: 0, ...fallback });
  const reader = useRef<() => void>(() => undefined);
  const refresh = useCallback(() => reader.current(), []);
  useEffect(() => {
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const size = axis === 'x' ? el.clientWidth : el.clientHeight;
      const cross = axis === 'x' ? el.clientHeight : el.clientWidth;
      const next = {
        offset: axis === 'x' ? el.scrollLeft : el.scrollTop,
        size: size > 0 ? size : fallback.size,
        cross: cross > 0 ? cross : fallback.cross,
      };
      setWin((w) => (w.offset === next.offset && w.size === next.size && w.cross === next.cross ? w : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    reader.current = read;
    read();
    el.addEventListener('scroll', schedule, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    ro?.observe(el);
    return () => {
      reader.current = () => undefined;
      el.removeEventListener('scroll', schedule);
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [el, axis, fallback.size, fallback.cross]);
  return { ...win, refresh };
}

/** First and last index (inclusive) of fixed-pitch items that intersect `[offset, offset + size)`. */
export function visibleSpan(
  count: number,
  pitch: number,
  offset: number,
  size: number,
  lead = 0,
): { first: number; last: number } {
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor((offset - lead) / pitch));
  const last = Math.min(count - 1, Math.max(first, Math.ceil((offset - lead + size) / pitch) - 1));
  return { first: Math.min(first, count - 1), last };
}
