/** Progress of an interval run. */
export interface IntervalProgress {
  running: boolean;
  done: number;
  total: number;
  /** Epoch ms of the next shot, null when none is scheduled. */
  nextAt: number | null;
}

/** Injected clock (tests use fake timers through these). */
export interface TimerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: TimerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Fires `shoot` `count` times, `intervalMs` apart (measured start to start, so a slow shot does not
 * drift the schedule; a shot still running when the next is due delays it). Stops on the first error.
 */
export class IntervalTimer {
  private handle: unknown = null;
  private progress: IntervalProgress = { running: false, done: 0, total: 0, nextAt: null };

  constructor(
    private readonly onProgress: (p: IntervalProgress) => void,
    private readonly onError: (err: unknown) => void,
    private readonly clock: TimerClock = realClock,
  ) {}

  /** Current progress. */
  get state(): IntervalProgress {
    return this.progress;
  }

  /** Starts a run (the first shot fires now). A running run is stopped first. */
  start(count: number, intervalMs: number, shoot: () => Promise<void>): void {
    this.stop();
    const total = Math.max(1, Math.floor(count));
    const gap = Math.max(100, intervalMs);
    const startedAt = this.clock.now();
    this.update({ running: true, done: 0, total, nextAt: startedAt });
    const fire = async (): Promise<void> => {
      this.handle = null;
      if (!this.progress.running) return;
      try {
        await shoot();
      } catch (err) {
        this.update({ ...this.progress, running: false, nextAt: null });
        this.onError(err);
        return;
      }
      if (!this.progress.running) return;
      const done = this.progress.done + 1;
      if (done >= total) {
        this.update({ running: false, done, total, nextAt: null });
        return;
      }
      const nextAt = startedAt + done * gap;
      this.update({ running: true, done, total, nextAt });
      this.handle = this.clock.setTimeout(() => void fire(), Math.max(0, nextAt - this.clock.now()));
    };
    void fire();
  }

  /** Stops the run (a shot already in flight completes). */
  stop(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
    if (this.progress.running) this.update({ ...this.progress, running: false, nextAt: null });
  }

  private update(p: IntervalProgress): void {
    this.progress = p;
    this.onProgress(p);
  }
}
