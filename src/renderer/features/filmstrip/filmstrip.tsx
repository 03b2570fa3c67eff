import { memo, useCallback, useState } from 'react';
import type { ShotTile } from '../../../shared/shot-pairs';
import { useActions, useStoreApi, useStudio } from '../../app/studio-context';
import { useThumbnail } from '../shared/thumb-cache';
import { useScrollWindow, visibleSpan } from '../shared/use-scroll-window';
import { ReviewBadge } from '../review/review-badge';
import { StripFilter } from '../review/strip-filter';
import { markForCompare, openFullReview, tileOf, visibleTiles } from '../review/strip-tiles';
import '../review/review.css';
import { startDownloadDrag } from './shot-download';
import { loadShotThumb, stripThumbs } from './strip-thumbs';
import './filmstrip.css';
import { MiddleEllipsis } from '../shared/middle-ellipsis';

/** Item width plus the gap to the next (filmstrip.css). */
export const STRIP_PITCH = 144;
/** Padding before the first item (filmstrip.css). */
const STRIP_LEAD = 12;
/** Items rendered beyond each edge of the visible strip. */
const OVERSCAN = 3;
/** The strip's size where there is no layout to measure (tests). */
const STRIP_FALLBACK = { size: 1600, cross: 118 };

/** The scroll offset nearest to `offset` that shows the whole item at `index` in a strip `size` wide. */
function offsetShowing(index: number, offset: number, size: number): number {
  const left = STRIP_LEAD + index * STRIP_PITCH;
  if (left - STRIP_LEAD < offset) return left - STRIP_LEAD;
  if (left + STRIP_PITCH + STRIP_LEAD > offset + size) return left + STRIP_PITCH + STRIP_LEAD - size;
  return offset;
}

/** One thumbnail at its place in the strip; its image is requested when it is rendered. */
const FilmstripItem = memo(function FilmstripItem({
  tile,
  index,
  count,
  selected,
  mark,
  onSelect,
}: {
  tile: ShotTile;
  index: number;
  count: number;
  selected: boolean;
  /** Position in the compare set (1–4), 0 when not marked. */
  mark: number;
  onSelect: (id: string, how: 'click' | 'mark' | 'open') => void;
}) {
  const { shot, partner } = tile;
  const { client } = useActions();
  const url = useThumbnail(
    stripThumbs(client),
    shot.id,
    loadShotThumb(client, shot.id),
    shot.kind !== 'movie',
  );
  // Desktop: native drag-out. Browser: the drag becomes a download of the shot file.
  const fileUrl = client.native ? null : client.shotFileUrl(shot.id);
  return (
    <li
      className={`strip__item${selected ? ' strip__item--selected' : ''}${mark ? ' strip__item--marked' : ''}`}
      style={{ left: STRIP_LEAD + index * STRIP_PITCH }}
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      role="option"
      data-shot-id={shot.id}
      title={shot.path}
      draggable={!!client.native || !!fileUrl}
      onDragStart={(e) => {
        if (client.native) {
          e.preventDefault();
          void client.native.startDrag({ kind: 'shot', shotId: shot.id }).catch(() => undefined);
        } else if (fileUrl) startDownloadDrag(e.dataTransfer, shot, fileUrl);
      }}
      onClick={(e) => onSelect(tile.id, e.ctrlKey || e.metaKey ? 'mark' : 'click')}
      onDoubleClick={() => onSelect(tile.id, 'open')}
      data-compare={mark || undefined}
    >
      <div className="strip__thumb">
        {url ? (
          <img src={url} alt="" draggable={false} />
        ) : (
          <span className="strip__kind">{shot.kind.toUpperCase()}</span>
        )}
        {partner ? (
          <span className="strip__badge strip__badge--pair" title={`${shot.fileName} + ${partner.fileName}`}>
            RAW+JPEG
          </span>
        ) : (
          shot.kind === 'raw' && url && <span className="strip__badge">RAW</span>
        )}
        {mark > 0 && (
          <span className="strip__mark" aria-label={`Compare ${mark}`}>
            {mark}
          </span>
        )}
        <ReviewBadge shotId={shot.id} />
        {fileUrl && (
          <a
            className="strip__download"
            href={fileUrl}
            download={shot.fileName}
            aria-label={`Download ${shot.fileName}`}
            title="Download"
            draggable={false}
            onClick={(e) => e.stopPropagation()}
          >
            ⤓
          </a>
        )}
      </div>
      <MiddleEllipsis className="strip__name" text={shot.fileName} />
    </li>
  );
});

/**
 * The session's shots, newest first; click or ←/→ to browse, the selection opens in the viewer. The strip
 * is virtualised: only the items in view (and a few either side) exist in the DOM, so a session of
 * thousands of shots costs what one screen of them does.
 */
export function Filmstrip() {
  const allShots = useStudio((s) => s.shots);
  // RAW+JPEG pairs as one tile; only the tiles that pass the review filter (stars, picks, rejects hidden).
  const shots = useStudio((s) => visibleTiles(s));
  // The selection may name either file of a pair: the tile holding it is the selected one.
  const selected = useStudio((s) => tileOf(s, s.selectedShotId)?.id ?? s.selectedShotId);
  const compareIds = useStudio((s) => s.compareIds);
  const store = useStoreApi();
  const session = useStudio((s) => s.activeSession);
  // While a large session's whole list is on its way, the count says it is the newest so far.
  const partial = useStudio((s) => s.shotsPartial);
  const selectShot = useStudio((s) => s.selectShot);
  const setViewer = useStudio((s) => s.setViewer);
  const onSelect = useCallback(
    (id: string, how: 'click' | 'mark' | 'open') => {
      const s = store.getState();
      if (how === 'mark') return markForCompare(store, id);
      if (how === 'open') return openFullReview(s, id);
      selectShot(id);
      setViewer('shot');
    },
    [store, selectShot, setViewer],
  );
  // The list element as state: the scroll window follows a list mounted later.
  const [list, setList] = useState<HTMLUListElement | null>(null);
  const win = useScrollWindow(list, 'x', STRIP_FALLBACK);

  // Keep the selection in view ("nearest"), decided in this render: the window moves before anything is
  // committed, so a step of the arrow keys renders once and reads no layout.
  const selectedIndex = selected ? shots.findIndex((x) => x.id === selected) : -1;
  const [followed, setFollowed] = useState<string | null>(null);
  if (selected !== followed && (selectedIndex >= 0 || !selected)) {
    setFollowed(selected);
    if (selectedIndex >= 0) win.scrollTo(offsetShowing(selectedIndex, win.offset, win.size));
  }
  const { first, last } = visibleSpan(shots.length, STRIP_PITCH, win.offset, win.size, STRIP_LEAD);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(shots.length - 1, last + OVERSCAN);

  const items = [];
  for (let i = from; i <= to; i++) {
    const s = shots[i];
    items.push(
      <FilmstripItem
        key={s.id}
        tile={s}
        index={i}
        count={shots.length}
        selected={s.id === selected}
        mark={compareIds.indexOf(s.id) + 1}
        onSelect={onSelect}
      />,
    );
  }
  return (
    <section className="strip" aria-label="Filmstrip">
      <div className="strip__head">
        <span>Filmstrip</span>
        <span className="muted">
          {shots.length}
          {partial ? '+' : ''} shot{shots.length === 1 && !partial ? '' : 's'}
          {session ? ` · ${session.name}` : ''}
        </span>
        <StripFilter />
        <span className="muted strip__hint">
          ← → browse · 0–5 rate · 6–9 label · P/X pick/reject · Enter full screen · Ctrl-click + N compare
        </span>
      </div>
      {allShots.length === 0 ? (
        <div className="strip__empty muted">No shots in this session yet. Press Space to capture.</div>
      ) : (
        <ul
          ref={setList}
          className="strip__list"
          role="listbox"
          aria-label="Shots"
          aria-orientation="horizontal"
        >
          {items}
          {/* Gives the list its full scroll width: items are placed absolutely by index. */}
          <li
            className="strip__end"
            role="presentation"
            aria-hidden="true"
            style={{ left: STRIP_LEAD + shots.length * STRIP_PITCH + STRIP_LEAD - 1 }}
          />
        </ul>
      )}
    </section>
  );
}
