import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { HistogramMode } from '../../store/liveview-slice';

/** Where the histogram sits (px from the stage's right and bottom edges) and whether it is folded. */
export interface HistogramPlace {
  right: number;
  bottom: number;
  collapsed: boolean;
}

const KEY = 'tether-studio.histogram';
const DEFAULT_PLACE: HistogramPlace = { right: 12, bottom: 12, collapsed: false };

/** Reads the remembered place (the default when absent or unreadable). */
export function loadHistogramPlace(storage: Storage | undefined = globalThis.localStorage): HistogramPlace {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<HistogramPlace> | null;
    const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
    return {
      right: num(raw?.right, DEFAULT_PLACE.right),
      bottom: num(raw?.bottom, DEFAULT_PLACE.bottom),
      collapsed: typeof raw?.collapsed === 'boolean' ? raw.collapsed : DEFAULT_PLACE.collapsed,
    };
  } catch {
    return { ...DEFAULT_PLACE };
  }
}

function saveHistogramPlace(place: HistogramPlace): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(place));
  } catch {
    // Storage unavailable: the place simply does not persist.
  }
}

/**
 * The live histogram as a small floating panel (about a sixth of the image wide, at most 200 px): drag
 * its title to move it anywhere over the image, fold it to its title with the button. Where it was left
 * is remembered. The canvas keeps its 256×90 drawing size; CSS scales it.
 */
export function HistogramPanel({
  canvasRef,
  mode,
}: {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  mode: Exclude<HistogramMode, 'off'>;
}) {
  const [place, setPlace] = useState(loadHistogramPlace);
  const drag = useRef<{ x: number; y: number; right: number; bottom: number; max: DOMRect } | null>(null);
  const update = (next: HistogramPlace) => {
    setPlace(next);
    saveHistogramPlace(next);
  };
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
    const stage = e.currentTarget.closest('.lv-stage');
    if (!stage) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = {
      x: e.clientX,
      y: e.clientY,
      right: place.right,
      bottom: place.bottom,
      max: stage.getBoundingClientRect(),
    };
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const panel = e.currentTarget.parentElement?.getBoundingClientRect();
    const w = panel?.width ?? 0;
    const h = panel?.height ?? 0;
    const clamp = (v: number, hi: number) => Math.round(Math.min(Math.max(0, hi), Math.max(0, v)));
    setPlace((p) => ({
      ...p,
      right: clamp(d.right - (e.clientX - d.x), d.max.width - w),
      bottom: clamp(d.bottom - (e.clientY - d.y), d.max.height - h),
    }));
  };
  const onUp = () => {
    if (!drag.current) return;
    drag.current = null;
    setPlace((p) => {
      saveHistogramPlace(p);
      return p;
    });
  };
  return (
    <div
      className={place.collapsed ? 'lv-hist lv-hist--collapsed' : 'lv-hist'}
      style={{ right: place.right, bottom: place.bottom }}
      data-testid="histogram-panel"
    >
      <div
        className="lv-hist__bar"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
        title="Drag to move the histogram"
        data-testid="histogram-handle"
      >
        <span className="lv-hist__title">{mode === 'rgb' ? 'RGB' : 'Luma'}</span>
        <button
          type="button"
          className="lv-hist__fold"
          // Not "…histogram": the toolbar's Histogram button keeps that name to itself.
          aria-label={place.collapsed ? 'Unfold' : 'Fold'}
          title={place.collapsed ? 'Show the histogram' : 'Fold the histogram to its title'}
          aria-expanded={!place.collapsed}
          onClick={() => update({ ...place, collapsed: !place.collapsed })}
        >
          {place.collapsed ? '▴' : '▾'}
        </button>
      </div>
      {!place.collapsed && (
        <canvas
          ref={canvasRef}
          className="lv-histogram"
          width={256}
          height={90}
          aria-label={`Histogram (${mode})`}
          role="img"
        />
      )}
    </div>
  );
}
