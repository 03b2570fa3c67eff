import type { StateCreator } from 'zustand';
import type { UiError } from '../features/errors/error-messages';

/** What the live view is doing. */
export type LiveViewPhase = 'idle' | 'starting' | 'streaming' | 'stalled' | 'error' | 'unsupported';

/** Which histogram the overlay shows. */
export type HistogramMode = 'off' | 'rgb' | 'luma';

/** Overlay toggles (UI preferences). */
export interface LiveOverlays {
  grid: boolean;
  histogram: HistogramMode;
  peaking: boolean;
  zebra: boolean;
  focusFrame: boolean;
  /** Show the frame at 100 % (one image pixel per device pixel) instead of fitting it. */
  zoom100: boolean;
}

/** Live-view status only — never frames. `fps` is updated about once a second. */
export interface LiveViewSlice {
  liveView: { phase: LiveViewPhase; fps: number; width: number; height: number; error: UiError | null };
  overlays: LiveOverlays;
  setLivePhase(phase: LiveViewPhase, error?: UiError | null): void;
  setLiveFps(fps: number): void;
  /** Records the frame size; a no-op when unchanged so frames never cause re-renders. */
  setLiveSize(width: number, height: number): void;
  setOverlay<K extends keyof LiveOverlays>(key: K, value: LiveOverlays[K]): void;
  toggleOverlay(key: 'grid' | 'peaking' | 'zebra' | 'focusFrame' | 'zoom100'): void;
  /** Cycles the histogram off → RGB → luma → off. */
  cycleHistogram(): void;
}

const NEXT_HISTOGRAM: Record<HistogramMode, HistogramMode> = { off: 'rgb', rgb: 'luma', luma: 'off' };

/** Creates the live-view slice. */
export const createLiveViewSlice: StateCreator<LiveViewSlice, [], [], LiveViewSlice> = (set, get) => ({
  liveView: { phase: 'idle', fps: 0, width: 0, height: 0, error: null },
  overlays: { grid: false, histogram: 'rgb', peaking: false, zebra: false, focusFrame: true, zoom100: false },
  setLivePhase: (phase, error = null) =>
    set((s) => {
      if (s.liveView.phase === phase && s.liveView.error === error) return s;
      return { liveView: { ...s.liveView, phase, error, fps: phase === 'streaming' ? s.liveView.fps : 0 } };
    }),
  setLiveFps: (fps) => {
    const rounded = Math.round(fps * 10) / 10;
    if (get().liveView.fps !== rounded) set((s) => ({ liveView: { ...s.liveView, fps: rounded } }));
  },
  setLiveSize: (width, height) => {
    const lv = get().liveView;
    if (lv.width !== width || lv.height !== height) set({ liveView: { ...lv, width, height } });
  },
  setOverlay: (key, value) => set((s) => ({ overlays: { ...s.overlays, [key]: value } })),
  toggleOverlay: (key) => set((s) => ({ overlays: { ...s.overlays, [key]: !s.overlays[key] } })),
  cycleHistogram: () =>
    set((s) => ({ overlays: { ...s.overlays, histogram: NEXT_HISTOGRAM[s.overlays.histogram] } })),
});
