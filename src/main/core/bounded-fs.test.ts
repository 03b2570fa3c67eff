import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDir, prepareWritableDir, withDeadline } from './bounded-fs';
import { ioError } from './fs-errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-bfs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bounded file-system waits (issue 12 items 4, 5)', () => {
  it('creates missing parents one level at a time', async () => {
    await makeDir(join(dir, 'a', 'b', 'c'));
    expect((await stat(join(dir, 'a', 'b', 'c'))).isDirectory()).toBe(true);
    await makeDir(join(dir, 'a', 'b', 'c')); // exists: fine
    expect(await prepareWritableDir(join(dir, 'd'))).toBe(join(dir, 'd'));
    expect(await readdir(join(dir, 'd'))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')(
    'refuses folders under /proc, /sys and /dev at once (Node’s recursive mkdir spins forever in /proc)',
    async () => {
      for (const p of ['/proc/tether/x', '/proc/self/fd/x', '/sys/kernel/tether', '/dev/tether/x'])
        await expect(makeDir(p), p).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/system folder/),
        });
    },
  );

  it('names the path and the reason when a file is in the way (IO_ERROR, ENOTDIR)', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const err = await makeDir(join(dir, 'file', 'sub'), { what: 'the session folder' }).catch((e) => e);
    expect(err).toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining(`Cannot create the session folder ${join(dir, 'file', 'sub')}`),
      details: { errno: 'ENOTDIR', path: join(dir, 'file', 'sub') },
    });
  });

  it('answers within the deadline whatever the work does', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withDeadline(never, 20, () => new Error('too slow'))).rejects.toThrow('too slow');
    await expect(withDeadline(Promise.resolve(7), 20, () => new Error('x'))).resolves.toBe(7);
  });

  it('maps OS errors to IO_ERROR in plain words, with path and errno', () => {
    const e = ioError(
      Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }),
      '/mnt/card',
      'Cannot write',
    );
    expect(e.toValue()).toEqual({
      code: 'IO_ERROR',
      message: 'Cannot write /mnt/card: the disk is read-only (EROFS)',
      details: { path: '/mnt/card', errno: 'EROFS', reason: 'the disk is read-only' },
    });
    expect(ioError(Object.assign(new Error('x'), { code: 'ENOSPC' }), '/x', 'Cannot write').message).toBe(
      'Cannot write /x: the disk is full (ENOSPC)',
    );
  });
});
