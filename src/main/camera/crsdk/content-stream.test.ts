import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, TetherError, isTetherError } from '../../../shared/errors';
import { readAll, streamError } from '../contract/contract-helpers';
import { removeStaging, tailTransfer } from './content-stream';

// The reader of a file the SDK is still writing: progressive delivery, resume offsets, verification,
// failure and cancel propagation, and staging cleanup.

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tail-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

const bytes = (n: number, seed = 1) =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff));

describe('tailTransfer', () => {
  it('delivers bytes while the file grows and ends once the SDK reports done', async () => {
    const path = join(dir, 'f.bin');
    const done = deferred();
    let cleaned = 0;
    const data = bytes(3 * 1024 * 1024 + 17);
    const stream = tailTransfer({
      path,
      offset: 0,
      expectedSize: data.length,
      done: done.promise,
      cancel: () => undefined,
      cleanup: async () => void cleaned++,
      pollMs: 2,
    });
    const chunksBeforeDone: number[] = [];
    stream.on('data', (c: Buffer) => chunksBeforeDone.push(c.length));
    const all = readAll(stream, true);
    await writeFile(path, data.subarray(0, 1_000_000)); // the file appears after the read started
    await expect.poll(() => chunksBeforeDone.length).toBeGreaterThan(0);
    await appendFile(path, data.subarray(1_000_000));
    done.resolve();
    const got = await all;
    expect(got.data?.equals(data)).toBe(true);
    await expect.poll(() => cleaned).toBe(1);
  });

  it('hands out short reads as exact-size chunks (no MiB read buffer pinned per chunk)', async () => {
    const path = join(dir, 'f.bin');
    const data = bytes(100_000);
    await writeFile(path, data);
    const stream = tailTransfer({
      path,
      offset: 0,
      expectedSize: data.length,
      done: Promise.resolve(),
      cancel: () => undefined,
      cleanup: async () => undefined,
    });
    const backing: number[] = [];
    stream.on('data', (c: Buffer) => backing.push(c.buffer.byteLength));
    const got = await readAll(stream, true);
    expect(got.data?.equals(data)).toBe(true);
    expect(backing.length).toBeGreaterThan(0);
    for (const size of backing) expect(size).toBeLessThan(1024 * 1024);
  });

  it('starts at the requested offset', async () => {
    const path = join(dir, 'f.bin');
    const data = bytes(10_000);
    await writeFile(path, data);
    const stream = tailTransfer({
      path,
      offset: 9000,
      expectedSize: data.length,
      done: Promise.resolve(),
      cancel: () => undefined,
      cleanup: async () => undefined,
    });
    const got = await readAll(stream, true);
    expect(got.data?.equals(data.subarray(9000))).toBe(true);
  });

  it('fails with VERIFY_FAILED when the finished file is not the size the card reported', async () => {
    const path = join(dir, 'f.bin');
    await writeFile(path, bytes(1000));
    const stream = tailTransfer({
      path,
      offset: 0,
      expectedSize: 1001,
      done: Promise.resolve(),
      cancel: () => undefined,
      cleanup: async () => undefined,
    });
    expect(isTetherError(await streamError(stream), ErrorCode.VerifyFailed)).toBe(true);
  });

  it('fails with the SDK error and does not ask to cancel a transfer that already ended', async () => {
    const path = join(dir, 'f.bin');
    await writeFile(path, bytes(100));
    const done = deferred();
    let cancels = 0;
    const stream = tailTransfer({
      path,
      offset: 0,
      expectedSize: 10_000,
      done: done.promise,
      cancel: () => void cancels++,
      cleanup: async () => undefined,
      pollMs: 2,
    });
    const failed = streamError(stream);
    done.reject(new TetherError(ErrorCode.Disconnected, 'camera lost'));
    expect(isTetherError(await failed, ErrorCode.Disconnected)).toBe(true);
    expect(cancels).toBe(0);
  });

  it('cancels the SDK transfer on abort and fails with CANCELLED', async () => {
    const path = join(dir, 'f.bin');
    await writeFile(path, bytes(100));
    const abort = new AbortController();
    let cancels = 0;
    const stream = tailTransfer({
      path,
      offset: 0,
      expectedSize: 10_000,
      done: new Promise(() => undefined),
      cancel: () => void cancels++,
      signal: abort.signal,
      cleanup: async () => undefined,
      pollMs: 2,
    });
    stream.once('data', () => abort.abort());
    expect(isTetherError(await streamError(stream), ErrorCode.Cancelled)).toBe(true);
    expect(cancels).toBeGreaterThanOrEqual(1);
  });

  it('removeStaging deletes the folder and tolerates one that is already gone', async () => {
    const sub = join(dir, 'staging');
    await writeFile(join(dir, 'keep'), 'x');
    await removeStaging(sub);
    await mkdir(sub);
    await writeFile(join(sub, 'a'), 'y');
    await removeStaging(sub);
    expect(await readdir(dir)).toEqual(['keep']);
  });
});
