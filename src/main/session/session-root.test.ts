import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStudio } from '../app/create-studio';
import { LogBuffer } from '../core/logger';
import { FakeDriver } from '../camera/fake/fake-driver';
import { prepareSessionRoot } from './session-root';
import type { SessionService } from './session-service';

// Real fs, with writeFile spy-able: root (CI containers) may write into a read-only folder.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return { ...real, writeFile: vi.fn(real.writeFile) };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-root-'));
});
afterEach(async () => {
  await chmod(join(dir, 'locked'), 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

function studioAt(sessionRootFallback?: string) {
  return createStudio({
    dataDir: join(dir, 'data'),
    ...(sessionRootFallback ? { sessionRootFallback } : {}),
    driverInstance: new FakeDriver(),
    logs: new LogBuffer(100, null),
  });
}

describe('prepareSessionRoot', () => {
  it('creates a missing folder with its parents and leaves no probe file behind', async () => {
    const root = await prepareSessionRoot(join(dir, 'a', 'b', 'c') + '/');
    expect(root).toBe(join(dir, 'a', 'b', 'c'));
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses relative, foreign-platform (C:\\Shoots on Linux), empty and NUL paths with INVALID_ARGUMENT, creating nothing (issue 12 item 6)', async () => {
    // Windows-style roots are not absolute on POSIX: they would be created under the working directory.
    const foreign =
      process.platform === 'win32' ? ['\\Shoots', '/Shoots'] : ['C:\\Shoots', '\\\\host\\share'];
    for (const bad of ['shoots', './shoots', '../x', '', '   ', `${dir}/a\u0000b`, ...foreign]) {
      await expect(prepareSessionRoot(bad)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/absolute path/),
      });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file with INVALID_ARGUMENT and a path under a file with IO_ERROR', async () => {
    await writeFile(join(dir, 'file.txt'), 'x');
    await expect(prepareSessionRoot(join(dir, 'file.txt'))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/not a folder/),
    });
    await expect(prepareSessionRoot(join(dir, 'file.txt', 'sub'))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringMatching(/Cannot create the session folder .*ENOTDIR/),
    });
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'refuses a read-only folder with IO_ERROR (skipped as root: root writes anyway)',
    async () => {
      await mkdir(join(dir, 'locked'));
      await chmod(join(dir, 'locked'), 0o555);
      await expect(prepareSessionRoot(join(dir, 'locked'))).rejects.toMatchObject({
        code: 'IO_ERROR',
        message: expect.stringMatching(/Cannot write in/),
      });
    },
  );

  it('refuses a folder the disk will not write to with IO_ERROR, leaving no probe (write refused as root too)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    vi.mocked(fs.writeFile).mockRejectedValueOnce(denied);
    await expect(prepareSessionRoot(join(dir, 'ro'))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: `Cannot write in ${join(dir, 'ro')}: permission denied (EACCES)`,
    });
    expect(await readdir(join(dir, 'ro'))).toEqual([]);
  });
});

describe('SessionService.setRoot', () => {
  it('re-opens the active session by name under the new root, keeps old files, and persists the root', async () => {
    const first = await studioAt(join(dir, 'fallback'));
    // The concrete service createStudio built (allocate/addShot are the transfer queue's, not the adapters').
    const svc = first.sessions as SessionService;
    await first.start();
    expect(first.sessions.root).toBe(join(dir, 'fallback'));
    const before = await first.sessions.create('Smith');
    await first.sessions.setTemplate('{session}-{seq:3}{ext}');
    const old = await svc.allocate({ cameraId: 'c', camera: 'ILCE-7M4', original: 'DSC1.JPG' });
    await writeFile(old.path, 'shot');
    const shot = await svc.addShot(old, {
      size: 4,
      cameraId: 'c',
      originalName: 'DSC1.JPG',
      kind: 'jpeg',
    });
    const seen: string[] = [];
    first.bus.on('sessionChanged', (e) => seen.push(e.folder));

    const after = await first.sessions.setRoot(join(dir, 'external'));
    expect(after).toMatchObject({
      name: 'Smith',
      folder: join(dir, 'external', 'Smith'),
      template: '{session}-{seq:3}{ext}',
    });
    expect(after.id).not.toBe(before.id);
    expect(seen).toEqual([join(dir, 'external', 'Smith')]);
    expect(first.sessions.root).toBe(join(dir, 'external'));
    // Nothing moved: the old shot is still where it was, and still listed under its session.
    expect(await readFile(shot.path, 'utf8')).toBe('shot');
    expect((await first.sessions.shot(shot.id)).path).toBe(old.path);
    const next = await svc.allocate({ cameraId: 'c', camera: 'ILCE-7M4', original: 'DSC2.JPG' });
    expect(next.path).toBe(join(dir, 'external', 'Smith', 'Smith-001.JPG'));
    // Back to the old root: the old session is switched to, not duplicated.
    expect((await first.sessions.setRoot(join(dir, 'fallback'))).id).toBe(before.id);
    await first.sessions.setRoot(join(dir, 'external'));
    await first.stop();

    const second = await studioAt(join(dir, 'fallback'));
    await second.start();
    expect(second.sessions.root).toBe(join(dir, 'external'));
    expect(second.sessions.active()).toMatchObject({ id: after.id, folder: join(dir, 'external', 'Smith') });
    expect(second.settings.get().sessionRoot).toBe(join(dir, 'external'));
    await second.stop();
  });

  it('changes nothing when the path is refused', async () => {
    const studio = await studioAt();
    await studio.start();
    const active = studio.sessions.active();
    const root = studio.sessions.root;
    await expect(studio.sessions.setRoot('relative/path')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(studio.sessions.active()).toEqual(active);
    expect(studio.sessions.root).toBe(root);
    expect(studio.settings.get().sessionRoot).toBeUndefined();
    await studio.stop();
  });
});
