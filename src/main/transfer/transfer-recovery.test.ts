import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import type { FakeStudio } from '../app/testing/fake-studio';
import { studioRestarts } from '../app/testing/studio-restarts';
import type { SessionService } from '../session/session-service';
import { JOURNAL_FILE } from './transfer-journal';

const cam = 'fake-1';
const MB = 1024 * 1024;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const DATA = randomBytes(2 * MB + 17);

/** Studios over one folder whose card holds DATA as DSC00001.ARW (the same ref on every start). */
const { folder, start, stop } = studioRestarts('ts-recover-', { cam, name: 'DSC00001.ARW', data: DATA });

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

/** Pulls DSC00001.ARW and interrupts it (cable pulled at `at` bytes), leaving its `.part`. */
async function interruptedPull(at = 700 * 1024): Promise<{ h: FakeStudio; job: TransferJob }> {
  // (What reaches the .part may be a little less than `at`: bytes in flight when the link drops are lost.)
  const h = await start({ connect: 'remote-transfer' });
  const file = (await h.studio.cards.list(cam, 1))[0];
  h.driver.failNextStreamAt(at, () => h.driver.unplug(cam));
  const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
  const [queued] = await h.studio.transfers.pullCardFiles(cam, [file]);
  await paused;
  return { h, job: h.studio.transfers.get(queued.id) };
}

const sessionFiles = async (h: FakeStudio) =>
  (await readdir(h.studio.sessions.active().folder)).filter((f) => !f.startsWith('.tether')).sort();

describe('durable transfer queue: a restart resumes, completes or adopts every journaled job', () => {
  it('resumes an interrupted pull from its .part offset (not from 0), under the same name, once', async () => {
    const { h, job } = await interruptedPull();
    const kept = (await readFile(`${job.targetPath}.part`)).length;
    expect(kept).toBeGreaterThan(0);
    expect(job.bytesDone).toBe(kept);
    await stop(h);

    const again = await start({ connect: 'remote-transfer' });
    const recovered = again.studio.transfers.get(job.id);
    expect(recovered).toMatchObject({ recovered: true, targetPath: job.targetPath });
    const done = await finished(again, job.id);
    expect(done).toMatchObject({ state: 'done', resumedFrom: kept, targetPath: job.targetPath });
    expect(again.driver.card.openOffsets).toEqual([kept]);
    expect(sha(await readFile(done.targetPath as string))).toBe(sha(DATA));
    expect(await sessionFiles(again)).toEqual([basename(job.targetPath as string)]);
    expect((await again.studio.sessions.shots()).map((s) => s.path)).toEqual([job.targetPath]);
  });

  it('waits for the camera after a restart and resumes by itself when it connects in a card mode', async () => {
    const { h, job } = await interruptedPull();
    await stop(h);
    const again = await start();
    expect(again.studio.transfers.get(job.id)).toMatchObject({ state: 'paused', waitingFor: 'camera' });
    await again.studio.cameras.connect(cam, 'remote');
    expect(again.studio.transfers.get(job.id)).toMatchObject({ state: 'paused', waitingFor: 'card-mode' });
    expect(again.driver.card.openOffsets).toEqual([]);
    await again.studio.cameras.disconnect(cam);
    await again.studio.cameras.connect(cam); // no mode: the previous one (remote) … then card mode
    await again.studio.cameras.disconnect(cam);
    const done = finished(again, job.id);
    await again.studio.cameras.connect(cam, 'contents');
    expect((await done).state).toBe('done');
    expect(again.driver.card.openOffsets).toEqual([job.bytesDone]);
    expect(job.bytesDone).toBeGreaterThan(0);
  });

  it('adopts a file renamed to its final name just before the crash (not indexed yet): no second pull', async () => {
    const { h, job } = await interruptedPull();
    const final = job.targetPath as string;
    await stop(h);
    // The pull had completed; the crash came after the commit's rename, before the index was written.
    await writeFile(`${final}.part`, DATA);
    await rename(`${final}.part`, final);
    const again = await start();
    const done = again.studio.transfers.get(job.id);
    expect(done, JSON.stringify(done)).toMatchObject({ state: 'done', targetPath: final });
    expect(again.driver.card.openOffsets).toEqual([]);
    expect((await again.studio.sessions.shots()).map((s) => s.path)).toEqual([final]);
    expect(sha(await readFile(final))).toBe(sha(DATA));
    expect(await sessionFiles(again)).toEqual([basename(final)]);
  });

  it('finishes a commit cut between link and unlink (final and .part are one file): no duplicate', async () => {
    const { h, job } = await interruptedPull();
    const final = job.targetPath as string;
    await stop(h);
    await writeFile(`${final}.part`, DATA);
    await link(`${final}.part`, final);
    const again = await start();
    expect(again.studio.transfers.get(job.id).state).toBe('done');
    expect(await sessionFiles(again)).toEqual([basename(final)]);
    expect(await again.studio.sessions.shots()).toHaveLength(1);
  });

  it('keeps the bytes of a resumed pull that then fails on a busy camera: the retry resumes, not from 0', async () => {
    const { h, job } = await interruptedPull();
    const kept = (await readFile(`${job.targetPath}.part`)).length;
    await stop(h);
    const again = await start({
      connect: 'remote-transfer',
      transfer: { retryDelayMs: 1, busyRetries: 1 },
      prepare: (d) => {
        d.addCardFile(cam, 'DSC00001.ARW', DATA);
        d.busyNext(2);
      },
    });
    const failed = await finished(again, job.id);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'CAMERA_BUSY' }, bytesDone: kept });
    expect((await readFile(`${job.targetPath}.part`)).length).toBe(kept);
    await again.studio.transfers.retry(job.id);
    const done = await finished(again, job.id);
    expect(done).toMatchObject({ state: 'done', resumedFrom: kept, targetPath: job.targetPath });
    expect(again.driver.card.openOffsets).toEqual([kept]);
    expect(sha(await readFile(done.targetPath as string))).toBe(sha(DATA));
  });

  it('only tidies up a job whose file is final and indexed already (killed before it was forgotten)', async () => {
    const { h, job } = await interruptedPull();
    const final = job.targetPath as string;
    await writeFile(`${final}.part`, DATA);
    await rename(`${final}.part`, final);
    const sessions = h.studio.sessions as SessionService;
    const alloc = { seq: 1, fileName: basename(final), path: final, sessionId: sessions.active().id };
    await sessions.addShot(alloc, {
      size: DATA.length,
      cameraId: cam,
      originalName: 'DSC00001.ARW',
      kind: 'raw',
    });
    await stop(h);
    const again = await start();
    expect(again.studio.transfers.get(job.id).state).toBe('done');
    expect(await again.studio.sessions.shots()).toHaveLength(1);
    expect(again.driver.card.openOffsets).toEqual([]);
  });

  it('adopts a shot left in staging without a job, imports it at start, and says so', async () => {
    const dir = await folder();
    const staged = join(dir, 'data', 'staging', cam);
    await mkdir(staged, { recursive: true });
    const shot = randomBytes(5000);
    await writeFile(join(staged, 'DSC00077.JPG'), shot);
    await writeFile(join(staged, '.DSC00078.JPG.part'), 'half a shot from the camera');
    const h = await start();
    const announced = h.of('pendingImports');
    expect(announced[0]?.items.map((i) => i.fileName).sort()).toEqual(['.DSC00078.JPG', 'DSC00077.JPG']);
    const done = await h.studio.bus.waitFor('transferDone', (j) => j.originalName === 'DSC00077.JPG');
    expect(sha(await readFile(done.targetPath as string))).toBe(sha(shot));
    expect(await readdir(staged)).toEqual(['.DSC00078.JPG.part']);
    // Left: the camera's partial file, which may be discarded; a staged shot never may.
    const [partial] = h.studio.transfers.listPending();
    expect(partial).toMatchObject({ kind: 'partial', size: 27 });
    expect(await h.studio.transfers.discardPending(partial.id)).toEqual([]);
    expect(await readdir(staged)).toEqual([]);
  });

  it('lists a shot whose import failed before a job existed, with the error, and imports it on Retry', async () => {
    const h = await start({ connect: 'remote' });
    const folder = h.studio.sessions.active().folder;
    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file where the session folder should be');
    const listed = h.studio.bus.waitFor('pendingImports', (p) => p.items.length > 0);
    const stagedPath = await h.driver.stageShot(cam, 'DSC00090.JPG', randomBytes(3000));
    const [item] = (await listed).items;
    expect(item).toMatchObject({ kind: 'staged', path: stagedPath, error: { code: 'IO_ERROR' } });
    expect(item.error?.message).toContain(folder);
    expect(h.studio.transfers.list()).toEqual([]);
    await rm(folder);
    expect(await h.studio.transfers.retryPending([item.id])).toEqual([]);
    const done = await h.studio.bus.waitFor('transferDone', (j) => j.originalName === 'DSC00090.JPG');
    expect(done.state).toBe('done');
    expect(await h.studio.sessions.shots()).toHaveLength(1);
    await expect(h.studio.transfers.discardPending(item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a journal record whose paths lead outside their folders, and never reads or writes there', async () => {
    const { h, job } = await interruptedPull();
    await stop(h);
    const journal = join(await folder(), 'data', JOURNAL_FILE);
    const lines = (await readFile(journal, 'utf8')).trim().split('\n');
    const planted = JSON.parse(lines.at(-1) as string);
    // A name inside the folder, but its bytes said to be in a `.part` elsewhere.
    const parted = structuredClone(planted);
    parted.put.job.id = 'tr_planted03';
    parted.put.part = '/etc/passwd.part';
    planted.put.job.id = 'tr_planted01';
    planted.put.alloc.path = '/etc/passwd';
    planted.put.job.targetPath = '/etc/passwd';
    const auto = structuredClone(planted);
    auto.put.job.id = 'tr_planted02';
    auto.put.lane = 'auto';
    auto.put.job.source = { kind: 'auto', stagedPath: '/etc/shadow' };
    auto.put.stagedPath = '/etc/shadow';
    auto.put.alloc = null;
    const extra = [planted, auto, parted].map((r) => JSON.stringify(r)).join('\n');
    await writeFile(journal, `${lines.join('\n')}\n${extra}\n`);
    const again = await start({ connect: 'remote-transfer' });
    const warnings = again.of('warning').filter((w) => w.code === 'FORBIDDEN');
    expect(warnings.map((w) => w.message).join('\n')).toMatch(
      /tr_planted01[\s\S]*tr_planted02[\s\S]*tr_planted03/,
    );
    expect(again.studio.transfers.list().map((j) => j.id)).toEqual([job.id]);
    expect((await finished(again, job.id)).state).toBe('done');
  });

  it('acknowledges a pull only once it is journaled on disk (a crash right after the answer loses nothing)', async () => {
    const h = await start({ connect: 'remote-transfer' });
    const gate = h.driver.gateNextStreamAt(1024);
    const file = (await h.studio.cards.list(cam, 1))[0];
    const [job] = await h.studio.transfers.pullCardFiles(cam, [file]);
    const text = await readFile(join(await folder(), 'data', JOURNAL_FILE), 'utf8');
    expect(text).toContain(job.id);
    gate.release();
    await finished(h, job.id);
  });
});
