import type { StateCreator } from 'zustand';

/** What one tile of the grid live view shows about its stream (metadata only — frames never enter the store). */
export interface GridTile {
  phase: 'starting' | 'streaming' | 'stalled';
  /** Frames drawn per second (updated about once a second). */
  fps: number;
  width: number;
  height: number;
}

/** The grid live view of every connected body: per-camera tile status. */
export interface LiveGridSlice {
  gridTiles: Record<string, GridTile>;
  /** Updates a tile (a no-op when nothing changed, so frames never cause re-renders). */
  patchGridTile(cameraId: string, patch: Partial<GridTile>): void;
  /** Forgets a tile (its stream stopped). */
  dropGridTile(cameraId: string): void;
}

const FRESH: GridTile = { phase: 'starting', fps: 0, width: 0, height: 0 };

/** Creates the grid live-view slice. */
export const createLiveGridSlice: StateCreator<LiveGridSlice, [], [], LiveGridSlice> = (set, get) => ({
  gridTiles: {},
  patchGridTile: (cameraId, patch) => {
    const prev = get().gridTiles[cameraId] ?? FRESH;
    const next = { ...prev, ...patch };
    if (
      get().gridTiles[cameraId] &&
      (Object.keys(next) as (keyof GridTile)[]).every((k) => next[k] === prev[k])
    )
      return;
    set((s) => ({ gridTiles: { ...s.gridTiles, [cameraId]: next } }));
  },
  dropGridTile: (cameraId) =>
    set((s) => {
      if (!(cameraId in s.gridTiles)) return s;
      const gridTiles = { ...s.gridTiles };
      delete gridTiles[cameraId];
      return { gridTiles };
    }),
});
