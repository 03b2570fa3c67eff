import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../shared/camera-types';
import type { TransferJob } from '../../shared/transfer-types';
import { SimDriver } from '../camera/sim/sim-driver';
import { LogBuffer } from '../core/logger';
import { createStudio } from './create-studio';
import type { Studio } from './studio';

let dir = '';
let studio: Studio | undefined;
afterEach(async () => {
  await studio?.stop();
  studio = undefined;
  // A thumbnail cached behind its answer may still land while the folder goes (ENOTEMPTY): retry, bounded.
  if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

async function simStudio(
  simOptions: Record<string, unknown> = {},
  settings: Record<string, unknown> = {},
): Promise<{ studio: Studio; sim: SimDriver; id: string }> {
  dir = await mkdtemp(join(tmpdir(), 'ts-sim-'));
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'data', 'settings.json'), JSON.stringify({ version: 1, ...settings }));
  // The test keeps the driver to inject faults; the studio itself never hands its driver out.
  const sim = new SimDriver({ cameras: 1, connectDelayMs: 1, saveRoot: join(dir, 'sim'), ...simOptions });
  studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: sim,
    logs: new LogBuffer(2000, null),
    transfer: { retryDelayMs: 5 },
  });
  await studio.start();
  const [cam] = await studio.cameras.list();
  return { studio, sim, id: cam.id };
}

function jobEnd(s: Studio, id: string): Promise<TransferJob> {
  return new Promise((resolve) => {
    const check = () => {
      const j = s.transfers.get(id);
      if (!['done', 'failed', 'cancelled'].includes(j.state)) return;
      offs.forEach((off) => off());
      resolve(j);
    };
    const offs = [s.bus.on('transferDone', check), s.bus.on('transferFailed', check)];
    check();
  });
}

describe('studio services over the simulated ILCE-7M4', () => {
  it('reports the sim driver and connects, reads and sets properties', async () => {
    const { studio: s, id } = await simStudio({}, { keepCameraPriority: true });
    expect(s.driverStatus).toMatchObject({ kind: 'sim', requested: 'sim', sdkVersion: 'sim-1.0' });
    await s.cameras.connect(id, 'remote');
    const props = await s.properties.getAll(id);
    expect(props.map((p) => p.name)).toEqual(
      expect.arrayContaining(['iso', 'aperture', 'shutter-speed', 'priority-key']),
    );
    // keepCameraPriority: the dial keeps priority until someone moves the key to the PC.
    await expect(s.properties.set(id, 'iso', 'ISO 400')).rejects.toMatchObject({
      code: 'PRIORITY_KEY_NOT_PC_REMOTE',
    });
    await s.properties.setPriorityKey(id, 'pc-remote');
    const iso = await s.properties.set(id, 'iso', 'ISO 400');
    expect(iso).toMatchObject({ formatted: 'ISO 400' });
    await expect(s.properties.set(id, 'iso', 'ISO 3')).rejects.toMatchObject({ code: 'VALUE_NOT_AVAILABLE' });
  });

  it('fans live view out to several consumers with one driver stream', async () => {
    const { studio: s, id } = await simStudio();
    await s.cameras.connect(id, 'remote');
    const a: LiveViewFrame[] = [];
    const b: LiveViewFrame[] = [];
    const got = new Promise<void>((resolve) => {
      s.liveView.subscribe(id, (f) => {
        a.push(f);
        if (a.length >= 3) resolve();
      });
    });
    s.liveView.subscribe(id, (f) => b.push(f));
    await got;
    expect(b.slice(0, 3)).toEqual(a.slice(0, 3));
    a.slice(0, 3).forEach((f, i) => expect(b[i]).toBe(f));
    expect(a[0].jpeg[0]).toBe(0xff);
    expect(s.liveView.status(id)).toMatchObject({ streaming: true, consumers: 2 });
  });

  it('captures with AF and auto-imports RAW+JPEG into the session with one number', async () => {
    const { studio: s, id } = await simStudio();
    await s.cameras.connect(id, 'remote');
    await s.properties.setPriorityKey(id, 'pc-remote');
    await s.properties.set(id, 'file-format', 'raw-jpeg');
    await s.properties.set(id, 'still-image-store-destination', 'host-pc');
    const landed: string[] = [];
    const two = new Promise<void>((resolve) => {
      s.bus.on('downloadComplete', (e) => {
        landed.push(e.savedPath);
        if (landed.length === 2) resolve();
      });
    });
    expect((await s.capture.capture(id)).focused).toBe(true);
    await two;
    const shots = await s.sessions.shots();
    expect(shots.map((x) => x.kind).sort()).toEqual(['jpeg', 'raw']);
    expect(new Set(shots.map((x) => x.seq)).size).toBe(1);
    const raw = shots.find((x) => x.kind === 'raw');
    const thumb = await s.shotImages.get(raw?.id as string, 'thumbnail');
    expect((await sharp(thumb).metadata()).format).toBe('jpeg');
  });

  it('resumes a card pull after an unplug mid-transfer, with the camera’s exact bytes', async () => {
    const { studio: s, sim, id } = await simStudio({ rateBytesPerSec: Infinity });
    await s.cameras.connect(id, 'remote-transfer');
    const file = sim.addCardFile(id, 24 * 1024 * 1024, 'C0001.MP4');
    sim.faults(id).unplugAfterBytes(9 * 1024 * 1024);
    const paused = s.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    const [job] = await s.transfers.pullCardFiles(id, [file]);
    await paused;
    expect(s.transfers.get(job.id).state).toBe('paused');
    const back = s.bus.waitFor('connectionState', (e) => e.state === 'connected');
    sim.replug(id);
    await back;
    const done = await jobEnd(s, job.id);
    expect(done).toMatchObject({ state: 'done', attempts: 2 });
    const expected = createHash('sha256');
    const { stream } = await sim.openContent(id, file);
    for await (const chunk of stream) expected.update(chunk as Buffer);
    const actual = createHash('sha256')
      .update(await readFile(done.targetPath as string))
      .digest('hex');
    expect(actual).toBe(expected.digest('hex'));
  });
});
