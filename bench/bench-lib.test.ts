import { describe, expect, it, vi } from 'vitest';
import { fmtSpread, maxOf, percentile, printGoals, sized, spread } from './bench-lib';

describe('percentile (nearest rank)', () => {
  it('picks the nearest-rank value', () => {
    const v = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(percentile(v, 100)).toBe(10);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('maxOf', () => {
  it('handles a list far longer than the argument limit of Math.max(...list)', () => {
    const big = Array.from({ length: 500_000 }, (_, i) => i % 1000);
    big[123_456] = 5000;
    expect(() => Math.max(...big)).toThrow(RangeError);
    expect(maxOf(big)).toBe(5000);
    expect(
      maxOf(
        new Map([
          [3, 1],
          [9, 1],
        ]).keys(),
      ),
    ).toBe(9);
    expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('spread', () => {
  it('gives the median and range of the runs, ignoring failed (NaN) runs', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, 1, 2] });
    expect(spread([4, Number.NaN, 2]).median).toBe(3);
    expect(spread([]).median).toBeNaN();
  });

  it('formats the median with its range and run count', () => {
    expect(fmtSpread([12.34, 11, 14.06], 1, 'ms')).toBe('12.3 ms (11.0–14.1, n=3)');
    expect(fmtSpread([7], 0)).toBe('7');
  });
});

describe('sized', () => {
  it('takes the environment first, then the quick default (BENCH_FULL unset here)', () => {
    delete process.env.BENCH_TEST_SIZE;
    expect(sized('BENCH_TEST_SIZE', 1000, 3000)).toBe(process.env.BENCH_FULL === '1' ? 3000 : 1000);
    process.env.BENCH_TEST_SIZE = '42';
    expect(sized('BENCH_TEST_SIZE', 1000, 3000)).toBe(42);
    delete process.env.BENCH_TEST_SIZE;
  });
});

describe('printGoals', () => {
  it('prints goal, figure, baseline and PASS / MISS / — per row', () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      printGoals('t', [
        { goal: 'a', figure: '1', baseline: '2', met: true },
        { goal: 'b', figure: '3', baseline: '4', met: false },
        { goal: 'c', figure: '5', baseline: '6', met: null },
      ]);
    } finally {
      log.mockRestore();
    }
    expect(lines.slice(-3)).toEqual(['| a | 1 | 2 | PASS |', '| b | 3 | 4 | MISS |', '| c | 5 | 6 | — |']);
  });
});
