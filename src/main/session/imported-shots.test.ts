import { describe, expect, it } from 'vitest';
import type { CardFile } from '../../shared/camera-types';
import type { ShotInfo } from '../../shared/studio-types';
import { EventBus } from '../core/event-bus';
import { wallClockSecond } from './capture-time';
import { ImportedShots, isSameCapture } from './imported-shots';

const file = (over: Partial<CardFile> = {}): CardFile => ({
  slot: 1,
  contentId: 1,
  fileId: 1,
  path: 'DCIM/100MSDCF/DSC01234.JPG',
  name: 'DSC01234.JPG',
  size: 1000,
  createdAt: '2025-05-01T14:05:12+02:00',
  kind: 'jpeg',
  ...over,
});
const shot = (over: Partial<ShotInfo> = {}): ShotInfo => ({
  id: 'shot_1',
  sessionId: 'ses_1',
  fileName: 'Smith_0001.JPG',
  path: '/s/Smith_0001.JPG',
  size: 1000,
  cameraId: 'CAM',
  originalName: 'DSC01234.JPG',
  kind: 'jpeg',
  seq: 1,
  importedAt: '2025-05-02T10:00:00.000Z',
  capturedAt: '2025-05-01T14:05:12',
  origin: 'card',
  ...over,
});

describe('wallClockSecond', () => {
  it('reads card listing times (with or without offset) and EXIF times as the same wall-clock second', () => {
    expect(wallClockSecond('2025-05-01T14:05:12+02:00')).toBe('2025-05-01T14:05:12');
    expect(wallClockSecond('2025-05-01T14:05:12')).toBe('2025-05-01T14:05:12');
    expect(wallClockSecond('2025:05:01 14:05:12')).toBe('2025-05-01T14:05:12');
    expect(wallClockSecond('yesterday')).toBeUndefined();
    expect(wallClockSecond(undefined)).toBeUndefined();
  });
});

describe('isSameCapture', () => {
  it('a pulled file: same camera, original name (any case), size and capture second', () => {
    expect(isSameCapture(shot(), 'CAM', file())).toBe(true);
    expect(isSameCapture(shot({ originalName: 'dsc01234.jpg' }), 'CAM', file())).toBe(true);
    expect(isSameCapture(shot(), 'OTHER', file())).toBe(false);
    expect(isSameCapture(shot({ size: 999 }), 'CAM', file())).toBe(false);
    expect(isSameCapture(shot({ capturedAt: '2025-05-01T14:05:13' }), 'CAM', file())).toBe(false);
    // The DCF counter wrapped: the same name again, a new picture.
    expect(isSameCapture(shot({ originalName: 'DSC01235.JPG' }), 'CAM', file())).toBe(false);
  });

  it('a tethered shot is named by the save-info counter: the extension must agree instead of the name', () => {
    const tethered = shot({ origin: 'tether', originalName: 'DSC00001.JPG' });
    expect(isSameCapture(tethered, 'CAM', file())).toBe(true);
    expect(isSameCapture(tethered, 'CAM', file({ name: 'DSC01234.ARW', kind: 'raw' }))).toBe(false);
  });

  it('a shot recorded before capture times were kept matches on camera, name and size', () => {
    expect(isSameCapture(shot({ capturedAt: undefined, origin: undefined }), 'CAM', file())).toBe(true);
    expect(isSameCapture(shot({ capturedAt: undefined, origin: undefined, size: 5 }), 'CAM', file())).toBe(
      false,
    );
  });
});

describe('ImportedShots', () => {
  it('reads every session once, follows new shots, and reads a session that appears later', async () => {
    const bus = new EventBus();
    const sessions = new Map<string, ShotInfo[]>([['ses_1', [shot()]]]);
    const reads: string[] = [];
    const index = new ImportedShots(
      {
        list: () => [...sessions.keys()].map((id) => ({ id })),
        shots: async (id) => {
          reads.push(id);
          return sessions.get(id) ?? [];
        },
      },
      bus,
    );
    const other = file({ contentId: 2, name: 'DSC01240.JPG', size: 2000 });
    expect(await index.marks('CAM', [file(), other])).toEqual([
      { sessionId: 'ses_1', shotId: 'shot_1', fileName: 'Smith_0001.JPG' },
      undefined,
    ]);
    bus.emit(
      'shotAdded',
      shot({ id: 'shot_2', originalName: 'DSC01240.JPG', size: 2000, fileName: 'S_2.JPG' }),
    );
    sessions.set('ses_2', [shot({ id: 'shot_3', sessionId: 'ses_2', size: 3000, originalName: 'X.JPG' })]);
    const third = file({ contentId: 3, name: 'X.JPG', size: 3000 });
    const marks = await index.marks('CAM', [other, third]);
    expect(marks.map((m) => m?.shotId)).toEqual(['shot_2', 'shot_3']);
    expect(reads).toEqual(['ses_1', 'ses_2']);
    index.detach();
  });
});
