import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import type { CrsdkDriver } from './crsdk-driver';
import type { LibraryLocation } from './library-path';
import type { StandInControl } from './standin-control';
import { NATIVE_BUILD_TIMEOUT_MS, ensureNativeLibrary, makeStandInDriver } from './testing/native-harness';

// CRSDK-specific behaviour beyond the shared contract: save-info naming, AF frames, command mapping,
// settings file and LUT, contents announcements in remote-transfer mode, several bodies at once.

let location: LibraryLocation;
let standIn: StandInControl;
let driver: CrsdkDriver;
let cleanup: () => Promise<void> = async () => undefined;
let id = '';
let work = '';

beforeAll(async () => {
  ({ location, standIn } = await ensureNativeLibrary());
  standIn.setShotSize(2_000_000, 4_000_000); // smaller files keep the suite quick; sizes are checked below
  work = await mkdtemp(join(tmpdir(), 'crsdk-driver-'));
}, NATIVE_BUILD_TIMEOUT_MS);

afterAll(async () => {
  standIn.setShotSize(0, 0);
  await rm(work, { recursive: true, force: true });
});

afterEach(async () => {
  await driver?.stop();
  await cleanup();
});

async function connected(
  mode: 'remote' | 'remote-transfer' | 'contents' = 'remote',
  pcRemote = true,
): Promise<void> {
  const made = await makeStandInDriver(location, standIn);
  driver = made.driver;
  cleanup = made.cleanup;
  await driver.start();
  [{ id }] = await driver.listCameras();
  await driver.connect(id, mode);
  if (pcRemote && mode !== 'contents') await driver.setProperty(id, CR.PriorityKeySettings, 2);
}

async function shoot(): Promise<void> {
  await driver.sendCommand(id, { type: 'release', action: 'down' });
  await driver.sendCommand(id, { type: 'release', action: 'up' });
}

describe('CrsdkDriver on the stand-in', () => {
  it('names auto-downloaded shots from the save info, RAW+JPEG as one number', async () => {
    await connected();
    const dir = join(work, 'save');
    await driver.setSaveInfo(id, { path: dir, prefix: 'TST', startNo: 42 });
    expect(driver.getSaveInfo(id)).toEqual({ path: dir, prefix: 'TST', startNo: 42 });
    await driver.setProperty(id, CR.FileType, 3); // RAW+JPEG
    const got: string[] = [];
    const two = new Promise<void>((resolve) =>
      driver.events.on('downloadComplete', (e) => {
        got.push(e.filename);
        if (got.length === 2) resolve();
      }),
    );
    await shoot();
    await two;
    expect(got.sort()).toEqual(['TST00042.ARW', 'TST00042.JPG']);
    const jpeg = await readFile(join(dir, 'TST00042.JPG'));
    expect([jpeg[0], jpeg[1], jpeg.at(-2), jpeg.at(-1)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    expect(jpeg.length).toBe(2_000_000);
    await expect(driver.setSaveInfo(id, { path: '', prefix: 'X', startNo: 1 })).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
  });

  it('moves the AF area and reports AF frames in the 640×480 space; tracking frames only while tracking', async () => {
    await connected();
    await driver.setAfAreaPosition(id, 100, 200);
    await expect.poll(async () => (await driver.getFocusFrames(id))[0]?.position).toEqual({ x: 100, y: 200 });
    expect(await driver.getTrackingFrames(id)).toEqual([]);
    await expect(driver.setAfAreaPosition(id, 640, 0)).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
    });
  });

  it('maps commands: movie toggle, MF-only near/far, touch focus, unsupported buttons', async () => {
    await connected();
    const recording = driver.events.waitFor('propertyChanged', (e) => e.codes.includes(CR.RecordingState));
    await driver.sendCommand(id, { type: 'movieRecord', action: 'toggle' });
    await recording;
    expect((await driver.getSelectedProperties(id, [CR.RecordingState]))[0].value).toBe(1);
    await expect(driver.sendCommand(id, { type: 'focusNearFar', step: 3 })).rejects.toMatchObject({
      code: ErrorCode.OperationRejected,
    });
    await driver.setProperty(id, CR.FocusMode, 1); // MF
    await driver.sendCommand(id, { type: 'focusNearFar', step: -2 });
    await driver.sendCommand(id, { type: 'touch', x: 50, y: 60 });
    await expect.poll(async () => (await driver.getFocusFrames(id))[0]?.position).toEqual({ x: 50, y: 60 });
    await expect(
      driver.sendCommand(id, { type: 'button', button: 'menu', action: 'press' }),
    ).rejects.toMatchObject({ code: ErrorCode.NotSupported });
    await expect(driver.setOsdEnabled(id, true)).rejects.toMatchObject({ code: ErrorCode.NotSupported });
  });

  it('refuses to stream while live view is disabled on the body', async () => {
    await connected();
    await driver.setLiveViewEnabled(id, false);
    expect(driver.getLiveViewStatus(id)).toEqual({ enabled: false, streaming: false });
    await expect(driver.startLiveView(id)).rejects.toMatchObject({ code: ErrorCode.OperationRejected });
    await driver.setLiveViewEnabled(id, true);
    await driver.startLiveView(id);
    const frame = await driver.events.waitFor('frame', (f) => f.cameraId === id, 3000);
    expect(frame).toMatchObject({ width: 1024, height: 680 });
  });

  it('downloads and uploads the settings file and imports a LUT', async () => {
    await connected();
    expect(await driver.listSettingsFiles(id)).toEqual(['CUMSET.DAT']);
    const host = join(work, 'CUMSET.DAT');
    await driver.downloadSettings(id, 'CUMSET.DAT', host);
    expect((await readFile(host)).subarray(0, 4).toString()).toBe('SONY');
    await driver.uploadSettings(id, host);
    await expect(driver.downloadSettings(id, 'OTHER.DAT', host)).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    const cube = join(work, 'look.cube');
    await writeFile(
      cube,
      'TITLE "look"\nLUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 1 0\n1 1 0\n0 0 1\n1 0 1\n0 1 1\n1 1 1\n',
    );
    const done = driver.events.waitFor('operationResult', (e) => e.operation === 'importLut');
    await driver.importLut(id, cube, 3);
    expect(await done).toMatchObject({ result: 'ok' });
    await writeFile(join(work, 'bad.cube'), 'not a lut');
    await expect(driver.importLut(id, join(work, 'bad.cube'), 3)).rejects.toMatchObject({
      code: ErrorCode.InvalidValue,
    });
    await expect(driver.importLut(id, cube, 17)).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });

  it('announces a shot stored on the card as contentsChanged in remote-transfer mode', async () => {
    await connected('remote-transfer');
    const before = await driver.listContents(id, 1);
    await driver.setProperty(id, CR.StillImageStoreDestination, 2); // memory card
    const added = driver.events.waitFor('contentsChanged', (e) => e.cameraId === id);
    await shoot();
    const { slot, added: files } = await added;
    expect(slot).toBe(1);
    expect(files).toHaveLength(1);
    expect(files[0].contentId).toBeGreaterThan(Math.max(...before.map((f) => f.contentId)));
    expect((await driver.listContents(id, 1)).length).toBe(before.length + 1);
    const shot = await driver.getContentImage(id, files[0], 'screennail');
    expect([shot[0], shot[1]]).toEqual([0xff, 0xd8]);
  });

  it('drives two bodies at once with distinct ids', async () => {
    process.env.TETHER_STANDIN_CAMERAS = '2'; // read by the stand-in at SDK init
    try {
      const made = await makeStandInDriver(location, standIn);
      driver = made.driver;
      cleanup = made.cleanup;
      await driver.start();
      const cams = await driver.listCameras();
      expect(cams).toHaveLength(2);
      expect(new Set(cams.map((c) => c.serial)).size).toBe(2);
      await Promise.all(cams.map((c) => driver.connect(c.id, 'remote')));
      await Promise.all(cams.map((c) => driver.startLiveView(c.id)));
      for (const c of cams) await driver.events.waitFor('frame', (f) => f.cameraId === c.id, 3000);
      expect((await driver.listCameras()).every((c) => c.connected)).toBe(true);
    } finally {
      delete process.env.TETHER_STANDIN_CAMERAS;
    }
  });
});
