import { useEffect, type RefObject } from 'react';
import { useActions } from '../../app/studio-context';
import { FramePainter } from './frame-painter';
import { createLiveStats } from './live-stats';

/** No frame for this long ⇒ the tile says stalled. */
const STALL_MS = 2000;

/**
 * Streams one body's live view onto a grid tile's canvas: transport → painter (latest frame only) →
 * canvas, never through React or the store; the store hears the tile's phase, size and fps.
 */
export function useTileFrames(canvasRef: RefObject<HTMLCanvasElement | null>, cameraId: string): void {
  const { client, store } = useActions();
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const patch = store.getState().patchGridTile;
    let lastFrameAt = 0;
    patch(cameraId, { phase: 'starting', fps: 0 });
    const painter = new FramePainter(canvas, createLiveStats(), {
      onSize: (width, height) => patch(cameraId, { width, height }),
      onFps: (fps) => patch(cameraId, { fps: Math.round(fps) }),
      onFirstFrame: () => patch(cameraId, { phase: 'streaming' }),
    });
    const unsubscribe = client.subscribeFrames(cameraId, (frame) => {
      lastFrameAt = Date.now();
      painter.push(frame);
    });
    const watchdog = setInterval(() => {
      const tile = store.getState().gridTiles[cameraId];
      const stale = lastFrameAt > 0 && Date.now() - lastFrameAt > STALL_MS;
      if (stale && tile?.phase === 'streaming') patch(cameraId, { phase: 'stalled', fps: 0 });
      else if (!stale && lastFrameAt > 0 && tile?.phase === 'stalled')
        patch(cameraId, { phase: 'streaming' });
    }, 500);
    return () => {
      clearInterval(watchdog);
      unsubscribe();
      painter.dispose();
      store.getState().dropGridTile(cameraId);
    };
  }, [canvasRef, cameraId, client, store]);
}
