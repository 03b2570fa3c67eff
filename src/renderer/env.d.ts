/// <reference types="vite/client" />
/** Stylesheets are imported for their side effect; Vite bundles them. */
declare module '*.css';

interface Window {
  /** Debug counters the live-view canvas updates (read by the e2e tests and the UI benchmark). */
  __tetherStats?: import('./features/liveview/live-stats').LiveStats;
}
