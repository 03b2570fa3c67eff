import type { LiveStats } from './features/liveview/live-stats';

declare global {
  interface Window {
    /** Debug counters the live-view canvas updates (read by the e2e tests and the UI benchmark). */
    __tetherStats?: LiveStats;
  }
}

export {};
