import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { percent, type ClippingStats } from './clipping';
import { ClippingLayer } from './clipping-layer';
import { usePaneSize } from './use-pane-size';
import type { ShotImage } from './use-shot-image';
import { panned, placePicture, pointAt, type Placement, type Size } from './zoom-geometry';
import './review-view.css';

/** Movement (px) under which a press counts as a click, not a pan. */
const CLICK_SLOP = 4;

/**
 * One reviewed picture in its pane, at the shared zoom: fit, or 100 % panned by dragging (every pane
 * follows, so compare stays in sync). A click zooms in on the clicked point, or back out; a click on a
 * compare pane that is not active only makes it active. Clipping warnings draw over it when on.
 */
export function ReviewPane({
  image,
  alt,
  active = true,
  onActivate,
  children,
}: {
  image: ShotImage;
  alt: string;
  active?: boolean;
  onActivate?: () => void;
  children?: ReactNode;
}) {
  const zoom = useStudio((s) => s.reviewZoom);
  const setZoom = useStudio((s) => s.setReviewZoom);
  const toggleZoom = useStudio((s) => s.toggleZoom);
  const clipping = useStudio((s) => s.clipping);
  const paneRef = useRef<HTMLDivElement>(null);
  const pane = usePaneSize(paneRef);
  const [natural, setNatural] = useState<{ url: string; size: Size } | null>(null);
  const [clip, setClip] = useState<{ of: Uint8Array | null; stats: ClippingStats | null } | null>(null);
  const stats = clip && clip.of === image.previewBytes ? clip.stats : null;
  const drag = useRef<{ x: number; y: number; cx: number; cy: number; moved: boolean } | null>(null);
  const size = natural && natural.url === image.url ? natural.size : null;
  const pixelScale = 1 / (globalThis.devicePixelRatio || 1);
  const place: Placement | null = size ? placePicture(pane, size, zoom, pixelScale) : null;
  const laidOut = !!place && place.w > 0;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // No active pointer to capture (synthetic events): the pane still pans while the pointer is over it.
    }
    const centre = laidOut ? pointAt(place, pane.w / 2, pane.h / 2) : zoom;
    drag.current = { x: e.clientX, y: e.clientY, cx: centre.cx, cy: centre.cy, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (Math.abs(dx) + Math.abs(dy) > CLICK_SLOP) d.moved = true;
    if (d.moved && zoom.mode === 'actual' && laidOut) setZoom(panned(d, place, pane, dx, dy));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.moved) return;
    if (!active) return onActivate?.();
    const rect = e.currentTarget.getBoundingClientRect();
    if (zoom.mode === 'fit' && laidOut)
      toggleZoom(pointAt(place, e.clientX - rect.left, e.clientY - rect.top));
    else toggleZoom();
  };

  return (
    <div
      ref={paneRef}
      className={`review-pane review-pane--${zoom.mode}${active ? ' review-pane--active' : ''}`}
      data-zoom={zoom.mode}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
    >
      {image.url ? (
        <img
          className={laidOut ? 'review-pane__img' : 'review-pane__img review-pane__img--auto'}
          src={image.url}
          alt={alt}
          draggable={false}
          data-full={image.full}
          onLoad={(e) => {
            const url = image.url;
            const { naturalWidth: w, naturalHeight: h } = e.currentTarget;
            if (url) setNatural({ url, size: { w, h } });
          }}
          style={laidOut ? { left: place.x, top: place.y, width: place.w, height: place.h } : undefined}
        />
      ) : (
        !image.error && <span className="review-pane__note muted">Loading preview…</span>
      )}
      {clipping && (
        <ClippingLayer
          bytes={image.previewBytes}
          placement={place}
          onStats={(v) => setClip({ of: image.previewBytes, stats: v })}
        />
      )}
      {clipping && stats && (
        <span className="review-pane__stats" aria-label="Clipped">
          <span className="review-pane__high">{percent(stats.highlights)} highlights</span> ·{' '}
          <span className="review-pane__low">{percent(stats.shadows)} shadows</span>
        </span>
      )}
      {image.loadingFull && (
        <span className="review-pane__note review-pane__note--corner">Loading 100 %…</span>
      )}
      {image.error && <ErrorNote error={image.error} />}
      {children}
    </div>
  );
}
