import { describe, expect, it } from 'vitest';
import { fakeCardFile } from '../../testing/fixtures';
import { groupByDay } from './card-groups';
import { columnsFor, HEAD_HEIGHT, layoutCard, ROW_PITCH, rowsInView } from './card-layout';

const files = (n: number, day: string, start = 0) =>
  Array.from({ length: n }, (_, i) => fakeCardFile(start + i + 1, day));

describe('card layout', () => {
  it('fits as many columns as tiles of the minimum width allow', () => {
    expect(columnsFor(100)).toBe(1);
    expect(columnsFor(128)).toBe(1);
    expect(columnsFor(264)).toBe(2);
    expect(columnsFor(1176)).toBe(8);
  });

  it('lays out day headers and rows of tiles with known tops', () => {
    const groups = groupByDay([...files(5, '2024-05-14'), ...files(2, '2024-05-13', 100)]);
    const { rows, height } = layoutCard(groups, 2);
    expect(rows.map((r) => r.kind)).toEqual(['head', 'tiles', 'tiles', 'tiles', 'head', 'tiles']);
    expect(rows[1]).toMatchObject({ from: 0, to: 1, top: HEAD_HEIGHT });
    expect(rows[3]).toMatchObject({ from: 4, to: 4 });
    expect(height).toBe(2 * HEAD_HEIGHT + 4 * ROW_PITCH);
  });

  it('finds the rows in view by offset', () => {
    const { rows } = layoutCard(groupByDay(files(100, '2024-05-14')), 4);
    expect(rowsInView(rows, 0, 300)).toEqual({ first: 0, last: 2 });
    const at = HEAD_HEIGHT + 10 * ROW_PITCH;
    expect(rowsInView(rows, at, ROW_PITCH)).toEqual({ first: 11, last: 11 });
    expect(rowsInView(rows, at + 1, ROW_PITCH)).toEqual({ first: 11, last: 12 });
    expect(rowsInView([], 0, 100)).toEqual({ first: 0, last: -1 });
  });
});
