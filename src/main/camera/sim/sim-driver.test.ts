import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CameraInfo } from '../../../shared/camera-types';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { SimDriver, simCameraCount } from './sim-driver';
import { simKit, type SimKit } from './sim-test-kit';

let kit: SimKit | undefined;
afterEach(async () => {
  await kit?.cleanup();
  kit = undefined;
});

async function code(p: Promise<unknown>): Promise<string | undefined> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isTetherError(err) ? err.code : undefined;
}

describe('SimDriver bodies and hot-plug', () => {
  it('reads TETHER_SIM_CAMERAS', () => {
    expect(simCameraCount({ TETHER_SIM_CAMERAS: '3' })).toBe(3);
    expect(simCameraCount({ TETHER_SIM_CAMERAS: '0' })).toBe(0);
    expect(simCameraCount({})).toBe(1);
    expect(simCameraCount({ TETHER_SIM_CAMERAS: 'many' })).toBe(1);
  });

  it('simulates N bodies with distinct, stable ids and serials; body 2 is an ILCE-1', async () => {
    const a = new SimDriver({ cameras: 3 });
    const b = new SimDriver({ cameras: 3 });
    await a.start();
    await b.start();
    const cams = await a.listCameras();
    expect(cams.map((c) => c.model)).toEqual(['ILCE-7M4', 'ILCE-1', 'ILCE-7M4']);
    expect(new Set(cams.map((c) => c.id)).size).toBe(3);
    expect(new Set(cams.map((c) => c.serial)).size).toBe(3);
    expect(cams.every((c) => /^[0-9A-F]{12}$/.test(c.id))).toBe(true);
    expect((await b.listCameras()).map((c) => c.id)).toEqual(cams.map((c) => c.id));
    expect(a.version()).toBe('sim-1.0');
    await a.stop();
    await b.stop();
  });

  it('plugs in a new body and lists nothing before start', async () => {
    const d = new SimDriver({ cameras: 0 });
    expect(await d.listCameras()).toEqual([]);
    await d.start();
    const added: CameraInfo[] = [];
    d.events.on('cameraAdded', (c) => added.push(c));
    const info = d.addCamera();
    expect(added).toEqual([info]);
    expect((await d.listCameras()).map((c) => c.id)).toEqual([info.id]);
    await d.stop();
  });

  it('an unplug mid-connect fails the connect with DISCONNECTED', async () => {
    const d = new SimDriver({ cameras: 1, connectDelayMs: 20 });
    await d.start();
    const [cam] = await d.listCameras();
    const connecting = d.connect(cam.id, 'remote');
    d.unplug(cam.id);
    expect(await code(connecting)).toBe(ErrorCode.Disconnected);
    expect(await code(d.connect(cam.id, 'remote'))).toBe(ErrorCode.CameraNotFound);
    await d.stop();
  });

  it('a disconnect mid-read fails the stream with DISCONNECTED', async () => {
    kit = await simKit({ mode: 'remote-transfer' });
    const [file] = await kit.driver.listContents(kit.id, 1);
    const { stream } = await kit.driver.openContent(kit.id, file);
    const failed = new Promise<unknown>((resolve) => stream.once('error', resolve));
    await kit.driver.disconnect(kit.id);
    expect(isTetherError(await failed, ErrorCode.Disconnected)).toBe(true);
  });

  it('saves to <saveRoot>/tether-sim-<id> until told otherwise', async () => {
    const d = new SimDriver({ cameras: 1, connectDelayMs: 1, saveRoot: '/some/root' });
    await d.start();
    const [cam] = await d.listCameras();
    expect(d.getSaveInfo(cam.id)).toEqual({
      path: join('/some/root', `tether-sim-${cam.id}`),
      prefix: 'DSC',
      startNo: 1,
    });
    await d.connect(cam.id, 'remote');
    expect(await code(d.setSaveInfo(cam.id, { path: '', prefix: 'DSC', startNo: 1 }))).toBe(
      ErrorCode.InvalidArgument,
    );
    await d.stop();
  });

  it('adds large card files for transfer benches', async () => {
    kit = await simKit({ mode: 'contents', rateBytesPerSec: Infinity });
    const big = kit.driver.addCardFile(kit.id, 300 * 1024 * 1024);
    const { size, stream } = await kit.driver.openContent(kit.id, big);
    let bytes = 0;
    stream.on('data', (c: Buffer) => (bytes += c.length));
    await new Promise((resolve) => stream.once('end', resolve));
    expect([size, bytes]).toEqual([big.size, big.size]);
  });
});

describe('SimDriver settings files and LUTs', () => {
  it('round-trips CUMSET.DAT: download, change, upload restores', async () => {
    kit = await simKit();
    expect(await kit.driver.listSettingsFiles(kit.id)).toEqual(['CUMSET.DAT']);
    const path = join(kit.dir, 'CUMSET.DAT');
    await kit.driver.downloadSettings(kit.id, 'CUMSET.DAT', path);
    expect((await stat(path)).size).toBe(32 * 1024);
    await kit.set('white-balance', 'daylight');
    const restored = kit.next('propertyChanged', (e) => e.codes.includes(kit!.code('white-balance')));
    await kit.driver.uploadSettings(kit.id, path);
    await restored;
    expect((await kit.prop('white-balance')).value).toBe(kit.raw('white-balance', 'auto'));
  });

  it('refuses corrupt or foreign settings files and unknown names', async () => {
    kit = await simKit();
    const path = join(kit.dir, 'CUMSET.DAT');
    await kit.driver.downloadSettings(kit.id, 'CUMSET.DAT', path);
    const data = await readFile(path);
    data[100] ^= 0xff;
    await writeFile(path, data);
    expect(await code(kit.driver.uploadSettings(kit.id, path))).toBe(ErrorCode.InvalidArgument);
    expect(await code(kit.driver.uploadSettings(kit.id, join(kit.dir, 'missing.dat')))).toBe(
      ErrorCode.NotFound,
    );
    expect(await code(kit.driver.downloadSettings(kit.id, 'OTHER.DAT', path))).toBe(ErrorCode.NotFound);
  });

  it('imports a valid .cube into slots 1..16 and refuses bad ones', async () => {
    kit = await simKit();
    const rows = Array.from({ length: 17 ** 3 }, () => '0.5 0.5 0.5').join('\n');
    const good = join(kit.dir, 'good.cube');
    await writeFile(good, `TITLE "Studio"\nLUT_3D_SIZE 17\n${rows}\n`);
    await kit.driver.importLut(kit.id, good, 1);
    const bad = join(kit.dir, 'bad.cube');
    await writeFile(bad, 'LUT_3D_SIZE 17\n0.1 0.2\n');
    expect(await code(kit.driver.importLut(kit.id, bad, 2))).toBe(ErrorCode.InvalidArgument);
    expect(await code(kit.driver.importLut(kit.id, good, 17))).toBe(ErrorCode.InvalidArgument);
    expect(await kit.driver.getFingerprint(kit.id)).toBeNull();
  });
});
