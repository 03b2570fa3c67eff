import { randomBytes } from 'node:crypto';
import { renameSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const cam = 'fake-1';
const info = (path: string) => ({ path, prefix: 'DSC', startNo: 1 });
const sessionFiles = async (h: FakeStudio) =>
  (await readdir(h.studio.sessions.active().folder)).filter((f) => !f.startsWith('.tether'));

describe('AutoImport with an Alpha API client save-info folder', () => {
  it('leaves the client file untouched, names it in downloadComplete, and imports a copy', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await h.studio.settings.update({ verifyHash: true });
    const clientDir = join(h.dir, 'client');
    await h.studio.cameras.setSaveInfo(cam, info(clientDir));
    expect(h.studio.cameras.saveInfo(cam)?.path).toBe(clientDir);
    expect(h.driver.getSaveInfo(cam)?.path).toBe(clientDir);

    const data = randomBytes(250_000);
    const done = h.studio.bus.waitFor('transferDone');
    const written = await h.driver.stageShot(cam, 'DSC00007.JPG', data);
    const job = await done;
    const copy = job.targetPath as string;

    expect(h.of('downloadComplete')).toEqual([
      // `filename` is the full host path, as the Alpha server sends it.
      { cameraId: cam, filename: written, savedPath: written, type: 'image', size: data.length },
    ]);
    expect(Buffer.compare(await readFile(written), data)).toBe(0);
    expect(await readdir(clientDir)).toEqual(['DSC00007.JPG']);
    expect(basename(copy)).toBe(`${h.studio.sessions.active().name}_0001.JPG`);
    expect(Buffer.compare(await readFile(copy), data)).toBe(0);
    expect(await h.studio.sessions.shots()).toHaveLength(1);
    // The snapshot the copy was made from is gone from the staging area.
    const staging = join(h.dir, 'data', 'staging', cam, '.from-client');
    await expect.poll(() => readdir(staging)).toEqual([]);
  });

  it('still completes the session copy when the client moves its file away at once', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const clientDir = join(h.dir, 'client');
    await h.studio.cameras.setSaveInfo(cam, info(clientDir));
    const moved = join(h.dir, 'moved.JPG');
    h.studio.bus.on('downloadComplete', (e) => renameSync(e.savedPath, moved));
    const data = randomBytes(120_000);
    const done = h.studio.bus.waitFor('transferDone');
    await h.driver.stageShot(cam, 'DSC00008.JPG', data);
    const job = await done;
    expect(Buffer.compare(await readFile(job.targetPath as string), data)).toBe(0);
    expect(Buffer.compare(await readFile(moved), data)).toBe(0);
    expect(h.of('transferFailed')).toEqual([]);
  });

  it('keeps importing staged shots (moved) when save-info points at the staging folder', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const staging = h.driver.getSaveInfo(cam)?.path as string;
    await h.studio.cameras.setSaveInfo(cam, info(join(h.dir, 'client')));
    await h.studio.cameras.setSaveInfo(cam, info(staging));
    const landed = h.studio.bus.waitFor('downloadComplete');
    await h.driver.stageShot(cam, 'DSC00009.JPG', randomBytes(1000));
    const e = await landed;
    expect(e.savedPath.startsWith(h.studio.sessions.active().folder)).toBe(true);
    await expect.poll(() => readdir(staging)).toEqual([]);
    expect(await sessionFiles(h)).toEqual([basename(e.savedPath)]);
  });

  it("re-applies the client's folder after a replug; a requested disconnect restores staging", async () => {
    h = await fakeStudio({ connect: 'remote' });
    const clientDir = join(h.dir, 'client');
    await h.studio.cameras.setSaveInfo(cam, { path: clientDir, prefix: 'CLI', startNo: 5 });
    h.driver.cameras.get(cam)!.saveInfo = null; // a body that forgot it across the link loss
    h.driver.unplug(cam);
    const back = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connected');
    h.driver.replug(cam);
    await back;
    await expect
      .poll(() => h.driver.getSaveInfo(cam))
      .toEqual({ path: clientDir, prefix: 'CLI', startNo: 5 });
    expect(h.studio.cameras.saveInfo(cam)?.path).toBe(clientDir);

    await h.studio.cameras.disconnect(cam);
    await h.studio.cameras.connect(cam, 'remote');
    expect(h.studio.cameras.saveInfo(cam)?.path).toBe(join(h.dir, 'data', 'staging', cam));
  });

  it('refuses relative paths and folders inside the staging area', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await expect(h.studio.cameras.setSaveInfo(cam, info('relative/dir'))).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(
      h.studio.cameras.setSaveInfo(cam, info(join(h.dir, 'data', 'staging', 'other'))),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(h.studio.cameras.saveInfo(cam)?.path).toBe(join(h.dir, 'data', 'staging', cam));
  });
});
