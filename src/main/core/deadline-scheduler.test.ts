import { describe, expect, it } from 'vitest';
import { DeadlineScheduler, type SchedulerClock } from './deadline-scheduler';

/** A manual clock: timers fire when `advance` passes them, `late` ms after they were due. */
class ManualClock implements SchedulerClock {
  t = 1000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  constructor(private readonly late = 0) {}
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms + this.late, fn, id });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };
  setImmediate = (fn: () => void) => this.setTimeout(fn, 0);
  clearImmediate = (h: unknown) => this.clearTimeout(h);
  /** Runs due timers in order until `to`. */
  async advance(to: number): Promise<void> {
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > to) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
      await Promise.resolve();
    }
    this.t = to;
  }
}

describe('DeadlineScheduler', () => {
  it('never wakes before the deadline, even with a timer that fires late or early turns', async () => {
    const clock = new ManualClock(3);
    const s = new DeadlineScheduler(clock, 4);
    let wokeAt = -1;
    void s.sleepUntil(1100).then(() => (wokeAt = clock.now()));
    await clock.advance(1099);
    expect(wokeAt).toBe(-1);
    await clock.advance(1200);
    expect(wokeAt).toBeGreaterThanOrEqual(1100);
    expect(wokeAt).toBeLessThan(1110);
  });

  it('schedules frame k at start + k·interval, so a slow frame does not push the later ones', () => {
    expect(DeadlineScheduler.deadline(500, 1000, 0)).toBe(500);
    expect(DeadlineScheduler.deadline(500, 1000, 99)).toBe(99_500);
  });

  it('rejects with CANCELLED when its signal aborts, and at once when already aborted', async () => {
    const clock = new ManualClock();
    const s = new DeadlineScheduler(clock);
    const ac = new AbortController();
    const pending = s.sleep(10_000, ac.signal);
    ac.abort('stop');
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(s.sleep(5, ac.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
