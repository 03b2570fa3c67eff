import { pairShots, tileIndexOf, type ShotTile } from '../../../shared/shot-pairs';
import type { ShotReview } from '../../../shared/review-types';
import type { ShotInfo } from '../../../shared/studio-types';
import type { StudioState, StudioStore } from '../../store/store';
import { passes, type ReviewFilter } from './review-filter';

type TileInputs = Pick<StudioState, 'shots' | 'reviews' | 'reviewFilter'>;

const memo = new WeakMap<
  readonly ShotInfo[],
  { reviews: Record<string, ShotReview>; filter: ReviewFilter; tiles: ShotTile[] }
>();

/**
 * The filmstrip's tiles: the active session's shots, RAW+JPEG pairs as one tile, those the review filter
 * lets through. Memoised on the inputs' identity, so every caller (strip, keys, compare) shares one list.
 */
export function visibleTiles(s: TileInputs): ShotTile[] {
  const hit = memo.get(s.shots);
  if (hit && hit.reviews === s.reviews && hit.filter === s.reviewFilter) return hit.tiles;
  const tiles = pairShots(s.shots).filter((t) => passes(s.reviewFilter, s.reviews[t.id]));
  memo.set(s.shots, { reviews: s.reviews, filter: s.reviewFilter, tiles });
  return tiles;
}

/** The visible tile holding shot `id` (either file of a pair), or null. */
export function tileOf(s: TileInputs, id: string | null): ShotTile | null {
  const tiles = visibleTiles(s);
  return tiles[tileIndexOf(tiles, id)] ?? null;
}

/** Moves the selection by `delta` visible tiles (positive = older); returns whether a tile is selected. */
export function stepSelection(s: StudioState, delta: number): boolean {
  const tiles = visibleTiles(s);
  if (tiles.length === 0) return false;
  const i = tileIndexOf(tiles, s.selectedShotId);
  const from = i < 0 ? (delta > 0 ? -1 : tiles.length) : i;
  const next = Math.min(tiles.length - 1, Math.max(0, from + delta));
  s.selectShot(tiles[next].id);
  return true;
}

/** Opens the full-screen review of tile `id`: the shot viewer, filling the window. */
export function openFullReview(s: StudioState, id: string): void {
  s.selectShot(id);
  s.setViewer('shot');
  s.setFullscreen(true);
}

/**
 * Shows the compare view: the marked tiles, or (fewer than two marked) the selected tile and the next
 * one, as Lightroom's C does. Returns false when there is nothing to compare.
 */
export function openCompare(s: StudioState): boolean {
  const tiles = visibleTiles(s);
  let ids = s.compareIds.filter((id) => tileIndexOf(tiles, id) >= 0);
  const sel = tiles[tileIndexOf(tiles, s.selectedShotId)];
  if (ids.length < 2) {
    const i = sel ? tiles.indexOf(sel) : -1;
    if (i < 0 || tiles.length < 2) return false;
    ids = [sel.id, (tiles[i + 1] ?? tiles[i - 1]).id];
  }
  s.setCompareIds(ids);
  // The active pane (the one the rating keys go to) is the selected shot when compared, else the first.
  s.selectShot(sel && ids.includes(sel.id) ? sel.id : ids[0]);
  s.setViewer('compare');
  return true;
}

/**
 * Marks or unmarks tile `id` for compare (Ctrl/⌘-click in the strip). The first mark takes the selected
 * tile along; while comparing, the selection stays on a compared tile (the rating keys go there).
 */
export function markForCompare(store: StudioStore, id: string): void {
  const before = store.getState();
  before.toggleCompare(id, tileOf(before, before.selectedShotId)?.id ?? null);
  const s = store.getState();
  const current = tileOf(s, s.selectedShotId)?.id;
  if (!current || (s.viewer === 'compare' && !s.compareIds.includes(current)))
    s.selectShot(s.compareIds[0] ?? id);
}
