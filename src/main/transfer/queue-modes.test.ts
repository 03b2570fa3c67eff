import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

const cam = 'fake-1';
let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const done = (jobs: TransferJob[]) =>
  Promise.all(jobs.map((j) => h.studio.bus.waitFor('transferDone', (d) => d.id === j.id)));

/** Issue 10 item 1: a pull interrupted by a disconnect recovers by itself, and failures group by code. */
describe('card pulls across disconnects and connection modes', () => {
  it('pauses queued pulls on a disconnect (waiting for the camera) and resumes them by itself on return', async () => {
    h = await fakeStudio({ connect: 'remote-transfer', chunkSize: 16 * 1024, selfReconnect: false });
    const files = Array.from({ length: 6 }, (_, i) =>
      h.driver.addCardFile(cam, `DSC0${i}.JPG`, randomBytes(200_000)),
    );
    const gate = h.driver.gateNextStreamAt(50_000);
    const jobs = await h.studio.transfers.pullCardFiles(cam, files);
    await gate.reached;
    const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    h.driver.unplug(cam);
    gate.release();
    await paused;
    // Every unfinished job shows it waits for the camera (not "Queued", not failed).
    const waiting = h.studio.transfers.list().filter((j) => j.state !== 'done');
    expect(waiting.length).toBeGreaterThan(0);
    for (const j of waiting) expect(j).toMatchObject({ state: 'paused', waitingFor: 'camera' });
    expect(h.of('transferUpdated').some((j) => j.waitingFor === 'camera')).toBe(true);
    const all = done(jobs);
    h.driver.replug(cam); // the studio reconnects in the mode it was in (remote-transfer)
    await all;
    expect(h.studio.cameras.get(cam)).toMatchObject({ mode: 'remote-transfer', lastMode: 'remote-transfer' });
    expect(h.studio.transfers.list().every((j) => j.state === 'done' && !j.waitingFor)).toBe(true);
    expect(h.of('transferFailed')).toEqual([]);
  });

  it('never fails pulls with WRONG_CONNECTION_MODE: they wait for a card mode and then run', async () => {
    h = await fakeStudio({ connect: 'remote-transfer' });
    const files = [1, 2, 3].map((i) => h.driver.addCardFile(cam, `R${i}.JPG`, randomBytes(50_000)));
    const gate = h.driver.gateNextStreamAt(10_000);
    const jobs = await h.studio.transfers.pullCardFiles(cam, files);
    await gate.reached;
    const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    await h.studio.cameras.disconnect(cam);
    gate.release();
    await paused;
    await h.studio.cameras.connect(cam, 'remote');
    for (const j of h.studio.transfers.list())
      expect(j).toMatchObject({ state: 'paused', waitingFor: 'card-mode' });
    await h.studio.cameras.disconnect(cam);
    const all = done(jobs);
    await h.studio.cameras.connect(cam, 'remote-transfer');
    await all;
    expect(h.of('transferFailed')).toEqual([]);
  });

  it('fails waiting pulls with DISCONNECTED when the camera stays away, and retries that group at once', async () => {
    h = await fakeStudio({
      connect: 'remote-transfer',
      selfReconnect: false,
      transfer: { resumeTimeoutMs: 20, retryDelayMs: 1, busyRetries: 1 },
    });
    const files = [1, 2, 3].map((i) => h.driver.addCardFile(cam, `G${i}.JPG`, randomBytes(40_000)));
    const other = h.driver.addCardFile(cam, 'BUSY.JPG', randomBytes(1000));
    h.driver.busyNext(2);
    const [busy] = await h.studio.transfers.pullCardFiles(cam, [other]);
    await h.studio.bus.waitFor('transferFailed', (j) => j.id === busy.id);
    const gate = h.driver.gateNextStreamAt(1000);
    const jobs = await h.studio.transfers.pullCardFiles(cam, files);
    await gate.reached;
    const failedAll = Promise.all(
      jobs.map((j) => h.studio.bus.waitFor('transferFailed', (f) => f.id === j.id)),
    );
    h.driver.unplug(cam);
    gate.release();
    const failed = await failedAll;
    expect(new Set(failed.map((j) => j.error?.code))).toEqual(new Set(['DISCONNECTED']));
    const back = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connected');
    h.driver.replug(cam); // the studio reconnects by itself, in the mode it was in
    await back;
    expect(h.studio.cameras.get(cam).mode).toBe('remote-transfer');
    const all = done(jobs);
    const retried = await h.studio.transfers.retryFailed('DISCONNECTED');
    expect(retried.map((j) => j.id).sort()).toEqual(jobs.map((j) => j.id).sort());
    await all;
    // The other group (CAMERA_BUSY) was left alone.
    expect(h.studio.transfers.get(busy.id)).toMatchObject({
      state: 'failed',
      error: { code: 'CAMERA_BUSY' },
    });
  });
});
