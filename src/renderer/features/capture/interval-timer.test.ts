import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IntervalTimer, type IntervalProgress } from './interval-timer';

describe('IntervalTimer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('fires count shots, interval apart, start to start, then stops', async () => {
    const shots: number[] = [];
    const progress: IntervalProgress[] = [];
    const t = new IntervalTimer(
      (p) => progress.push(p),
      () => {},
    );
    t.start(3, 1000, async () => {
      shots.push(Date.now());
      await new Promise((r) => setTimeout(r, 300));
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(shots).toEqual([0, 1000, 2000]);
    expect(t.state).toEqual({ running: false, done: 3, total: 3, nextAt: null });
    expect(progress.some((p) => p.running && p.done === 1 && p.nextAt === 1000)).toBe(true);
  });

  it('stops on request and on the first failing shot', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const t = new IntervalTimer(
      () => {},
      (e) => errors.push(e),
    );
    t.start(10, 500, async () => {
      n++;
    });
    await vi.advanceTimersByTimeAsync(1100);
    t.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(n).toBe(3);
    expect(t.state.running).toBe(false);
    n = 0;
    t.start(10, 500, async () => {
      n++;
      if (n === 2) throw new Error('card full');
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(n).toBe(2);
    expect(errors).toHaveLength(1);
    expect(t.state).toMatchObject({ running: false, done: 1 });
  });
});
