import { randomBytes } from 'node:crypto';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

const cam = 'fake-1';
const landed = (h: FakeStudio, n = 1) =>
  new Promise<{ savedPath: string; filename: string }[]>((resolve) => {
    const got: { savedPath: string; filename: string }[] = [];
    const off = h.studio.bus.on('downloadComplete', (e) => {
      got.push(e);
      if (got.length === n) {
        off();
        resolve(got);
      }
    });
  });

describe('AutoImport', () => {
  it('imports a staged shot into the session, verified, and deletes the staged file', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await h.studio.settings.update({ verifyHash: true });
    const data = randomBytes(300_000);
    const arrived = landed(h);
    const staged = await h.driver.stageShot(cam, 'DSC00042.JPG', data);
    const [event] = await arrived;
    expect(basename(event.savedPath)).toBe(`${h.studio.sessions.active().name}_0001.JPG`);
    expect(event.filename).toBe(event.savedPath);
    expect(Buffer.compare(await readFile(event.savedPath), data)).toBe(0);
    await expect(access(staged)).rejects.toThrow();
    const [shot] = await h.studio.sessions.shots();
    expect(shot).toMatchObject({
      originalName: 'DSC00042.JPG',
      kind: 'jpeg',
      size: data.length,
      cameraId: cam,
    });
    expect(h.of('transferProgress').filter((p) => p.percent === 100)).toHaveLength(1);
  });

  it('gives a RAW+JPEG pair one sequence number', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const arrived = landed(h, 3);
    await h.driver.stageShot(cam, 'DSC00050.ARW', randomBytes(2000));
    await h.driver.stageShot(cam, 'DSC00050.JPG', randomBytes(1000));
    await h.driver.stageShot(cam, 'DSC00051.JPG', randomBytes(1000));
    const names = (await arrived).map((e) => basename(e.savedPath));
    const s = h.studio.sessions.active().name;
    expect(names).toEqual([`${s}_0001.ARW`, `${s}_0001.JPG`, `${s}_0002.JPG`]);
    expect((await h.studio.sessions.shots()).map((x) => x.seq)).toEqual([1, 1, 2]);
  });

  it('is not held up by a card pull on the same camera', async () => {
    h = await fakeStudio({ connect: 'remote-transfer' });
    const file = h.driver.addCardFile(cam, 'OLD.JPG', randomBytes(200_000));
    const gate = h.driver.gateNextStreamAt(10_000);
    const [pull] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await gate.reached;
    const arrived = landed(h);
    await h.driver.stageShot(cam, 'NEW.JPG', randomBytes(1000));
    await arrived;
    expect(h.studio.transfers.get(pull.id).state).toBe('running');
    gate.release();
  });

  it('fails clearly when the staged file vanished, leaving no final file', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const failed = h.studio.bus.waitFor('transferFailed');
    const dir = h.driver.getSaveInfo(cam)?.path as string;
    h.driver.events.emit('downloadComplete', {
      cameraId: cam,
      filename: 'GONE.JPG',
      stagedPath: `${dir}/GONE.JPG`,
      size: 10,
    });
    const job = await failed;
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('GONE.JPG is gone'),
    });
    expect(
      (await readdir(h.studio.sessions.active().folder)).filter((f) => !f.startsWith('.tether')),
    ).toEqual([]);
  });

  it('rejects a staged file that is shorter than announced', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const failed = h.studio.bus.waitFor('transferFailed');
    const staged = `${h.driver.getSaveInfo(cam)?.path}/X.JPG`;
    await writeFile(staged, randomBytes(10));
    h.driver.events.emit('downloadComplete', {
      cameraId: cam,
      filename: 'X.JPG',
      stagedPath: staged,
      size: 999,
    });
    expect((await failed).error?.code).toBe('VERIFY_FAILED');
    expect(
      (await readdir(h.studio.sessions.active().folder)).filter((f) => !f.startsWith('.tether')),
    ).toEqual([]);
    // The staged file is kept when the import failed: nothing is lost.
    expect((await readFile(staged)).length).toBe(10);
  });
});
