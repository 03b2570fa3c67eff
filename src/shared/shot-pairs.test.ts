import { describe, expect, it } from 'vitest';
import { isPair, pairShots, tileIndexOf } from './shot-pairs';
import type { ShotInfo } from './studio-types';

function shot(
  id: string,
  fileName: string,
  kind: ShotInfo['kind'],
  seq: number,
  cameraId = 'CAM1',
): ShotInfo {
  return {
    id,
    sessionId: 's1',
    fileName,
    path: `/shots/${fileName}`,
    size: 1,
    cameraId,
    originalName: fileName,
    kind,
    seq,
    importedAt: '2026-01-01T00:00:00Z',
  };
}

describe('RAW+JPEG pairs', () => {
  it('shows a pair as one tile led by the JPEG, whichever file arrived first', () => {
    const raw = shot('r1', 'A_0001.ARW', 'raw', 1);
    const jpg = shot('j1', 'A_0001.JPG', 'jpeg', 1);
    const lone = shot('j2', 'A_0002.JPG', 'jpeg', 2);
    for (const list of [
      [raw, jpg, lone],
      [jpg, raw, lone],
    ]) {
      const tiles = pairShots(list);
      expect(tiles.map((t) => [t.id, t.shot.id, t.partner?.id ?? null])).toEqual([
        ['j1', 'j1', 'r1'],
        ['j2', 'j2', null],
      ]);
      expect(tileIndexOf(tiles, 'r1')).toBe(0);
      expect(tileIndexOf(tiles, 'j2')).toBe(1);
      expect(tileIndexOf(tiles, 'nope')).toBe(-1);
    }
  });

  it('pairs only two kinds of one frame: same camera, sequence number and base name', () => {
    const a = shot('a', 'A_0001.JPG', 'jpeg', 1);
    expect(isPair(a, shot('b', 'A_0001.ARW', 'raw', 1))).toBe(true);
    expect(isPair(a, shot('c', 'A_0001.ARW', 'raw', 2))).toBe(false);
    expect(isPair(a, shot('d', 'A_0001.ARW', 'raw', 1, 'CAM2'))).toBe(false);
    expect(isPair(a, shot('e', 'B_0001.ARW', 'raw', 1))).toBe(false);
    expect(isPair(a, shot('f', 'A_0001.JPG', 'jpeg', 1))).toBe(false);
    expect(isPair(a, a)).toBe(false);
    // A third file of the same frame gets its own tile rather than vanishing.
    const tiles = pairShots([a, shot('b', 'A_0001.ARW', 'raw', 1), shot('m', 'A_0001.MP4', 'movie', 1)]);
    expect(tiles.map((t) => t.id)).toEqual(['a', 'm']);
  });
});
