import type { StateCreator } from 'zustand';
import type { StudioEventMap } from '../../shared/events';
import type { CaptureAllResult } from '../../shared/multi-camera-types';
import type { Preset } from '../../shared/preset-types';
import type { ShotReview } from '../../shared/review-types';

/** A sequence run as the UI shows it (the `sequenceProgress` summary, without the frame list). */
export type RunSummary = StudioEventMap['sequenceProgress'];

/** Sequences, reviews, presets and the last capture-all, as the UI knows them. */
export interface ProSlice {
  /** Runs by id (the studio's, running and recent). */
  runs: Record<string, RunSummary>;
  /** Review state by shot id. */
  reviews: Record<string, ShotReview>;
  presets: Preset[];
  lastCaptureAll: CaptureAllResult | null;
  /** Replaces the known runs. */
  setRuns(runs: RunSummary[]): void;
  /** Adds or replaces one run (a progress event). */
  upsertRun(run: RunSummary): void;
  /** Replaces every review (a session load). */
  setReviews(reviews: ShotReview[]): void;
  /** Merges changed reviews (an event or a call's answer). */
  mergeReviews(reviews: ShotReview[]): void;
  setPresets(presets: Preset[]): void;
  setLastCaptureAll(result: CaptureAllResult): void;
}

const byShot = (list: ShotReview[]) => Object.fromEntries(list.map((r) => [r.shotId, r]));

/** Creates the pro-shooting slice. */
export const createProSlice: StateCreator<ProSlice, [], [], ProSlice> = (set) => ({
  runs: {},
  reviews: {},
  presets: [],
  lastCaptureAll: null,
  setRuns: (list) => set(() => ({ runs: Object.fromEntries(list.map((r) => [r.id, r])) })),
  upsertRun: (run) => set((s) => ({ runs: { ...s.runs, [run.id]: run } })),
  setReviews: (list) => set(() => ({ reviews: byShot(list) })),
  mergeReviews: (list) => set((s) => ({ reviews: { ...s.reviews, ...byShot(list) } })),
  setPresets: (presets) => set(() => ({ presets })),
  setLastCaptureAll: (lastCaptureAll) => set(() => ({ lastCaptureAll })),
});

/** Runs newest first. */
export function sortedRuns(runs: Record<string, RunSummary>): RunSummary[] {
  return Object.values(runs).sort((a, b) => b.startedAt - a.startedAt);
}
