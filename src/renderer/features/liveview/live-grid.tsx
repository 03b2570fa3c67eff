import { useMemo, useRef } from 'react';
import type { CameraInfo } from '../../../shared/camera-types';
import { useStudio } from '../../app/studio-context';
import { useTileFrames } from './use-tile-frames';
import './live-grid.css';

const PHASE: Record<string, string> = { starting: 'Starting…', stalled: 'Stalled — waiting…' };

/** One body's live view in the grid; a click makes it the main body (settings, capture, live view follow it). */
function GridTile({ camera, main }: { camera: CameraInfo; main: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tile = useStudio((s) => s.gridTiles[camera.id]);
  const setActive = useStudio((s) => s.setActiveCamera);
  useTileFrames(canvasRef, camera.id);
  const status = tile ? PHASE[tile.phase] : PHASE.starting;
  return (
    <button
      type="button"
      className={main ? 'lv-grid__tile lv-grid__tile--main' : 'lv-grid__tile'}
      aria-pressed={main}
      aria-label={`${camera.model} ${camera.serial}${main ? ' (main body)' : ''}`}
      title={main ? 'The main body' : 'Make this the main body'}
      data-camera-id={camera.id}
      onClick={() => setActive(camera.id)}
    >
      <span className="lv-grid__frame">
        <canvas
          ref={canvasRef}
          className="lv-grid__canvas"
          role="img"
          aria-label={`Live view of ${camera.model}`}
        />
        {status && <span className="lv-grid__status">{status}</span>}
      </span>
      <span className="lv-grid__caption">
        <span className="lv-grid__name">{camera.model}</span>
        <span className="lv-grid__serial">{camera.serial}</span>
        {main && <span className="lv-grid__badge">Main</span>}
        <span className="lv-grid__fps">{tile?.phase === 'streaming' ? `${tile.fps} fps` : ''}</span>
      </span>
    </button>
  );
}

/** Columns for `n` tiles: as square a grid as fits them. */
export function gridColumns(n: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(n)));
}

/**
 * The grid live view: every connected body's live view at once, one canvas each (latest frame only, drawn
 * from refs — never through React state). A click on a tile makes that body the main one.
 */
export function LiveGrid() {
  const cameras = useStudio((s) => s.cameras);
  const connections = useStudio((s) => s.connections);
  const activeId = useStudio((s) => s.activeCameraId);
  const setViewer = useStudio((s) => s.setViewer);
  const live = useMemo(
    () =>
      cameras.filter((c) => {
        const conn = connections[c.id];
        return conn?.state === 'connected' && conn.mode !== 'contents';
      }),
    [cameras, connections],
  );
  return (
    <section className="lv lv-grid" aria-label="All bodies">
      <div className="lv-toolbar">
        <span className="lv-toolbar__meta">
          {live.length} {live.length === 1 ? 'body' : 'bodies'} live · click one to make it the main body
        </span>
        <span className="lv-toolbar__spacer" />
        <button type="button" className="btn btn--small btn--ghost" onClick={() => setViewer('live')}>
          Main body only
        </button>
      </div>
      {live.length === 0 ? (
        <div className="lv-placeholder">
          <span className="lv-placeholder__text">No body is connected for live view</span>
        </div>
      ) : (
        <div
          className="lv-grid__tiles"
          style={{
            gridTemplateColumns: `repeat(${gridColumns(live.length)}, minmax(0, 1fr))`,
            gridTemplateRows: `repeat(${Math.ceil(live.length / gridColumns(live.length))}, minmax(0, 1fr))`,
          }}
        >
          {live.map((c) => (
            <GridTile key={c.id} camera={c} main={c.id === activeId} />
          ))}
        </div>
      )}
    </section>
  );
}
