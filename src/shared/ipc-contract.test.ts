import { describe, expect, it } from 'vitest';
import {
  NATIVE_METHODS,
  STUDIO_METHODS,
  invokeChannel,
  nativeArgSchemas,
  sendSchemas,
  studioArgSchemas,
} from './ipc-contract';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('IPC contract', () => {
  it('names one channel per studio and native method', () => {
    // Completeness against StudioClient is a compile-time check (studio-methods/index.ts); here: one
    // argument schema and one distinct channel per method.
    expect(Object.keys(studioArgSchemas).sort()).toEqual([...STUDIO_METHODS].sort());
    const channels = STUDIO_METHODS.map((m) => invokeChannel('studio', m));
    expect(new Set(channels).size).toBe(STUDIO_METHODS.length);
    expect(NATIVE_METHODS).toEqual(['startDrag', 'chooseFolder', 'reveal']);
    expect(invokeChannel('studio', 'listCameras')).toBe('tether:studio:listCameras');
  });

  it('accepts what the StudioClient methods take, with optional trailing arguments', () => {
    expect(ok(studioArgSchemas.listCameras, [])).toBe(true);
    expect(ok(studioArgSchemas.capture, ['sim-1'])).toBe(true);
    expect(ok(studioArgSchemas.capture, ['sim-1', undefined])).toBe(true);
    expect(ok(studioArgSchemas.capture, ['sim-1', { autofocus: false }])).toBe(true);
    expect(ok(studioArgSchemas.sendCommand, ['sim-1', { type: 'focusNearFar', step: -3 }])).toBe(true);
    expect(ok(studioArgSchemas.setAfAreaPosition, ['sim-1', { x: 0, y: 1 }])).toBe(true);
    expect(
      ok(studioArgSchemas.pullCardFiles, [
        'sim-1',
        [{ slot: 1, contentId: 4, fileId: 2 }],
        { destDir: 'C:\\Photos' },
      ]),
    ).toBe(true);
    expect(ok(studioArgSchemas.listShots, [])).toBe(true);
  });

  it('rejects malformed and hostile arguments', () => {
    expect(ok(studioArgSchemas.listCameras, ['extra'])).toBe(false);
    expect(ok(studioArgSchemas.connect, ['sim-1', 'mtp'])).toBe(false);
    expect(ok(studioArgSchemas.connect, ['', 'remote'])).toBe(false);
    expect(ok(studioArgSchemas.capture, ['sim-1', { autofocus: true, burst: 10 }])).toBe(false);
    expect(ok(studioArgSchemas.sendCommand, ['sim-1', { type: 'selfDestruct' }])).toBe(false);
    expect(ok(studioArgSchemas.setAfAreaPosition, ['sim-1', { x: 1.5, y: 0 }])).toBe(false);
    expect(ok(studioArgSchemas.listCardFiles, ['sim-1', 3])).toBe(false);
    expect(ok(studioArgSchemas.pullCardFiles, ['sim-1', []])).toBe(false);
    expect(
      ok(studioArgSchemas.pullCardFiles, [
        'sim-1',
        [{ slot: 1, contentId: 4, fileId: 2 }],
        { destDir: '../escape' },
      ]),
    ).toBe(false);
    expect(ok(studioArgSchemas.createSession, ['../etc'])).toBe(false);
    expect(ok(studioArgSchemas.setNamingTemplate, ['../{seq:4}'])).toBe(false);
    expect(ok(studioArgSchemas.getShotImage, ['s-1', 'huge'])).toBe(false);
    expect(ok(studioArgSchemas.getShotImage, ['s-1', 'full'])).toBe(true);
  });

  it('validates native arguments: drag targets and absolute paths only', () => {
    expect(ok(nativeArgSchemas.startDrag, [{ kind: 'shot', shotId: 's-1' }])).toBe(true);
    expect(
      ok(nativeArgSchemas.startDrag, [
        { kind: 'card', cameraId: 'sim-1', ref: { slot: 2, contentId: 1, fileId: 0 } },
      ]),
    ).toBe(true);
    expect(ok(nativeArgSchemas.startDrag, [{ kind: 'file', path: '/etc/passwd' }])).toBe(false);
    expect(ok(nativeArgSchemas.chooseFolder, [])).toBe(true);
    expect(ok(nativeArgSchemas.reveal, ['/home/me/Pictures/a.jpg'])).toBe(true);
    expect(ok(nativeArgSchemas.reveal, ['D:\\Shoot\\a.jpg'])).toBe(true);
    expect(ok(nativeArgSchemas.reveal, ['relative/a.jpg'])).toBe(false);
    expect(ok(nativeArgSchemas.reveal, ['/tmp/a\0b'])).toBe(false);
  });

  it('validates fire-and-forget payloads', () => {
    expect(ok(sendSchemas['tether:frames:ack'], { cameraId: 'sim-1', seq: 0 })).toBe(true);
    expect(ok(sendSchemas['tether:frames:ack'], { cameraId: 'sim-1', seq: 1.5 })).toBe(false);
    expect(ok(sendSchemas['tether:frames:subscribe'], { cameraId: 'sim-1', extra: 1 })).toBe(false);
  });
});
