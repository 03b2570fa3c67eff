// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeCardFile, fakeJob, fakeProperty, fakeShot } from '../testing/fake-client';
import { stepSelection } from '../features/review/strip-tiles';
import { cardKey } from './card-slice';
import { createStudioStore } from './store';
import { batchTotals, sortedJobs } from './transfers-slice';

const cam = (id: string, connected = false) => ({
  id,
  model: 'ILCE-7M4',
  serial: id,
  connectionType: 'USB' as const,
  connected,
  driver: 'sim' as const,
});

describe('cameras slice', () => {
  it('keeps the active camera across list refreshes and falls back to the first', () => {
    const store = createStudioStore();
    store.getState().setCameras([cam('A'), cam('B')]);
    expect(store.getState().activeCameraId).toBe('A');
    store.getState().setActiveCamera('B');
    store.getState().setCameras([cam('A'), cam('B', true)]);
    expect(store.getState().activeCameraId).toBe('B');
    expect(store.getState().connections.B.state).toBe('connected');
    store.getState().removeCamera('B');
    expect(store.getState().activeCameraId).toBe('A');
  });

  it('tracks connection state and mode, dropping the mode on disconnect', () => {
    const store = createStudioStore();
    store.getState().setCameras([cam('A')]);
    store.getState().setConnection('A', 'connected', 'remote-transfer');
    expect(store.getState().cameras[0]).toMatchObject({ connected: true, mode: 'remote-transfer' });
    store.getState().setConnection('A', 'reconnecting');
    expect(store.getState().connections.A).toEqual({ state: 'reconnecting', mode: 'remote-transfer' });
    store.getState().setConnection('A', 'disconnected');
    expect(store.getState().connections.A.mode).toBeUndefined();
  });
});

describe('properties slice', () => {
  it('merges single re-reads into the camera map and tracks pending writes and errors', () => {
    const store = createStudioStore();
    const iso = fakeProperty('iso', 'ISO', ['ISO 100', 'ISO 200'], 'ISO 100');
    const ap = fakeProperty('aperture', 'Aperture', ['f/4'], 'f/4');
    store.getState().setProperties('A', [iso, ap]);
    store.getState().mergeProperties('A', [{ ...iso, hex: '0x1', formatted: 'ISO 200' }]);
    expect(store.getState().properties.A.iso.formatted).toBe('ISO 200');
    expect(store.getState().properties.A.aperture.formatted).toBe('f/4');
    store.getState().setWritePending('A', 'iso', true);
    store.getState().setWriteError('A', 'iso', { code: 'VALUE_NOT_AVAILABLE', message: 'x' });
    expect(store.getState().pendingWrites['A:iso']).toBe(true);
    store.getState().setWritePending('A', 'iso', false);
    store.getState().setWriteError('A', 'iso', null);
    expect(store.getState().pendingWrites).toEqual({});
    expect(store.getState().writeErrors).toEqual({});
  });
});

describe('live view slice', () => {
  it('ignores unchanged sizes (frames must not cause store updates) and cycles the histogram', () => {
    const store = createStudioStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setLiveSize(1024, 680);
    store.getState().setLiveSize(1024, 680);
    store.getState().setLiveFps(29.96);
    store.getState().setLiveFps(29.97);
    expect(updates).toBe(2);
    expect(store.getState().liveView.fps).toBe(30);
    expect(store.getState().overlays.histogram).toBe('rgb');
    store.getState().cycleHistogram();
    expect(store.getState().overlays.histogram).toBe('luma');
    store.getState().cycleHistogram();
    expect(store.getState().overlays.histogram).toBe('off');
  });

  it('zeroes fps when leaving the streaming phase', () => {
    const store = createStudioStore();
    store.getState().setLivePhase('streaming');
    store.getState().setLiveFps(30);
    store.getState().setLivePhase('stalled');
    expect(store.getState().liveView.fps).toBe(0);
  });
});

describe('session slice', () => {
  it('sorts shots newest first and browses with bounds', () => {
    const store = createStudioStore();
    store.getState().setShots([fakeShot(1), fakeShot(3), fakeShot(2)]);
    expect(store.getState().shots.map((s) => s.seq)).toEqual([3, 2, 1]);
    stepSelection(store.getState(), 1);
    expect(store.getState().selectedShotId).toBe('shot-3');
    stepSelection(store.getState(), 1);
    stepSelection(store.getState(), 5);
    expect(store.getState().selectedShotId).toBe('shot-1');
    stepSelection(store.getState(), -1);
    expect(store.getState().selectedShotId).toBe('shot-2');
  });

  it('clears shots when the active session changes but not when it is re-read', () => {
    const store = createStudioStore();
    const s1 = { id: 's1', name: 'A', folder: '/a', createdAt: '', template: 't', nextSeq: 1, shotCount: 0 };
    store.getState().setActiveSession(s1);
    store.getState().setShots([fakeShot(1)]);
    store.getState().setActiveSession({ ...s1, nextSeq: 2 });
    expect(store.getState().shots).toHaveLength(1);
    store.getState().setActiveSession({ ...s1, id: 's2' });
    expect(store.getState().shots).toHaveLength(0);
    expect(store.getState().sessions.map((s) => s.id)).toEqual(['s1', 's2']);
  });
});

describe('transfers slice', () => {
  const ref = { slot: 1, contentId: 1, fileId: 0 };
  it('applies progress to known running jobs only, never backwards', () => {
    const store = createStudioStore();
    store.getState().upsertJob(fakeJob('j1', ref, 'queued'));
    store.getState().applyProgress({
      cameraId: 'CAM1',
      contentId: 1,
      fileId: 0,
      percent: 40,
      jobId: 'j1',
      bytesDone: 400,
      speed: 100,
    });
    store.getState().applyProgress({ cameraId: 'CAM1', contentId: 1, fileId: 0, percent: 30, jobId: 'j1' });
    expect(store.getState().jobs.j1).toMatchObject({
      state: 'running',
      percent: 40,
      bytesDone: 400,
      speed: 100,
    });
    store.getState().applyProgress({ cameraId: 'CAM1', contentId: 1, fileId: 0, percent: 50, jobId: 'nope' });
    store.getState().upsertJob(fakeJob('j1', ref, 'done', { percent: 100, bytesDone: 1000 }));
    store.getState().applyProgress({ cameraId: 'CAM1', contentId: 1, fileId: 0, percent: 10, jobId: 'j1' });
    expect(store.getState().jobs.j1.state).toBe('done');
  });

  it('sums a batch: bytes, percent, speed and ETA', () => {
    const jobs = {
      a: fakeJob('a', ref, 'done', { bytesDone: 1000 }),
      b: fakeJob('b', ref, 'running', { bytesDone: 500, speed: 250 }),
      c: fakeJob('c', ref, 'queued'),
    };
    const t = batchTotals(jobs, ['a', 'b', 'c', 'missing']);
    expect(t).toMatchObject({
      count: 3,
      done: 1,
      active: 2,
      bytesDone: 1500,
      bytesTotal: 3000,
      percent: 50,
      speed: 250,
      etaSeconds: 6,
    });
    expect(batchTotals({ a: jobs.a }, ['a']).percent).toBe(100);
    expect(sortedJobs(jobs).map((j) => j.id)[0]).toBe('c');
  });
});

describe('card slice', () => {
  it('selects single, toggled and shift ranges in display order', () => {
    const store = createStudioStore();
    const files = [1, 2, 3, 4, 5].map((n) => fakeCardFile(n, '2024-05-14'));
    store.getState().setCardFiles(files);
    const k = files.map(cardKey);
    store.getState().selectCardFile(k[1], 'single');
    store.getState().selectCardFile(k[3], 'range');
    expect(Object.keys(store.getState().card.selected).sort()).toEqual([k[1], k[2], k[3]].sort());
    store.getState().selectCardFile(k[2], 'toggle');
    expect(store.getState().card.selected[k[2]]).toBeUndefined();
    store.getState().setCardFiles(files.slice(0, 2));
    expect(Object.keys(store.getState().card.selected)).toEqual([k[1]]);
  });
});
