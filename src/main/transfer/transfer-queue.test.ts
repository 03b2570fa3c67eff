import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const cam = 'fake-1';
const MB = 1024 * 1024;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Resolves with the job once it is done, failed or cancelled (at once if it already is). */
function finished(h: FakeStudio, jobId: string): Promise<TransferJob> {
  return new Promise((resolve) => {
    const check = () => {
      const job = h.studio.transfers.get(jobId);
      if (!['done', 'failed', 'cancelled'].includes(job.state)) return;
      offs.forEach((off) => off());
      resolve(job);
    };
    const offs = [h.studio.bus.on('transferDone', check), h.studio.bus.on('transferFailed', check)];
    check();
  });
}

/** Files in the session folder (names only). */
async function sessionFiles(h: FakeStudio): Promise<string[]> {
  return (await readdir(h.studio.sessions.active().folder)).filter((f) => !f.startsWith('.tether')).sort();
}

function progressOf(h: FakeStudio, jobId: string): number[] {
  return h
    .of('transferProgress')
    .filter((p) => p.jobId === jobId)
    .map((p) => p.percent);
}

async function setup(opts: Parameters<typeof fakeStudio>[0] = {}) {
  h = await fakeStudio({
    connect: 'remote-transfer',
    chunkSize: 16 * 1024,
    ...opts,
    transfer: { retryDelayMs: 1, ...opts.transfer },
  });
  return h;
}

describe('TransferQueue: card pulls', () => {
  it('pulls into the session under the template name, verified, with 100% exactly once', async () => {
    await setup();
    const data = randomBytes(MB + 123);
    const file = h.driver.addCardFile(cam, 'DSC00001.JPG', data);
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    const done = await finished(h, job.id);
    expect(done.state).toBe('done');
    expect(done.targetPath?.endsWith('_0001.JPG')).toBe(true);
    expect(sha(await readFile(done.targetPath as string))).toBe(sha(data));
    expect(await sessionFiles(h)).toEqual([done.targetPath?.split('/').pop()]);
    const percents = progressOf(h, job.id);
    expect(percents.filter((p) => p === 100)).toHaveLength(1);
    expect(percents.at(-1)).toBe(100);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const complete = h.of('downloadComplete');
    expect(complete).toEqual([
      {
        cameraId: cam,
        filename: done.targetPath,
        savedPath: done.targetPath,
        type: 'image',
        size: data.length,
        jobId: job.id,
      },
    ]);
    expect(await h.studio.sessions.shots()).toHaveLength(1);
    expect(h.studio.transfers.history().map((j) => j.id)).toEqual([job.id]);
  });

  it('pauses on unplug mid-pull and resumes from the .part after reconnect, with correct bytes', async () => {
    await setup();
    const data = randomBytes(2 * MB);
    const file = h.driver.addCardFile(cam, 'DSC00002.ARW', data);
    h.driver.failNextStreamAt(700 * 1024, () => h.driver.unplug(cam));
    const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await paused;
    const mid = h.studio.transfers.get(job.id);
    expect(mid.state).toBe('paused');
    expect(await sessionFiles(h)).toEqual([`${mid.targetPath?.split('/').pop()}.part`]);
    const done = finished(h, job.id);
    h.driver.replug(cam);
    const result = await done;
    expect(result.state).toBe('done');
    expect(result.attempts).toBe(2);
    // The second open continued where the kept .part ended.
    expect(h.driver.card.openOffsets).toHaveLength(2);
    expect(h.driver.card.openOffsets[1]).toBeGreaterThan(0);
    expect(h.driver.card.openOffsets[1]).toBe(mid.bytesDone);
    expect(sha(await readFile(result.targetPath as string))).toBe(sha(data));
    expect(await sessionFiles(h)).toEqual([result.targetPath?.split('/').pop()]);
    expect(progressOf(h, job.id).filter((p) => p === 100)).toHaveLength(1);
  });

  it('a pull paused by a requested disconnect waits through a remote-only connection (no card), then resumes', async () => {
    await setup();
    const data = randomBytes(MB);
    const file = h.driver.addCardFile(cam, 'DSC00009.ARW', data);
    const gate = h.driver.gateNextStreamAt(256 * 1024);
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await gate.reached;
    const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    const off = h.studio.cameras.disconnect(cam);
    gate.release();
    await off;
    await paused;
    await h.studio.cameras.connect(cam, 'remote');
    // Nothing to reach the card with: the pull stays paused instead of failing WRONG_CONNECTION_MODE.
    expect(h.studio.transfers.get(job.id).state).toBe('paused');
    expect(h.driver.calls.openContent).toBe(1);
    await h.studio.cameras.disconnect(cam);
    const done = finished(h, job.id);
    await h.studio.cameras.connect(cam, 'remote-transfer');
    expect(await done).toMatchObject({ state: 'done' });
    expect(sha(await readFile(h.studio.transfers.get(job.id).targetPath as string))).toBe(sha(data));
  });

  it('fails a paused pull after the resume timeout, keeps the .part, and a retry resumes it', async () => {
    await setup({ transfer: { resumeTimeoutMs: 30 } });
    const data = randomBytes(MB);
    const file = h.driver.addCardFile(cam, 'DSC00003.JPG', data);
    h.driver.failNextStreamAt(300 * 1024, () => h.driver.unplug(cam));
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    const failed = await finished(h, job.id);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'DISCONNECTED' } });
    expect(await sessionFiles(h)).toEqual([`${failed.targetPath?.split('/').pop()}.part`]);
    const kept = (await readFile(`${failed.targetPath}.part`)).length;
    expect(kept).toBeGreaterThan(0);
    expect(failed.bytesDone).toBe(kept);
    const back = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connected');
    h.driver.replug(cam);
    await back;
    await h.studio.transfers.retry(job.id);
    expect((await finished(h, job.id)).state).toBe('done');
    expect(sha(await readFile(failed.targetPath as string))).toBe(sha(data));
  });

  it('retries a busy camera, then fails clearly when it stays busy', async () => {
    await setup({ transfer: { busyRetries: 3 } });
    const a = h.driver.addCardFile(cam, 'A.JPG', randomBytes(1000));
    h.driver.busyNext(2);
    const [jobA] = await h.studio.transfers.pullCardFiles(cam, [a]);
    expect(await finished(h, jobA.id)).toMatchObject({ state: 'done', attempts: 3 });

    const b = h.driver.addCardFile(cam, 'B.JPG', randomBytes(1000));
    h.driver.busyNext(100);
    const [jobB] = await h.studio.transfers.pullCardFiles(cam, [b]);
    const failed = await finished(h, jobB.id);
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: 4,
      error: { code: 'CAMERA_BUSY', message: expect.stringContaining('gave up after 4 attempts') },
    });
    expect(await sessionFiles(h)).toEqual([jobA.targetPath?.split('/').pop()]);
  });

  it('cancels a running pull: no final file, no .part', async () => {
    await setup();
    const file = h.driver.addCardFile(cam, 'C.JPG', randomBytes(MB));
    const gate = h.driver.gateNextStreamAt(256 * 1024);
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await gate.reached;
    await h.studio.transfers.cancel(job.id);
    gate.release();
    expect(h.studio.transfers.get(job.id)).toMatchObject({ state: 'cancelled', bytesDone: 0 });
    expect(await sessionFiles(h)).toEqual([]);
    expect(h.of('transferFailed').map((j) => j.state)).toEqual(['cancelled']);
    expect(progressOf(h, job.id)).not.toContain(100);
  });

  it('cancels a queued pull without opening it', async () => {
    await setup();
    const files = ['D1.JPG', 'D2.JPG'].map((n) => h.driver.addCardFile(cam, n, randomBytes(64 * 1024)));
    const gate = h.driver.gateNextStreamAt(1024);
    const [first, second] = await h.studio.transfers.pullCardFiles(cam, files);
    await gate.reached;
    await h.studio.transfers.cancel(second.id);
    const done = finished(h, first.id);
    gate.release();
    await done;
    expect(h.driver.calls.openContent).toBe(1);
    expect(await sessionFiles(h)).toEqual([first.targetPath?.split('/').pop()]);
  });

  it('leaves nothing under a final name when verification fails', async () => {
    await setup();
    const file = h.driver.addCardFile(cam, 'E.JPG', randomBytes(5000));
    const [job] = await h.studio.transfers.pullCardFiles(cam, [{ ...file }]);
    // The listing promised more bytes than the camera delivers.
    const other = h.driver.addCardFile(cam, 'F.JPG', randomBytes(5000), { size: 9000 });
    const [bad] = await h.studio.transfers.pullCardFiles(cam, [other]);
    await finished(h, job.id);
    const failed = await finished(h, bad.id);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'VERIFY_FAILED' } });
    expect(await sessionFiles(h)).toEqual([job.targetPath?.split('/').pop()]);
  });

  it('takes the next number when the final name appears during the pull', async () => {
    await setup();
    const file = h.driver.addCardFile(cam, 'G.JPG', randomBytes(100_000));
    const gate = h.driver.gateNextStreamAt(10_000);
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await gate.reached;
    await writeFile(job.targetPath as string, 'not ours');
    const done = finished(h, job.id);
    gate.release();
    const result = await done;
    expect(result.targetPath).not.toBe(job.targetPath);
    expect(result.targetPath?.endsWith('_0002.JPG')).toBe(true);
    expect(await readFile(job.targetPath as string, 'utf8')).toBe('not ours');
  });

  it('runs serially per camera and in parallel across cameras', async () => {
    await setup({ cameras: 2 });
    const filesA = [1, 2, 3].map((i) => h.driver.addCardFile('fake-1', `A${i}.JPG`, randomBytes(100_000)));
    const filesB = [1, 2, 3].map((i) => h.driver.addCardFile('fake-2', `B${i}.JPG`, randomBytes(100_000)));
    const gate = h.driver.gateNextStreamAt(50_000);
    const jobsA = await h.studio.transfers.pullCardFiles('fake-1', filesA);
    await gate.reached;
    const jobsB = await h.studio.transfers.pullCardFiles('fake-2', filesB);
    // Camera B finishes all three while camera A is held on its first file.
    for (const j of jobsB) expect((await finished(h, j.id)).state).toBe('done');
    expect(jobsA.map((j) => h.studio.transfers.get(j.id).state)).toEqual(['running', 'queued', 'queued']);
    gate.release();
    for (const j of jobsA) expect((await finished(h, j.id)).state).toBe('done');
    expect(h.driver.card.maxConcurrentStreams).toBe(1);
    expect((await h.studio.sessions.shots()).map((s) => s.seq).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('validates requests', async () => {
    await setup();
    await expect(h.studio.transfers.pullCardFiles(cam, [])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      h.studio.transfers.pullCardFiles(cam, [{ slot: 3, contentId: 1, fileId: 1 }]),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      h.studio.transfers.pullCardFiles(cam, [{ slot: 1, contentId: 99, fileId: 1 }]),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const f = h.driver.addCardFile(cam, 'H.JPG', randomBytes(10));
    await expect(
      h.studio.transfers.pullCardFiles(cam, [f], { destDir: 'relative/dir' }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(h.studio.transfers.cancel('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pulls into an explicit folder with sanitised original names', async () => {
    await setup();
    const dest = `${h.dir}/export`;
    const f = h.driver.addCardFile(cam, 'DSC00009.JPG', randomBytes(10), { name: '../../CON.JPG' });
    const [job] = await h.studio.transfers.pullCardFiles(cam, [f], { destDir: dest });
    const done = await finished(h, job.id);
    expect(done.targetPath).toBe(`${dest}/_CON.JPG`);
    expect(dirname(done.targetPath as string)).toBe(dest);
  });
});
