import { useEffect, type RefObject } from 'react';
import { useActions } from '../../app/studio-context';
import { FramePainter } from './frame-painter';
import { createLiveStats } from './live-stats';

/** No frame for this long while subscribed ⇒ the live view is reported as stalled. */
const STALL_MS = 2000;

/**
 * Streams a camera's live view onto a canvas while `active`: frames go transport → painter → canvas,
 * never through React or the store; the store only hears about phase, size and fps.
 */
export function useLiveFrames(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  cameraId: string | null,
  active: boolean,
): void {
  const { client, store, frameWarmup } = useActions();
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !cameraId || !active) return;
    const s = store.getState();
    const stats = createLiveStats();
    let lastFrameAt = 0;
    s.setLivePhase('starting');
    const painter = new FramePainter(canvas, stats, {
      onSize: (w, h) => store.getState().setLiveSize(w, h),
      onFps: (fps) => store.getState().setLiveFps(fps),
      onFirstFrame: () => store.getState().setLivePhase('streaming'),
    });
    const unsubscribe = client.subscribeFrames(cameraId, (frame) => {
      lastFrameAt = Date.now();
      painter.push(frame);
    });
    // The stream opened as the camera connected: its latest frame shows now (a newer one replaces it).
    const warm = frameWarmup.take(cameraId);
    if (warm) {
      lastFrameAt = Date.now();
      painter.push(warm);
    }
    const watchdog = setInterval(() => {
      const st = store.getState();
      const stale = lastFrameAt > 0 && Date.now() - lastFrameAt > STALL_MS;
      if (stale && st.liveView.phase === 'streaming') st.setLivePhase('stalled');
      else if (!stale && lastFrameAt > 0 && st.liveView.phase === 'stalled') st.setLivePhase('streaming');
    }, 500);
    return () => {
      clearInterval(watchdog);
      unsubscribe();
      painter.dispose();
      store.getState().setLivePhase('idle');
    };
  }, [canvasRef, cameraId, active, client, store, frameWarmup]);
}
