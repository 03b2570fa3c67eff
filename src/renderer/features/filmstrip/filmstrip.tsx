import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { ShotInfo } from '../../../shared/studio-types';
import { useActions, useStudio } from '../../app/studio-context';
import { useInView, useObjectUrl } from '../shared/use-object-url';
import { ReviewBadge, passes, type ReviewFilter } from '../review/review-badge';
import '../review/review.css';
import { startDownloadDrag } from './shot-download';
import './filmstrip.css';

/** One thumbnail; loads its image only once scrolled into view. */
const FilmstripItem = memo(function FilmstripItem({
  shot,
  selected,
  onSelect,
}: {
  shot: ShotInfo;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { client } = useActions();
  const ref = useRef<HTMLLIElement>(null);
  const visible = useInView(ref);
  const { url } = useObjectUrl(
    shot.id,
    () => client.getShotImage(shot.id, 'thumbnail'),
    visible && shot.kind !== 'movie',
  );
  // Desktop: native drag-out. Browser: the drag becomes a download of the shot file.
  const fileUrl = client.native ? null : client.shotFileUrl(shot.id);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      className={selected ? 'strip__item strip__item--selected' : 'strip__item'}
      aria-selected={selected}
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
      <span className="strip__name">{shot.fileName}</span>
    </li>
  );
});

/** The session's shots, newest first; click or ←/→ to browse, the selection opens in the viewer. */
export function Filmstrip() {
  const shots = useStudio((s) => s.shots);
  const selected = useStudio((s) => s.selectedShotId);
  const session = useStudio((s) => s.activeSession);
  const selectShot = useStudio((s) => s.selectShot);
  const setViewer = useStudio((s) => s.setViewer);
  const reviews = useStudio((s) => s.reviews);
  const [filter, setFilter] = useState<ReviewFilter>({ minRating: 0, flags: 'all' });
  const shown = useMemo(() => shots.filter((s) => passes(filter, reviews[s.id])), [shots, reviews, filter]);
  const onSelect = (id: string) => {
    selectShot(id);
    setViewer('shot');
  };
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
      {shots.length === 0 ? (
        <div className="strip__empty muted">No shots in this session yet. Press Space to capture.</div>
      ) : (
        <ul className="strip__list" role="listbox" aria-label="Shots" aria-orientation="horizontal">
          {shown.map((s) => (
            <FilmstripItem key={s.id} shot={s} selected={s.id === selected} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </section>
  );
}
