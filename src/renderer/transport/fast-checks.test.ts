import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { shotInfoSchema } from '../../shared/studio-types';
import { isShotList } from './fast-checks';

const shot = {
  id: 'shot_1',
  sessionId: 'ses_1',
  fileName: 'Day_0001.JPG',
  path: '/s/Day_0001.JPG',
  size: 1234,
  cameraId: 'sim-1',
  originalName: 'DSC00001.JPG',
  kind: 'jpeg',
  seq: 1,
  importedAt: '2026-01-01T00:00:00.000Z',
};

const samples: [string, unknown][] = [
  ['a valid list', [shot, { ...shot, id: 'shot_2', kind: 'raw', seq: 0, size: 0 }]],
  ['an empty list', []],
  ['extra fields', [{ ...shot, extra: 1 }]],
  ['not a list', { 0: shot }],
  ['null', null],
  ['a null item', [null]],
  ['a missing field', [{ ...shot, path: undefined }]],
  ['a number for a string', [{ ...shot, fileName: 7 }]],
  ['a negative size', [{ ...shot, size: -1 }]],
  ['a fractional seq', [{ ...shot, seq: 1.5 }]],
  ['an unsafe integer', [{ ...shot, size: 2 ** 60 }]],
  ['an unknown kind', [{ ...shot, kind: 'gif' }]],
  ['a string size', [{ ...shot, size: '12' }]],
  ['one bad item among good ones', [shot, shot, { ...shot, cameraId: null }]],
];

describe('fast result checks', () => {
  it.each(samples)('the shot-list check gives the schema’s verdict on %s', (_, value) => {
    expect(isShotList(value)).toBe(z.array(shotInfoSchema).safeParse(value).success);
  });
});
