/** Debug counters of the live-view canvas, exposed as `window.__tetherStats` for e2e tests and the benchmark. */
export interface LiveStats {
  /** Frames received from the transport. */
  framesReceived: number;
  /** Frames decoded and drawn on the canvas. */
  framesDrawn: number;
  /** Frames skipped because a newer one arrived while decoding. */
  framesDropped: number;
  /** Drawn frames whose sequence number differed from the previous drawn one. */
  distinctFramesDrawn: number;
  lastSeq: number;
  /** Draws per second over the last second. */
  fps: number;
  /** Frame timestamp → draw latency in ms, newest last (bounded ring, oldest dropped). */
  latencies: number[];
}

const MAX_LATENCIES = 2000;

/** Creates zeroed counters and publishes them on `window.__tetherStats`. */
export function createLiveStats(): LiveStats {
  const stats: LiveStats = {
    framesReceived: 0,
    framesDrawn: 0,
    framesDropped: 0,
    distinctFramesDrawn: 0,
    lastSeq: -1,
    fps: 0,
    latencies: [],
  };
  if (typeof window !== 'undefined') window.__tetherStats = stats;
  return stats;
}

/** Records one latency sample, dropping the oldest past the bound. */
export function recordLatency(stats: LiveStats, ms: number): void {
  stats.latencies.push(ms);
  if (stats.latencies.length > MAX_LATENCIES)
    stats.latencies.splice(0, stats.latencies.length - MAX_LATENCIES);
}
