import type { DateGroup } from './card-groups';

/** Smallest tile width (card-browser.css `.cardb__grid` columns). */
export const TILE_MIN_WIDTH = 128;
/** Gap between tiles, both ways (card-browser.css). */
export const TILE_GAP = 8;
/** A tile row: tile height (132, card-browser.css `.card-tile`) plus the gap below. */
export const ROW_PITCH = 140;
/** A day's header row (card-browser.css `.cardb__day`). */
export const HEAD_HEIGHT = 34;

/** One row of the card browser: a day's header or a row of up to `cols` tiles of that day. */
export type CardRow =
  | { kind: 'head'; group: number; top: number }
  | { kind: 'tiles'; group: number; top: number; from: number; to: number };

/** The rows of the whole card and its total height, for `cols` tiles per row. */
export interface CardLayout {
  rows: CardRow[];
  height: number;
  cols: number;
}

/** Tiles per row for a content width. */
export function columnsFor(width: number): number {
  return Math.max(1, Math.floor((width + TILE_GAP) / (TILE_MIN_WIDTH + TILE_GAP)));
}

/** Lays the day groups out as fixed-height rows (what virtual scrolling needs: every row's top is known). */
export function layoutCard(groups: readonly DateGroup[], cols: number): CardLayout {
  const rows: CardRow[] = [];
  let top = 0;
  groups.forEach((g, group) => {
    rows.push({ kind: 'head', group, top });
    top += HEAD_HEIGHT;
    for (let from = 0; from < g.files.length; from += cols) {
      rows.push({ kind: 'tiles', group, top, from, to: Math.min(g.files.length, from + cols) - 1 });
      top += ROW_PITCH;
    }
  });
  return { rows, height: top, cols };
}

const rowHeight = (r: CardRow) => (r.kind === 'head' ? HEAD_HEIGHT : ROW_PITCH);

/** First and last row (inclusive) intersecting `[offset, offset + size)`; `last < first` when there are none. */
export function rowsInView(
  rows: readonly CardRow[],
  offset: number,
  size: number,
): { first: number; last: number } {
  if (rows.length === 0) return { first: 0, last: -1 };
  // Binary search for the last row starting at or before `offset`.
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid].top <= offset) lo = mid;
    else hi = mid - 1;
  }
  let last = lo;
  while (last + 1 < rows.length && rows[last + 1].top < offset + size) last++;
  const first = rows[lo].top + rowHeight(rows[lo]) <= offset && lo + 1 < rows.length ? lo + 1 : lo;
  return { first, last: Math.max(first, last) };
}
