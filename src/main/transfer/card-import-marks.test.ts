import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { CardFile } from '../../shared/camera-types';
import type { TransferJob } from '../../shared/transfer-types';
import { createStudioHandlers } from '../app/studio-handlers';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

// Issue 10 item 11: files a session already holds are marked in the card listing and skipped by default,
// across a restart; item 15: a pull into a session other than the active one (a drop on the session list).
const cam = 'fake-1';
const open: FakeStudio[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.cleanup();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function start(opts: Parameters<typeof fakeStudio>[0] = {}): Promise<FakeStudio> {
  const h = await fakeStudio({ connect: 'remote-transfer', transfer: { retryDelayMs: 1 }, ...opts });
  open.push(h);
  return h;
}

function settled(h: FakeStudio, jobs: TransferJob[]): Promise<void> {
  const ids = new Set(jobs.map((j) => j.id));
  return new Promise((resolve) => {
    const check = () => {
      if (![...ids].every((id) => ['done', 'failed', 'cancelled'].includes(h.studio.transfers.get(id).state)))
        return;
      offs.forEach((off) => off());
      resolve();
    };
    const offs = [h.studio.bus.on('transferDone', check), h.studio.bus.on('transferFailed', check)];
    check();
  });
}

const listing = (h: FakeStudio) =>
  createStudioHandlers(h.studio, () => ({ enabled: false, url: null })).listCardFiles(cam, 1);
const ref = (f: CardFile) => ({ slot: f.slot, contentId: f.contentId, fileId: f.fileId });

describe('card files already imported (issue 10 item 11)', () => {
  it('marks pulled files in the listing, skips them on request, and still does after a restart', async () => {
    const a = randomBytes(40_000);
    const b = randomBytes(50_000);
    const seed = (h: FakeStudio['driver']) => {
      h.addCardFile(cam, 'DSC00001.JPG', a, { contentId: 1 });
      h.addCardFile(cam, 'DSC00002.JPG', b, { contentId: 2 });
    };
    const first = await start({ prepare: seed });
    const [fa, fb] = await first.driver.listContents(cam, 1);
    const jobs = await first.studio.transfers.pullCardFiles(cam, [ref(fa)]);
    await settled(first, jobs);
    const marked = await listing(first);
    const shot = (await first.studio.sessions.shots())[0];
    expect(marked[0].imported).toEqual({
      sessionId: shot.sessionId,
      shotId: shot.id,
      fileName: shot.fileName,
    });
    expect(marked[1].imported).toBeUndefined();
    expect(shot).toMatchObject({ origin: 'card', capturedAt: '2024-05-06T07:08:09' });

    // Skipped by default where the caller asks (the UI always does); a file already queued is skipped too.
    const again = await first.studio.transfers.pullCardFiles(cam, [ref(fa), ref(fb)], { skipImported: true });
    expect(again.map((j) => j.originalName)).toEqual(['DSC00002.JPG']);
    expect(await first.studio.transfers.pullCardFiles(cam, [ref(fb)], { skipImported: true })).toEqual([]);
    await settled(first, again);
    const dir = first.dir;
    await first.studio.stop();
    open.splice(open.indexOf(first), 1);
    dirs.push(dir);

    const second = await start({ dir, prepare: seed });
    const after = await listing(second);
    expect(after.map((f) => f.imported?.fileName)).toEqual(
      (await second.studio.sessions.shots()).map((s) => s.fileName),
    );
    expect(
      await second.studio.transfers.pullCardFiles(cam, [ref(fa), ref(fb)], { skipImported: true }),
    ).toEqual([]);
    // On purpose: without skipImported the file is imported again, as a new number.
    const forced = await second.studio.transfers.pullCardFiles(cam, [ref(fa)]);
    await settled(second, forced);
    expect(await second.studio.sessions.shots()).toHaveLength(3);
  });

  it('tells apart a file with the same name and size but another capture time', async () => {
    const data = randomBytes(30_000);
    const h = await start({
      prepare: (d) => {
        d.addCardFile(cam, 'DSC00001.JPG', data, { contentId: 1 });
        d.addCardFile(cam, 'DSC00001.JPG', data, { contentId: 2, createdAt: '2024-06-01T10:00:00' });
      },
    });
    const [first] = await h.driver.listContents(cam, 1);
    await settled(h, await h.studio.transfers.pullCardFiles(cam, [ref(first)]));
    expect((await listing(h)).map((f) => !!f.imported)).toEqual([true, false]);
  });

  it('marks the card copy of a tethered shot: same camera, size, capture time and extension', async () => {
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#777' } })
      .jpeg()
      .withExif({ IFD2: { DateTimeOriginal: '2024:05:06 07:08:09' } })
      .toBuffer();
    const h = await start({
      prepare: (d) => {
        d.addCardFile(cam, 'DSC04567.JPG', jpeg, { contentId: 1 });
        d.addCardFile(cam, 'DSC04568.JPG', jpeg, { contentId: 2, createdAt: '2024-05-06T07:08:10' });
      },
    });
    const added = new Promise((resolve) => h.studio.bus.on('shotAdded', resolve));
    // The body names the host copy by the studio's save-info counter, not by its card name.
    await h.driver.stageShot(cam, 'DSC00001.JPG', jpeg);
    await added;
    expect((await h.studio.sessions.shots())[0]).toMatchObject({
      origin: 'tether',
      capturedAt: '2024-05-06T07:08:09',
    });
    expect((await listing(h)).map((f) => !!f.imported)).toEqual([true, false]);
  });
});

describe('pulls into another session (issue 10 item 15, drop on the session list)', () => {
  it('lands in the named session, leaves the active one alone, and refuses unknown ids or both targets', async () => {
    const h = await start({ prepare: (d) => d.addCardFile(cam, 'DSC00009.JPG', randomBytes(20_000)) });
    const target = await h.studio.sessions.create('Client B');
    await h.studio.sessions.create('Client A');
    const [file] = await h.driver.listContents(cam, 1);
    const jobs = await h.studio.transfers.pullCardFiles(cam, [ref(file)], { sessionId: target.id });
    await settled(h, jobs);
    expect((await h.studio.sessions.shots(target.id)).map((s) => s.originalName)).toEqual(['DSC00009.JPG']);
    expect(await h.studio.sessions.shots()).toEqual([]);
    await expect(
      h.studio.transfers.pullCardFiles(cam, [ref(file)], { sessionId: 'ses_nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      h.studio.transfers.pullCardFiles(cam, [ref(file)], { sessionId: target.id, destDir: h.dir }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
