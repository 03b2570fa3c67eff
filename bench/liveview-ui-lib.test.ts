import { describe, expect, it } from 'vitest';
import { percentile } from './liveview-ui-lib';

describe('percentile (nearest rank)', () => {
  it('picks the nearest-rank value and handles edges', () => {
    const v = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(percentile(v, 100)).toBe(10);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});
