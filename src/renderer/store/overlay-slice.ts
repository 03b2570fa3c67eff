import type { StateCreator } from 'zustand';

/** Aspect/crop masks on the live view: the frame outside the ratio is darkened. */
export type CropMaskKind = 'none' | '1:1' | '4:5' | '16:9' | 'custom';

/** An image laid over the live view (a layout, a magazine cover, a previous shot). */
export interface LiveOverlay {
  /** Object URL of the image (null: none). */
  src: string | null;
  name: string;
  /** 0..1 */
  opacity: number;
  /** 1 = the image fits the frame. */
  scale: number;
  /** Offset in % of the frame. */
  x: number;
  y: number;
}

/** The live-view composition aids of this window (never persisted: object URLs die with the page). */
export interface OverlaySlice {
  liveOverlay: LiveOverlay;
  cropMask: { kind: CropMaskKind; w: number; h: number };
  patchLiveOverlay(patch: Partial<LiveOverlay>): void;
  setCropMask(mask: Partial<OverlaySlice['cropMask']>): void;
}

/** Creates the overlay slice. */
export const createOverlaySlice: StateCreator<OverlaySlice, [], [], OverlaySlice> = (set) => ({
  liveOverlay: { src: null, name: '', opacity: 0.5, scale: 1, x: 0, y: 0 },
  cropMask: { kind: 'none', w: 3, h: 2 },
  patchLiveOverlay: (patch) =>
    set((s) => {
      // A replaced image's object URL is released.
      if (patch.src !== undefined && s.liveOverlay.src && patch.src !== s.liveOverlay.src)
        URL.revokeObjectURL(s.liveOverlay.src);
      return { liveOverlay: { ...s.liveOverlay, ...patch } };
    }),
  setCropMask: (mask) => set((s) => ({ cropMask: { ...s.cropMask, ...mask } })),
});

/** Width/height of a mask (null: none or an unusable custom ratio). */
export function maskRatio(mask: OverlaySlice['cropMask']): number | null {
  if (mask.kind === 'none') return null;
  if (mask.kind === 'custom') return mask.w > 0 && mask.h > 0 ? mask.w / mask.h : null;
  const [w, h] = mask.kind.split(':').map(Number);
  return w / h;
}
