import { ErrorCode, TetherError } from '../../shared/errors';

/** Epoch milliseconds from the monotonic clock: immune to wall-clock steps (NTP, the user's clock). */
export function monotonicNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The clock a scheduler reads and the timers it sleeps on (tests inject fakes). */
export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `fn` on the next turn of the event loop (the fine-grained last stretch before a deadline). */
  setImmediate(fn: () => void): unknown;
  clearImmediate(handle: unknown): void;
}

const realClock: SchedulerClock = {
  now: monotonicNow,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  setImmediate: (fn) => setImmediate(fn),
  clearImmediate: (h) => clearImmediate(h as NodeJS.Immediate),
};

/** The error a cancelled wait rejects with. */
export function cancelled(why = 'cancelled'): TetherError {
  return new TetherError(ErrorCode.Cancelled, why);
}

/**
 * Sleeps until absolute deadlines, never chained relative timeouts: frame k of a series is due at
 * `start + k·interval` whatever the earlier frames cost, so lateness never accumulates. A timer sleeps
 * until shortly before the deadline (timers fire late, never early, by a scheduler quantum) and the last
 * stretch is covered by event-loop turns, so a wake-up lands within about a millisecond of the deadline on
 * an idle loop.
 */
export class DeadlineScheduler {
  constructor(
    private readonly clock: SchedulerClock = realClock,
    /** How early the coarse timer aims before the deadline, ms. */
    private readonly leadMs = 4,
  ) {}

  /** Now, on the scheduler's clock. */
  now(): number {
    return this.clock.now();
  }

  /** Deadline of frame `k` of a series that started at `start`. */
  static deadline(start: number, intervalMs: number, k: number): number {
    return start + k * intervalMs;
  }

  /** Resolves at `deadline` or later (never before); rejects with CANCELLED when `signal` aborts. */
  sleepUntil(deadline: number, signal?: AbortSignal): Promise<void> {
    const { clock } = this;
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled(String(signal.reason ?? 'cancelled')));
      let timer: unknown = null;
      let turn: unknown = null;
      const onAbort = () => {
        if (timer !== null) clock.clearTimeout(timer);
        if (turn !== null) clock.clearImmediate(turn);
        reject(cancelled(String(signal?.reason ?? 'cancelled')));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const step = () => {
        timer = turn = null;
        const left = deadline - clock.now();
        if (left <= 0) return done();
        if (left > this.leadMs) timer = clock.setTimeout(step, left - this.leadMs);
        else turn = clock.setImmediate(step);
      };
      step();
    });
  }

  /** Sleeps `ms` from now (cancellable). */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return this.sleepUntil(this.clock.now() + ms, signal);
  }
}
