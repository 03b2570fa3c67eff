import type { StateCreator } from 'zustand';
import type { ReviewFilter } from '../features/review/review-filter';

/** How reviewed shots are shown: fitted to the pane, or at 100 % centred on a point of the picture. */
export interface ReviewZoom {
  mode: 'fit' | 'actual';
  /** The picture point at the pane's centre at 100 %, as fractions of its width and height (0..1). */
  cx: number;
  cy: number;
}

/** The most shots compared at once (4-up). */
export const COMPARE_MAX = 4;

/**
 * Review view state shared by the shot viewer, the compare panes and the filmstrip: which tiles show
 * (the filter), which are marked for compare, one zoom/pan for every pane (compare stays in sync) and the
 * clipping warnings.
 */
export interface ReviewViewSlice {
  reviewFilter: ReviewFilter;
  /** Tile ids marked for compare, in the order they were marked (at most {@link COMPARE_MAX}). */
  compareIds: string[];
  reviewZoom: ReviewZoom;
  /** Highlight (red) and shadow (blue) clipping shown over reviewed shots. */
  clipping: boolean;
  setReviewFilter(filter: ReviewFilter): void;
  /**
   * Marks or unmarks a tile for compare. The first mark also takes `current` (the shot being looked at),
   * as Lightroom's Ctrl-click adds to the selection; a fifth mark drops the oldest.
   */
  toggleCompare(id: string, current: string | null): void;
  setCompareIds(ids: string[]): void;
  setReviewZoom(zoom: Partial<ReviewZoom>): void;
  /** Fit ↔ 100 %; `at` is the picture point to centre when zooming in (default: where the view was). */
  toggleZoom(at?: { cx: number; cy: number }): void;
  toggleClipping(): void;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0.5));

/** Creates the review view slice. */
export const createReviewViewSlice: StateCreator<ReviewViewSlice, [], [], ReviewViewSlice> = (set) => ({
  reviewFilter: { minRating: 0, flags: 'all' },
  compareIds: [],
  reviewZoom: { mode: 'fit', cx: 0.5, cy: 0.5 },
  clipping: false,
  setReviewFilter: (reviewFilter) => set({ reviewFilter }),
  toggleCompare: (id, current) =>
    set((s) => {
      if (s.compareIds.includes(id)) return { compareIds: s.compareIds.filter((x) => x !== id) };
      const base = s.compareIds.length === 0 && current && current !== id ? [current] : s.compareIds;
      return { compareIds: [...base, id].slice(-COMPARE_MAX) };
    }),
  setCompareIds: (ids) => set({ compareIds: [...new Set(ids)].slice(0, COMPARE_MAX) }),
  setReviewZoom: (zoom) =>
    set((s) => {
      const next = { ...s.reviewZoom, ...zoom };
      return { reviewZoom: { mode: next.mode, cx: clamp01(next.cx), cy: clamp01(next.cy) } };
    }),
  toggleZoom: (at) =>
    set((s) => {
      if (s.reviewZoom.mode === 'actual') return { reviewZoom: { ...s.reviewZoom, mode: 'fit' } };
      const cx = clamp01(at?.cx ?? s.reviewZoom.cx);
      const cy = clamp01(at?.cy ?? s.reviewZoom.cy);
      return { reviewZoom: { mode: 'actual', cx, cy } };
    }),
  toggleClipping: () => set((s) => ({ clipping: !s.clipping })),
});
