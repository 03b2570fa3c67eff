/**
 * Browsers open at most 6 HTTP/1.1 connections per host, and an MJPEG push stream holds one for as long as it
 * runs (the SSE stream holds another). With every body of a multi-camera grid streaming, requests would
 * queue behind them forever; so only {@link MAX_MJPEG_STREAMS} cameras stream at once and the others poll
 * the single-frame endpoint (short requests that share the remaining connections).
 */
export const MAX_MJPEG_STREAMS = 3;

/** Counts the push streams open in one window. */
export class StreamSlots {
  private used = 0;

  constructor(private readonly max = MAX_MJPEG_STREAMS) {}

  /** Takes a slot when one is free. */
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used++;
    return true;
  }

  /** Gives a taken slot back. */
  give(): void {
    this.used = Math.max(0, this.used - 1);
  }

  /** Slots in use (tests and diagnostics). */
  inUse(): number {
    return this.used;
  }
}
