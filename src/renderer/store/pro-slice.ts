import type { StateCreator } from 'zustand';
import type { StudioEventMap } from '../../shared/events';
import type { CaptureAllResult } from '../../shared/multi-camera-types';
import type { Preset } from '../../shared/preset-types';
import type { ShotReview } from '../../shared/review-types';

/** A sequence run as the UI shows it (the `sequenceProgress` summary, without the frame list). */
export type RunSummary = StudioEventMap['sequenceProgress'];

/** How the capture bar exposes on BULB: for a set time (the studio times it) or while the button is held. */
export interface BulbPrefs {
  mode: 'timed' | 'hold';
  seconds: number;
}

/** Sequences, reviews, presets and the last capture-all, as the UI knows them. */
export interface ProSlice {
  /** Runs by id (the studio's, running and recent). */
  runs: Record<string, RunSummary>;
  /** Review state by shot id. */
  reviews: Record<string, ShotReview>;
  presets: Preset[];
  lastCaptureAll: CaptureAllResult | null;
  bulb: BulbPrefs;
  setBulb(patch: Partial<BulbPrefs>): void;
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
  bulb: { mode: 'timed', seconds: 30 },
  setBulb: (patch) => set((s) => ({ bulb: { ...s.bulb, ...patch } })),
  setRuns: (list) => set(() => ({ runs: Object.fromEntries(list.map((r) => [r.id, r])) })),
  upsertRun: (run) => set((s) => ({ runs: { ...s.runs, [run.id]: run } })),
  setReviews: (list) => set(() => ({ reviews: byShot(list) })),
  mergeReviews: (list) => set((s) => ({ reviews: { ...s.reviews, ...byShot(list) } })),
  setPresets: (presets) => set(() => ({ presets })),
  setLastCaptureAll: (lastCaptureAll) => set(() => ({ lastCaptureAll })),
});

/** The active run of a camera that has a BULB exposure open, if any. */
export function openExposure(runs: Record<string, RunSummary>, cameraId: string | null): RunSummary | null {
  if (!cameraId) return null;
  return (
    Object.values(runs).find((r) => r.cameraId === cameraId && r.state === 'running' && r.exposure) ?? null
  );
}

/** Runs newest first. */
export function sortedRuns(runs: Record<string, RunSummary>): RunSummary[] {
  return Object.values(runs).sort((a, b) => b.startedAt - a.startedAt);
}
