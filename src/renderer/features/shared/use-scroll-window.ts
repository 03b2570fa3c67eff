import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Where a scroll container is scrolled to and how big it is, along its scroll axis and across it. */
export interface ScrollWindow {
  /** scrollLeft or scrollTop. */
  offset: number;
  /** Visible length along the axis (clientWidth or clientHeight). */
  size: number;
  /** Visible length across the axis. */
  cross: number;
}

/** A {@link ScrollWindow} and how to scroll the container from code. */
export interface ScrollWindowHandle extends ScrollWindow {
  /**
   * Scrolls to `offset`: the window moves in the render under way (callable while rendering the owner), and
   * the container follows once that render is committed — no layout is read to do it.
   */
  scrollTo(offset: number): void;
}

/**
 * Follows a scroll container's position and size; `el` is the container (state set by a callback ref, so a
 * container mounted later is followed too). Layout is never forced: the offset is read in the container's
 * scroll events and the size in its ResizeObserver callbacks (both run when layout is current), and a
 * scroll from code is applied without reading anything back. Where layout is not available (a DOM without
 * layout reports 0), `fallback` stands in for the size, so lists still render a first screen.
 */
export function useScrollWindow(
  el: HTMLElement | null,
  axis: 'x' | 'y',
  fallback: { size: number; cross: number },
): ScrollWindowHandle {
  const [win, setWin] = useState<ScrollWindow>({ offset: 0, ...fallback });
  // The container's offset as last seen in its scroll events or written here; which element that was.
  const known = useRef<{ el: HTMLElement | null; offset: number }>({ el: null, offset: 0 });
  useEffect(() => {
    if (!el) return;
    const patch = (p: Partial<ScrollWindow>) =>
      setWin((w) => {
        const next = { ...w, ...p };
        return w.offset === next.offset && w.size === next.size && w.cross === next.cross ? w : next;
      });
    const readSize = () => {
      const size = axis === 'x' ? el.clientWidth : el.clientHeight;
      const cross = axis === 'x' ? el.clientHeight : el.clientWidth;
      patch({ size: size > 0 ? size : fallback.size, cross: cross > 0 ? cross : fallback.cross });
    };
    const onScroll = () => {
      const offset = axis === 'x' ? el.scrollLeft : el.scrollTop;
      if (known.current.el === el) known.current.offset = offset;
      patch({ offset });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    // The observer reports the size once observed and on every change, after layout (no forced layout).
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(readSize);
    if (ro) ro.observe(el);
    else readSize();
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro?.disconnect();
    };
  }, [el, axis, fallback.size, fallback.cross]);
  useLayoutEffect(() => {
    if (!el) return;
    // A container just mounted starts at 0.
    if (known.current.el !== el) known.current = { el, offset: 0 };
    if (known.current.offset === win.offset) return;
    known.current.offset = win.offset;
    el.scrollTo(axis === 'x' ? { left: win.offset } : { top: win.offset });
  }, [el, axis, win.offset]);
  const scrollTo = useCallback(
    (offset: number) => setWin((w) => (w.offset === offset ? w : { ...w, offset })),
    [],
  );
  return { ...win, scrollTo };
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
