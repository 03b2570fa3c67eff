import type { StateCreator } from 'zustand';

/**
 * The focus magnifier as the window drives it. `body`: the camera's own magnifier enlarges the live view
 * (the frames then hold real detail); `crop`: a camera without one, the stream's pixels are enlarged.
 */
export interface MagnifierState {
  /** Ratio ×10 (50 = ×5.0); 0 when off. */
  ratioX10: number;
  /** Centre of the magnified area in the 640×480 AF space. */
  centre: { x: number; y: number };
  source: 'body' | 'crop';
}

/** Focus magnifier state (never frames). */
export interface MagnifierSlice {
  magnifier: MagnifierState;
  setMagnifier(next: Partial<MagnifierState>): void;
}

/** Creates the magnifier slice (off, centred). */
export const createMagnifierSlice: StateCreator<MagnifierSlice, [], [], MagnifierSlice> = (set) => ({
  magnifier: { ratioX10: 0, centre: { x: 320, y: 240 }, source: 'crop' },
  setMagnifier: (next) => set((s) => ({ magnifier: { ...s.magnifier, ...next } })),
});
