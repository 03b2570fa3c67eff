import { useEffect, useRef } from 'react';
import { clippingOverlay, type ClippingStats } from './clipping';
import type { Placement } from './zoom-geometry';

/**
 * The clipping warnings of a picture, drawn over it at its placement: decoded from the preview's bytes
 * (≤ 1600 px, enough to see where detail is lost and cheap to scan), stretched to the picture's size.
 */
export function ClippingLayer({
  bytes,
  placement,
  onStats,
}: {
  bytes: Uint8Array | null;
  placement: Placement | null;
  onStats: (stats: ClippingStats | null) => void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const statsRef = useRef(onStats);
  useEffect(() => {
    statsRef.current = onStats;
  });
  useEffect(() => {
    const canvas = ref.current;
    // No decoder where there is no browser (component tests): the layer stays empty.
    if (!bytes || !canvas || typeof createImageBitmap !== 'function') return;
    let alive = true;
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
    createImageBitmap(blob)
      .then((bmp) => {
        const ctx = alive ? canvas.getContext('2d', { willReadFrequently: true }) : null;
        if (!ctx) return bmp.close();
        canvas.width = bmp.width;
        canvas.height = bmp.height;
        ctx.drawImage(bmp, 0, 0);
        bmp.close();
        const src = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const out = ctx.createImageData(canvas.width, canvas.height);
        const stats = clippingOverlay(src.data, out.data);
        ctx.putImageData(out, 0, 0);
        statsRef.current(stats);
      })
      .catch(() => alive && statsRef.current(null));
    return () => {
      alive = false;
    };
  }, [bytes]);
  const box = placement && placement.w > 0 ? placement : null;
  return (
    <canvas
      ref={ref}
      className="review-pane__clipping"
      role="img"
      aria-label="Clipping warnings"
      style={box ? { left: box.x, top: box.y, width: box.w, height: box.h } : { inset: 0 }}
    />
  );
}
