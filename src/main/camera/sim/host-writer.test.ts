import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CR_FILE_STORAGE_FULL, healthyDisk, writeHostFile } from './host-writer';
import { simKit, type SimKit } from './sim-test-kit';
import { VirtualFile, bytesPart, noisePart } from './virtual-file';

let dir = '';
let kit: SimKit | undefined;
afterEach(async () => {
  await kit?.cleanup();
  kit = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

const sample = () => new VirtualFile([bytesPart(Buffer.from('HEADER')), noisePart(300_000, 7)]);

describe('host writer', () => {
  it('completes a file the OS takes only in part, byte for byte, and leaves no .part', async () => {
    dir = await mkdtemp(join(tmpdir(), 'host-writer-'));
    const file = sample();
    const target = join(dir, 'DSC00001.JPG');
    const size = await writeHostFile(file, target, { ...healthyDisk(), maxBytesPerWrite: 1000 });
    expect(size).toBe(file.size);
    expect((await readFile(target)).equals(file.toBuffer())).toBe(true);
    expect(await readdir(dir)).toEqual(['DSC00001.JPG']);
  });

  it('on a full disk: short write then ENOSPC, IO_ERROR with the SDK code, nothing under any name', async () => {
    dir = await mkdtemp(join(tmpdir(), 'host-writer-'));
    const disk = { ...healthyDisk(), spaceLeft: 100_000 };
    const failure = writeHostFile(sample(), join(dir, 'DSC00001.JPG'), disk);
    await expect(failure).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('disk is full'),
      details: { reason: 'ENOSPC', sdkCode: CR_FILE_STORAGE_FULL, path: join(dir, 'DSC00001.JPG') },
    });
    expect(disk.spaceLeft).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder it cannot write to as IO_ERROR', async () => {
    dir = await mkdtemp(join(tmpdir(), 'host-writer-'));
    await expect(writeHostFile(sample(), join(dir, 'missing', 'DSC00001.JPG'))).rejects.toMatchObject({
      code: 'IO_ERROR',
      details: { reason: 'ENOENT' },
    });
  });
});

describe('sim body saving to the host', () => {
  it('a disk that fills mid-shot: error event (IO_ERROR, 0x8109), no downloadComplete, no partial file', async () => {
    kit = await simKit();
    await kit.set('still-image-store-destination', 'host-pc');
    const k = kit;
    const downloads: string[] = [];
    k.driver.events.on('downloadComplete', (e) => downloads.push(e.filename));
    k.driver.faults(k.id).hostDiskFull(1_000_000);
    const error = k.next('error');
    await k.driver.sendCommand(k.id, { type: 'afShutter' });
    const e = await error;
    expect(e).toMatchObject({ error: { code: 'IO_ERROR' }, sdkCode: CR_FILE_STORAGE_FULL });
    expect(e.error.message).toContain('DSC00001.JPG');
    expect(await readdir(k.dir)).toEqual([]);
    // Space freed: the next shot lands complete, under the next number (the failed one is not reused).
    k.driver.faults(k.id).hostDiskFull(false);
    const shot = k.next('downloadComplete');
    await k.driver.sendCommand(k.id, { type: 'afShutter' });
    const done = await shot;
    expect(done.filename).toBe('DSC00002.JPG');
    expect((await readFile(done.stagedPath)).length).toBe(done.size);
    expect(downloads).toEqual(['DSC00002.JPG']);
  });

  it('partial writes still deliver the whole shot', async () => {
    kit = await simKit();
    await kit.set('still-image-store-destination', 'host-pc');
    kit.driver.faults(kit.id).hostShortWrites(64 * 1024);
    const shot = kit.next('downloadComplete');
    await kit.driver.sendCommand(kit.id, { type: 'afShutter' });
    const done = await shot;
    const bytes = await readFile(done.stagedPath);
    expect(bytes.length).toBe(done.size);
    expect([bytes[0], bytes[1], bytes.at(-2), bytes.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
  });
});
