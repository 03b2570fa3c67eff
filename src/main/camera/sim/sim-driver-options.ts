import type { Logger } from '../../core/logger';

/** Options of the simulated driver (`SimDriver`). */
export interface SimDriverOptions {
  /** Simulated bodies (default `TETHER_SIM_CAMERAS` or 1; 0 is allowed). */
  cameras?: number;
  /** Card read rate in bytes/s; `Infinity` for benchmarks (default 40 MB/s). */
  rateBytesPerSec?: number;
  /** How long a body takes to report connected/disconnected (default 15 ms). */
  connectDelayMs?: number;
  /** Parent folder of the default save-info folders (default `os.tmpdir()`). */
  saveRoot?: string;
  /** Clock for card contents and shot times. */
  now?: () => Date;
  /**
   * Files on each body's card: a card of weeks of shooting (RAW+JPEG pairs, movies, DCIM folders) for
   * card-scale work. Default `TETHER_SIM_CARD_SHOTS`, else the small two-session card (~40 shots).
   */
  cardFiles?: number;
  logger?: Logger;
}

/** Number of bodies from `TETHER_SIM_CAMERAS` (1 when unset or not a number). */
export function simCameraCount(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number.parseInt(env.TETHER_SIM_CAMERAS ?? '', 10);
  return Number.isFinite(n) ? Math.min(16, Math.max(0, n)) : 1;
}
