import { useCallback, useEffect, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { cardKey } from '../../store/card-slice';
import { batchTotals } from '../../store/transfers-slice';
import { ErrorNote } from '../errors/error-note';
import { CardGrid } from './card-grid';
import { CardPullBar } from './card-pull-bar';
import { groupByDay } from './card-groups';
import { SessionDropList } from './session-drop-list';
import { useFolderDrop } from './folder-drop';
import { useTileDrag } from './use-tile-drag';
import './card-browser.css';
import './card-drop.css';

/**
 * The camera's card: date groups of thumbnails (virtualised, see CardGrid), multi-select, pull with
 * progress and an end state; tiles drop onto the session list, an OS folder dropped here becomes the
 * destination.
 */
export function CardBrowser() {
  const actions = useActions();
  const setDest = useStudio((s) => s.setCardDest);
  const folderDrop = useFolderDrop(actions.client.native?.pathForFile, setDest);
  const cameraId = useStudio((s) => s.activeCameraId);
  const conn = useStudio((s) => (s.activeCameraId ? s.connections[s.activeCameraId] : undefined));
  const card = useStudio((s) => s.card);
  const jobs = useStudio((s) => s.jobs);
  const select = useStudio((s) => s.selectCardFile);
  const setSelection = useStudio((s) => s.setCardSelection);
  const usable = conn?.state === 'connected' && (conn.mode === 'remote-transfer' || conn.mode === 'contents');
  const tileDrag = useTileDrag(cameraId ?? '');

  useEffect(() => {
    if (cameraId && usable) void actions.card.load(cameraId);
  }, [actions, cameraId, usable]);
  // Once a pull has ended the listing is read again: the files it imported are marked on their tiles.
  const batchEnded = card.batch.length > 0 && batchTotals(jobs, card.batch).active === 0;
  const batchId = card.batch.join();
  useEffect(() => {
    if (cameraId && usable && batchEnded) void actions.card.afterPull(cameraId);
  }, [actions, cameraId, usable, batchEnded, batchId]);

  const groups = useMemo(() => groupByDay(card.files), [card.files]);
  // Per-file progress of the latest pull, by card key.
  const progressByKey = useMemo(() => {
    const out: Record<string, number> = {};
    for (const id of card.batch) {
      const j = jobs[id];
      if (j?.source.kind === 'card') out[cardKey(j.source)] = j.state === 'done' ? 100 : j.percent;
    }
    return out;
  }, [card.batch, jobs]);
  const onTileClick = useCallback(
    (key: string, e: MouseEvent | KeyboardEvent) =>
      select(key, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'single'),
    [select],
  );

  if (!cameraId || conn?.state !== 'connected') {
    return <div className="cardb cardb--empty muted">Connect a camera to browse its card.</div>;
  }
  if (!usable) {
    return (
      <div className="cardb cardb--empty">
        <p>The card can be read when the camera is connected in “Remote + card” or “Card only” mode.</p>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void actions.camera.switchMode(cameraId, 'remote-transfer').catch(() => undefined)}
        >
          Reconnect in Remote + card mode
        </button>
      </div>
    );
  }
  const selectedCount = Object.keys(card.selected).length;
  return (
    <section
      className={folderDrop.over ? 'cardb cardb--folder-over' : 'cardb'}
      aria-label="Card browser"
      {...folderDrop.handlers}
    >
      <div className="cardb__toolbar">
        <select
          className="field"
          aria-label="Card slot"
          value={card.slot}
          onChange={(e) => void actions.card.selectSlot(cameraId, Number(e.target.value))}
        >
          {(card.slots.length > 0
            ? card.slots
            : [{ slot: 1, status: 'ok', fileCount: card.files.length, remainingPhotos: 0 }]
          ).map((s) => (
            <option key={s.slot} value={s.slot} disabled={s.status === 'none'}>
              Slot {s.slot} {s.status === 'none' ? '(no card)' : `· ${s.fileCount} files`}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => void actions.card.load(cameraId)}
          disabled={card.loading}
        >
          {card.loading ? 'Reading…' : 'Refresh'}
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => setSelection(card.files.map(cardKey))}
        >
          Select all
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => setSelection([])}
          disabled={selectedCount === 0}
        >
          Clear
        </button>
        <span className="muted">
          {card.files.length} files · {selectedCount} selected
        </span>
      </div>
      <ErrorNote error={card.error} />
      <CardPullBar cameraId={cameraId} />
      {folderDrop.note && (
        <div
          className={folderDrop.note.ok ? 'cardb__drop-note' : 'cardb__drop-note cardb__drop-note--warn'}
          role="status"
          data-testid="folder-drop-note"
        >
          {folderDrop.note.text}
          <button type="button" className="btn btn--small btn--ghost" onClick={folderDrop.dismiss}>
            OK
          </button>
        </div>
      )}
      <SessionDropList cameraId={cameraId} />
      <CardGrid
        cameraId={cameraId}
        groups={groups}
        selected={card.selected}
        progressByKey={progressByKey}
        onTileClick={onTileClick}
        onTileDragStart={tileDrag.onDragStart}
        canDragOut={tileDrag.canDragOut}
        onSelectDay={(files) => setSelection(files.map(cardKey))}
        footer={
          !card.loading &&
          card.files.length === 0 &&
          !card.error && <div className="muted cardb__none">This card is empty.</div>
        }
      />
    </section>
  );
}
