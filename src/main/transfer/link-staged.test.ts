import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkStagedIntoPart, pullIntoPart } from './transfer-runner';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'link-staged-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const never = () => Promise.reject(new Error('the source must not be opened'));

describe('linkStagedIntoPart', () => {
  it('makes the .part a hard link of a staged file of the expected size; the pull then copies nothing', async () => {
    const staged = join(dir, 'DSC00001.JPG');
    const part = join(dir, 'out.JPG.part');
    await writeFile(staged, Buffer.alloc(4096, 7));
    expect(await linkStagedIntoPart(staged, part, 4096)).toBe(true);
    expect((await stat(part)).ino).toBe((await stat(staged)).ino);
    let started = -1;
    const got = await pullIntoPart({
      part,
      total: 4096,
      open: never,
      signal: new AbortController().signal,
      onStart: (read) => (started = read()),
    });
    expect(got).toBe(4096);
    expect(started).toBe(4096);
    expect(await readFile(staged)).toEqual(Buffer.alloc(4096, 7));
  });

  it('refuses a staged file whose size differs (a resume would change it through the shared inode)', async () => {
    const staged = join(dir, 'a.JPG');
    await writeFile(staged, Buffer.alloc(100));
    expect(await linkStagedIntoPart(staged, join(dir, 'b.part'), 101)).toBe(false);
    await expect(stat(join(dir, 'b.part'))).rejects.toThrow();
  });

  it('leaves a .part that already holds bytes alone (a resume continues it)', async () => {
    const staged = join(dir, 'a.JPG');
    const part = join(dir, 'b.part');
    await writeFile(staged, Buffer.alloc(100, 1));
    await writeFile(part, Buffer.alloc(40, 2));
    expect(await linkStagedIntoPart(staged, part, 100)).toBe(false);
    expect(await readFile(part)).toEqual(Buffer.alloc(40, 2));
  });

  it('answers false when the staged file is gone (the caller copies, which reports the error)', async () => {
    expect(await linkStagedIntoPart(join(dir, 'missing'), join(dir, 'x.part'), 10)).toBe(false);
  });
});
