import { useEffect, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { AnalysisLoop } from './analysis-loop';
import { CompositionControls } from './composition-controls';
import { CropMask, OverlayImage } from './composition-layers';
import { FocusFrames, ThirdsGrid } from './focus-frames';
import { magnifiedArea } from '../../../shared/properties';
import { HistogramPanel } from './histogram-panel';
import { LiveToolbar } from './live-toolbar';
import { MagnifierNavigator } from './magnifier-controls';
import { useMagnifierDrag } from './use-magnifier-drag';
import { RecIndicator } from './rec-indicator';
import { useLiveFrames } from './use-live-frames';
import './live-view.css';

const PHASE_TEXT: Record<string, string> = {
  idle: 'Live view is off',
  starting: 'Starting live view…',
  stalled: 'Live view stalled — waiting for the camera…',
  error: 'Live view failed',
  unsupported: 'This camera has no live view',
};

/** The live-view canvas with its overlays; a click sets the AF area there. */
export function LiveView() {
  const { client, store, magnifier } = useActions();
  const cameraId = useStudio((s) => s.activeCameraId);
  const conn = useStudio((s) => (s.activeCameraId ? s.connections[s.activeCameraId] : undefined));
  const afState = useStudio((s) => (s.activeCameraId ? s.afStates[s.activeCameraId] : undefined));
  const overlays = useStudio((s) => s.overlays);
  const lv = useStudio((s) => s.liveView);
  const linkDown = useStudio((s) => s.link.state === 'down');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const maskRef = useRef<HTMLCanvasElement>(null);
  const histRef = useRef<HTMLCanvasElement>(null);
  const [afError, setAfError] = useState<UiError | null>(null);
  const [afNonce, setAfNonce] = useState(0);
  const [marker, setMarker] = useState<{ x: number; y: number } | null>(null);

  const canStream = conn?.state === 'connected' && conn.mode !== 'contents';
  useLiveFrames(canvasRef, cameraId, canStream);
  const mag = useStudio((s) => s.magnifier);
  const drag = useMagnifierDrag();
  // The body drops its magnifier with the connection; the window forgets it too.
  useEffect(() => {
    if (!canStream) magnifier.reset();
  }, [canStream, magnifier]);

  useEffect(() => {
    const source = canvasRef.current;
    if (!source) return;
    const loop = new AnalysisLoop(
      { source, histogram: () => histRef.current, mask: () => maskRef.current },
      () => store.getState().overlays,
    );
    loop.start();
    return () => loop.stop();
  }, [store]);

  const ar = lv.width > 0 && lv.height > 0 ? lv.width / lv.height : 3 / 2;
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  const frameStyle = {
    '--ar': String(ar),
    ...(overlays.zoom100 && lv.width > 0 ? { width: `${lv.width / dpr}px` } : {}),
  } as CSSProperties;
  const streaming = lv.phase === 'streaming';
  const magnified = mag.ratioX10 > 0 && streaming;
  const area = magnifiedArea(mag.ratioX10, mag.centre);
  // Without a body magnifier the stream's own pixels are enlarged (a crop: no more detail than the stream).
  const cropStyle: CSSProperties | undefined =
    magnified && mag.source === 'crop'
      ? {
          transformOrigin: '0 0',
          transform: `scale(${1 / area.width}) translate(${-area.left * 100}%, ${-area.top * 100}%)`,
        }
      : undefined;
  const onClick = async (e: MouseEvent<HTMLDivElement>) => {
    if (!cameraId || !canStream || drag.wasDrag()) return;
    const r = e.currentTarget.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    let x = Math.min(1, Math.max(0, (e.clientX - r.left) / r.width));
    let y = Math.min(1, Math.max(0, (e.clientY - r.top) / r.height));
    if (magnified) {
      // A click in the magnified view means that point of the whole frame.
      x = area.left + x * area.width;
      y = area.top + y * area.height;
    }
    setMarker({ x, y });
    setAfError(null);
    try {
      await client.setAfAreaPosition(cameraId, { x, y });
    } catch (err) {
      setAfError(asErrorValue(err));
    }
    setAfNonce((n) => n + 1);
  };

  const placeholder = linkDown
    ? 'Studio unreachable — reconnecting…'
    : !cameraId
      ? 'No camera'
      : conn?.state !== 'connected'
        ? 'Camera not connected'
        : conn.mode === 'contents'
          ? 'No live view in "Card only" mode'
          : streaming
            ? null
            : PHASE_TEXT[lv.phase];

  return (
    <section className="lv" aria-label="Live view">
      <LiveToolbar />
      <CompositionControls />
      <div
        className={`lv-stage${overlays.zoom100 ? ' lv-stage--zoom' : ''}${magnified ? ' lv-stage--magnified' : ''}`}
      >
        <div
          className="lv-frame"
          style={frameStyle}
          onClick={onClick}
          onPointerDown={drag.onPointerDown}
          onPointerMove={drag.onPointerMove}
          onPointerUp={drag.onPointerUp}
          onPointerCancel={drag.onPointerUp}
          data-testid="live-frame"
        >
          <canvas
            ref={canvasRef}
            className="lv-canvas"
            aria-label="Live view image"
            role="img"
            // A low-latency canvas may keep showing its last frame after a resize: hide it when not live.
            style={canStream && !linkDown ? cropStyle : { visibility: 'hidden' }}
          />
          <canvas
            ref={maskRef}
            className="lv-mask"
            style={cropStyle}
            hidden={!(overlays.peaking || overlays.zebra) || !streaming}
          />
          {streaming && <OverlayImage />}
          {streaming && <CropMask ar={ar} />}
          {overlays.grid && streaming && <ThirdsGrid />}
          {overlays.focusFrame && streaming && !magnified && cameraId && (
            <FocusFrames cameraId={cameraId} afState={afState} nonce={afNonce} />
          )}
          {marker && streaming && !magnified && (
            <span
              className="lv-marker"
              style={{ left: `${marker.x * 100}%`, top: `${marker.y * 100}%` }}
              aria-hidden="true"
            />
          )}
        </div>
        {overlays.histogram !== 'off' && streaming && (
          <HistogramPanel canvasRef={histRef} mode={overlays.histogram} />
        )}
        {magnified && <MagnifierNavigator />}
        <RecIndicator />
        {placeholder && (
          <div className="lv-placeholder">
            <span className="lv-placeholder__text">{placeholder}</span>
          </div>
        )}
        {afError && (
          <div className="lv-error">
            <ErrorNote error={afError} compact onDismiss={() => setAfError(null)} />
          </div>
        )}
      </div>
    </section>
  );
}
