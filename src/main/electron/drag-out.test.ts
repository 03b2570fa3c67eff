import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { TransferJob } from '../../shared/transfer-types';
import { EventBus } from '../core/event-bus';
import { confinedRealPath } from '../core/path-guard';
import { awaitTransfer, resolveDragFile, revealTarget, type DragStudio } from './drag-out';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tether-drag-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const REF = { slot: 1, contentId: 12, fileId: 1 };

function job(partial: Partial<TransferJob>): TransferJob {
  return {
    id: 'job-1',
    cameraId: 'sim-1',
    source: { kind: 'card', ...REF },
    originalName: 'DSC00012.JPG',
    state: 'queued',
    bytesDone: 0,
    bytesTotal: 100,
    percent: 0,
    speed: 0,
    attempts: 0,
    createdAt: 1,
    ...partial,
  };
}

const shotAt = (id: string, fileName: string, folder = dir) => ({
  id,
  fileName,
  path: join(folder, fileName),
});

function fakeStudio(
  jobs: TransferJob[] = [],
  shots = [shotAt('shot-1', 'S_0001.JPG'), shotAt('shot-7', 'S_0007.JPG')],
) {
  const bus = new EventBus();
  const pulls: unknown[] = [];
  let pulled: (id: string) => void = () => {};
  const whenPulled = new Promise<string>((resolve) => (pulled = resolve));
  const state = new Map(jobs.map((j) => [j.id, j]));
  const studio = {
    bus,
    logDir: null,
    sessions: {
      root: dir,
      list: () => [{ id: 's1', folder: dir }],
      shots: () => shots,
      shot: (id: string) => {
        const shot = shots.find((s) => s.id === id);
        if (!shot) throw new TetherError(ErrorCode.NotFound, id);
        return shot;
      },
      // As the real service: the file's real path, confined to the session folder.
      shotFile: async (id: string) => {
        const shot = studio.sessions.shot(id);
        return { shot, path: await confinedRealPath(dir, shot.path) };
      },
    },
    shotImages: { get: async () => new Uint8Array([1, 2, 3]) },
    cards: {
      image: async () => {
        throw new Error('camera busy');
      },
    },
    transfers: {
      history: () => [...state.values()].filter((j) => j.state === 'done'),
      list: () => [...state.values()].filter((j) => j.state !== 'done'),
      get: (id: string) => state.get(id)!,
      pullCardFiles: async (cameraId: string, refs: unknown[]) => {
        pulls.push([cameraId, refs]);
        const queued = job({ id: `job-${pulls.length + 1}` });
        state.set(queued.id, queued);
        queueMicrotask(() => pulled(queued.id));
        return [queued];
      },
    },
  };
  const finish = (id: string, patch: Partial<TransferJob>) => {
    const done = { ...state.get(id)!, ...patch };
    state.set(id, done);
    bus.emit(done.state === 'done' ? 'transferDone' : 'transferFailed', done);
  };
  return { studio: studio as unknown as DragStudio, pulls, finish, whenPulled };
}

describe('resolveDragFile', () => {
  it('drags a session shot as it is on disk, with its thumbnail', async () => {
    await writeFile(join(dir, 'S_0001.JPG'), 'jpeg');
    const { studio } = fakeStudio();
    expect(await resolveDragFile(studio, { kind: 'shot', shotId: 'shot-1' })).toEqual({
      file: join(dir, 'S_0001.JPG'),
      thumbnail: new Uint8Array([1, 2, 3]),
    });
  });

  it('refuses a shot whose file is gone', async () => {
    const { studio } = fakeStudio();
    await expect(resolveDragFile(studio, { kind: 'shot', shotId: 'shot-1' })).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });

  it('pulls a card file through the transfer queue first, then drags the pulled file', async () => {
    const { studio, pulls, finish, whenPulled } = fakeStudio();
    const pending = resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF });
    const jobId = await whenPulled;
    expect(pulls).toEqual([['sim-1', [REF]]]);
    finish(jobId, { state: 'done', percent: 100, targetPath: join(dir, 'S_0002.JPG') });
    expect(await pending).toEqual({ file: join(dir, 'S_0002.JPG'), thumbnail: null });
  });

  it('reuses a card file pulled earlier that is still on disk', async () => {
    await writeFile(join(dir, 'S_0007.JPG'), 'jpeg');
    const { studio, pulls } = fakeStudio([
      job({ id: 'old', state: 'done', targetPath: join(dir, 'S_0007.JPG') }),
    ]);
    expect((await resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF })).file).toBe(
      join(dir, 'S_0007.JPG'),
    );
    expect(pulls).toEqual([]);
  });

  it('never hands the OS a file outside the session folder: a planted record or a symlink out', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'tether-outside-'));
    try {
      await writeFile(join(outside, 'id_rsa'), 'secret');
      await symlink(join(outside, 'id_rsa'), join(dir, 'S_0009.JPG'));
      const { studio } = fakeStudio([], [shotAt('planted', 'id_rsa', outside), shotAt('link', 'S_0009.JPG')]);
      for (const shotId of ['planted', 'link'])
        await expect(resolveDragFile(studio, { kind: 'shot', shotId })).rejects.toMatchObject({
          code: ErrorCode.Forbidden,
        });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('does not reuse an earlier pull whose recorded path is not a shot of a session (history is a file)', async () => {
    await writeFile(join(dir, 'elsewhere.JPG'), 'jpeg');
    const { studio, pulls, finish, whenPulled } = fakeStudio([
      job({ id: 'old', state: 'done', targetPath: join(dir, 'elsewhere.JPG') }),
    ]);
    const pending = resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF });
    finish(await whenPulled, { state: 'done', targetPath: join(dir, 'S_0008.JPG') });
    await pending;
    expect(pulls).toHaveLength(1);
  });

  it('pulls again when the earlier copy was deleted', async () => {
    const { studio, pulls, finish, whenPulled } = fakeStudio([
      job({ id: 'old', state: 'done', targetPath: join(dir, 'gone.JPG') }),
    ]);
    const pending = resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF });
    finish(await whenPulled, { state: 'done', targetPath: join(dir, 'S_0008.JPG') });
    await pending;
    expect(pulls).toHaveLength(1);
  });
});

describe('awaitTransfer', () => {
  it('rejects with the job error when the pull fails, and CANCELLED when cancelled', async () => {
    const { studio, finish } = fakeStudio([
      job({ id: 'a', state: 'running' }),
      job({ id: 'b', state: 'running' }),
    ]);
    const failing = awaitTransfer(studio, 'a');
    finish('a', { state: 'failed', error: { code: ErrorCode.Disconnected, message: 'cable pulled' } });
    await expect(failing).rejects.toMatchObject({ code: ErrorCode.Disconnected, message: 'cable pulled' });
    const cancelled = awaitTransfer(studio, 'b');
    finish('b', { state: 'cancelled' });
    await expect(cancelled).rejects.toMatchObject({ code: ErrorCode.Cancelled });
  });

  it('resolves at once for a job that already finished, and times out otherwise', async () => {
    const { studio } = fakeStudio([
      job({ id: 'done', state: 'done', targetPath: '/x' }),
      job({ id: 'stuck', state: 'running' }),
    ]);
    await expect(awaitTransfer(studio, 'done')).resolves.toMatchObject({ id: 'done' });
    await expect(awaitTransfer(studio, 'stuck', 20)).rejects.toMatchObject({ code: ErrorCode.Timeout });
  });
});

describe('revealTarget', () => {
  it('shows only what lies in a folder of the studio (issue 12 item 1)', async () => {
    await writeFile(join(dir, 'S_0001.JPG'), 'jpeg');
    const { studio } = fakeStudio();
    expect(await revealTarget(studio, join(dir, 'S_0001.JPG'))).toBe(join(dir, 'S_0001.JPG'));
    await expect(revealTarget(studio, '/etc/passwd')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revealTarget(studio, join(dir, 'gone.JPG'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
