import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { TransferJob } from '../../shared/transfer-types';
import { EventBus } from '../core/event-bus';
import { confinedRealPath } from '../core/path-guard';
import { resolveDragFile, revealTarget, type DragStudio } from './drag-out';

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
  /** The session shot the import index finds for the card file (tethered, or pulled before). */
  markedShot: string | null = null,
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
      find: async () => ({ ...REF, name: 'DSC00012.JPG', size: 100 }),
    },
    transfers: {
      history: () => [...state.values()].filter((j) => j.state === 'done'),
      list: () => [...state.values()].filter((j) => j.state !== 'done'),
      get: (id: string) => state.get(id)!,
      importMarks: async () => [
        markedShot ? { sessionId: 's1', shotId: markedShot, fileName: 'x' } : undefined,
      ],
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

  it('never pulls inside a drag: a card file not in a session yet is refused, nothing queued (item 15)', async () => {
    const { studio, pulls } = fakeStudio();
    await expect(
      resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF }),
    ).rejects.toMatchObject({ code: ErrorCode.OperationRejected, message: /pull it first/ });
    expect(pulls).toEqual([]);
  });

  it('drags the session copy of a card file the import index knows (a tethered shot)', async () => {
    await writeFile(join(dir, 'S_0001.JPG'), 'jpeg');
    const { studio, pulls } = fakeStudio([], undefined, 'shot-1');
    expect((await resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF })).file).toBe(
      join(dir, 'S_0001.JPG'),
    );
    expect(pulls).toEqual([]);
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

  it('refuses an earlier pull whose recorded path is not a shot of a session, or whose copy was deleted', async () => {
    await writeFile(join(dir, 'elsewhere.JPG'), 'jpeg');
    for (const targetPath of [join(dir, 'elsewhere.JPG'), join(dir, 'gone.JPG')]) {
      const { studio, pulls } = fakeStudio([job({ id: 'old', state: 'done', targetPath })]);
      await expect(
        resolveDragFile(studio, { kind: 'card', cameraId: 'sim-1', ref: REF }),
      ).rejects.toMatchObject({ code: ErrorCode.OperationRejected });
      expect(pulls).toEqual([]);
    }
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
