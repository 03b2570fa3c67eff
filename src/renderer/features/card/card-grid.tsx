import {
  useMemo,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { CardListingFile } from '../../../shared/card-import-types';
import { cardKey } from '../../store/card-slice';
import { formatDay } from '../shared/format';
import { useScrollWindow } from '../shared/use-scroll-window';
import type { DateGroup } from './card-groups';
import { columnsFor, HEAD_HEIGHT, layoutCard, rowsInView, TILE_GAP, type CardRow } from './card-layout';
import { CardTile } from './card-tile';

/** Rows rendered beyond each edge of the view (no thumbnails are requested for them). */
const OVERSCAN_ROWS = 1;
/** Top and side padding of the scroll area (card-browser.css `.cardb__scroll`). */
const PAD_TOP = 4;
const PAD_SIDES = 24;
/** The view's size where there is no layout to measure (tests). */
const GRID_FALLBACK = { size: 1000, cross: 1200 };

/** Props of {@link CardGrid}. */
export interface CardGridProps {
  cameraId: string;
  groups: DateGroup[];
  selected: Record<string, true>;
  progressByKey: Record<string, number>;
  onTileClick: (key: string, e: MouseEvent | KeyboardEvent) => void;
  onTileDragStart: (file: CardListingFile, key: string, e: DragEvent) => void;
  /** Whether a file can be dragged out of the window now (see `cardDragOut`). */
  canDragOut: (file: CardListingFile) => boolean;
  onSelectDay: (files: CardListingFile[]) => void;
  /** Shown after the rows (the empty-card note). */
  footer?: ReactNode;
}

/**
 * The card's files by day as a virtualised grid: rows of fixed height, only those in view (and one either
 * side) in the DOM, thumbnails requested only for tiles in view. A card of thousands of files costs what
 * one screen of tiles does.
 */
export function CardGrid({
  cameraId,
  groups,
  selected,
  progressByKey,
  onTileClick,
  onTileDragStart,
  canDragOut,
  onSelectDay,
  footer,
}: CardGridProps) {
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const win = useScrollWindow(scroller, 'y', GRID_FALLBACK);
  const cols = columnsFor(win.cross - PAD_SIDES);
  const layout = useMemo(() => layoutCard(groups, cols), [groups, cols]);
  const view = rowsInView(layout.rows, win.offset - PAD_TOP, win.size);
  const from = Math.max(0, view.first - OVERSCAN_ROWS);
  const to = Math.min(layout.rows.length - 1, view.last + OVERSCAN_ROWS);

  // Consecutive rows of one day form a section: its header (sticky) and a listbox of its tiles in range.
  const sections: { group: number; rows: { row: CardRow; index: number }[] }[] = [];
  for (let i = from; i <= to; i++) {
    const row = layout.rows[i];
    const last = sections[sections.length - 1];
    if (last && last.group === row.group) last.rows.push({ row, index: i });
    else sections.push({ group: row.group, rows: [{ row, index: i }] });
  }
  const top = layout.rows[from]?.top ?? 0;

  return (
    <div className="cardb__scroll" ref={setScroller}>
      <div className="cardb__canvas" style={{ height: layout.height }}>
        <div className="cardb__window" style={{ top }}>
          {sections.map(({ group, rows }) => {
            const g = groups[group];
            const headShown = rows[0].row.kind === 'head';
            const tiles = rows.flatMap(({ row, index }) =>
              row.kind === 'tiles'
                ? g.files
                    .slice(row.from, row.to + 1)
                    .map((f) => ({ f, visible: index >= view.first && index <= view.last }))
                : [],
            );
            return (
              <div key={g.day} className="cardb__group" role="group" aria-label={formatDay(g.day)}>
                <div
                  className="cardb__day"
                  // A header scrolled away still sticks on top of its day's rows, without taking their place.
                  style={headShown ? undefined : { marginTop: -HEAD_HEIGHT }}
                >
                  <span>{formatDay(g.day)}</span>
                  <span className="muted">{g.files.length} files</span>
                  <button
                    type="button"
                    className="btn btn--small btn--ghost"
                    onClick={() => onSelectDay(g.files)}
                  >
                    Select day
                  </button>
                </div>
                {tiles.length > 0 && (
                  <ul
                    className="cardb__grid"
                    style={{ gridTemplateColumns: `repeat(${layout.cols}, minmax(0, 1fr))`, gap: TILE_GAP }}
                    role="listbox"
                    aria-multiselectable="true"
                    aria-label={`Files of ${formatDay(g.day)}`}
                  >
                    {tiles.map(({ f, visible }) => {
                      const key = cardKey(f);
                      return (
                        <CardTile
                          key={key}
                          cameraId={cameraId}
                          file={f}
                          fileKey={key}
                          visible={visible}
                          selected={!!selected[key]}
                          progress={progressByKey[key] ?? null}
                          dragOut={canDragOut(f)}
                          onClick={onTileClick}
                          onDragStart={onTileDragStart}
                        />
                      );
                    })}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {footer}
    </div>
  );
}
