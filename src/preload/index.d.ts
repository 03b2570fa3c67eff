import type { TetherApi } from './bridge/api';

declare global {
  interface Window {
    /** The typed IPC bridge, present only in the Electron window (absent in a browser). */
    readonly tether?: TetherApi;
  }
}

export type { TetherApi };
