import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ShotInfo } from '../../../shared/studio-types';
import { useActions, useStudio } from '../../app/studio-context';
import { useThumbnail } from '../shared/thumb-cache';
import { useScrollWindow, visibleSpan } from '../shared/use-scroll-window';
import { ReviewBadge, passes, type ReviewFilter } from '../review/review-badge';
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

/** One thumbnail at its place in the strip; its image is requested when it is rendered. */
const FilmstripItem = memo(function FilmstripItem({
  shot,
  index,
  count,
  selected,
  onSelect,
}: {
  shot: ShotInfo;
  index: number;
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
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
      className={selected ? 'strip__item strip__item--selected' : 'strip__item'}
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
      onClick={() => onSelect(shot.id)}
    >
      <div className="strip__thumb">
        {url ? (
          <img src={url} alt="" draggable={false} />
        ) : (
          <span className="strip__kind">{shot.kind.toUpperCase()}</span>
        )}
        {shot.kind === 'raw' && url && <span className="strip__badge">RAW</span>}
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
  const reviews = useStudio((s) => s.reviews);
  const [filter, setFilter] = useState<ReviewFilter>({ minRating: 0, flags: 'all' });
  // The strip shows the shots that pass the review filter (stars, picks, rejects hidden).
  const shots = useMemo(
    () => allShots.filter((s) => passes(filter, reviews[s.id])),
    [allShots, reviews, filter],
  );
  const selected = useStudio((s) => s.selectedShotId);
  const session = useStudio((s) => s.activeSession);
  const selectShot = useStudio((s) => s.selectShot);
  const setViewer = useStudio((s) => s.setViewer);
  const onSelect = useCallback(
    (id: string) => {
      selectShot(id);
      setViewer('shot');
    },
    [selectShot, setViewer],
  );
  // The element as state (the scroll window follows a list mounted later) and as a ref (scrolled from code).
  const [list, setListState] = useState<HTMLUListElement | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const setList = useCallback((el: HTMLUListElement | null) => {
    listRef.current = el;
    setListState(el);
  }, []);
  const win = useScrollWindow(list, 'x', STRIP_FALLBACK);
  const { refresh } = win;
  const { first, last } = visibleSpan(shots.length, STRIP_PITCH, win.offset, win.size, STRIP_LEAD);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(shots.length - 1, last + OVERSCAN);

  // Keep the selection in view ("nearest"): the item may not be rendered, so scroll by its index.
  const selectedIndex = selected ? shots.findIndex((x) => x.id === selected) : -1;
  const lastSelected = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el || selectedIndex < 0 || lastSelected.current === selected) return;
    lastSelected.current = selected;
    const left = STRIP_LEAD + selectedIndex * STRIP_PITCH;
    const width = el.clientWidth || STRIP_FALLBACK.size;
    const before = el.scrollLeft;
    if (left - STRIP_LEAD < before) el.scrollLeft = left - STRIP_LEAD;
    else if (left + STRIP_PITCH + STRIP_LEAD > before + width)
      el.scrollLeft = left + STRIP_PITCH + STRIP_LEAD - width;
    if (el.scrollLeft !== before) refresh();
  }, [list, selected, selectedIndex, refresh]);
  useEffect(() => {
    if (!selected) lastSelected.current = null;
  }, [selected]);

  const items = [];
  for (let i = from; i <= to; i++) {
    const s = shots[i];
    items.push(
      <FilmstripItem
        key={s.id}
        shot={s}
        index={i}
        count={shots.length}
        selected={s.id === selected}
        onSelect={onSelect}
      />,
    );
  }
  return (
    <section className="strip" aria-label="Filmstrip">
      <div className="strip__head">
        <span>Filmstrip</span>
        <span className="muted">
          {shots.length} shot{shots.length === 1 ? '' : 's'}
          {session ? ` · ${session.name}` : ''}
        </span>
        <select
          className="field strip__filter"
          aria-label="Filter shots"
          value={`${filter.minRating}:${filter.flags}`}
          onChange={(e) => {
            const [min, flags] = e.target.value.split(':');
            setFilter({ minRating: Number(min), flags: flags as ReviewFilter['flags'] });
          }}
        >
          <option value="0:all">All shots</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={`${n}:all`}>
              {'★'.repeat(n)} and up
            </option>
          ))}
          <option value="0:picks">Picks</option>
          <option value="0:hideRejects">Hide rejects</option>
        </select>
        <span className="muted strip__hint">
          ← → browse · 0–5 rate · 6–9 label · P/X pick/reject · L live view
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
