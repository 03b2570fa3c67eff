import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import { isCompleteJpeg, readAll, streamError } from '../contract/contract-helpers';
import type { DriverEventMap } from '../driver';
import type { CrsdkDriver } from './crsdk-driver';
import type { LibraryLocation } from './library-path';
import { STANDIN_FAULT, standInIndex, type StandInControl } from './standin-control';
import {
  NATIVE_BUILD_TIMEOUT_MS,
  ensureNativeLibrary,
  makeStandInDriver,
  serialOf,
} from './testing/native-harness';

// Where the real SDK differs from a naive reading of its API, the stand-in behaves like the real one; each
// test here fails if the bridge or the driver loses one of these points (numbers: the native issue's list).

let location: LibraryLocation;
let standIn: StandInControl;
let driver: CrsdkDriver;
let saveRoot = '';
let cleanup: () => Promise<void> = async () => undefined;
let id = '';

beforeAll(async () => {
  ({ location, standIn } = await ensureNativeLibrary());
}, NATIVE_BUILD_TIMEOUT_MS);

async function start(mode: 'remote' | 'contents' | 'remote-transfer', reconnect = false): Promise<void> {
  const made = await makeStandInDriver(location, standIn);
  ({ driver, cleanup, saveRoot } = made);
  await driver.start();
  [{ id }] = await driver.listCameras();
  await driver.connect(id, mode, { reconnect });
  if (mode !== 'contents') await driver.setProperty(id, CR.PriorityKeySettings, 2);
}

afterEach(async () => {
  standIn.setTransferRate(40 * 1024 * 1024);
  await driver?.stop();
  await cleanup();
});

describe('CRSDK semantics the stand-in shares with Sony’s Cr_Core', () => {
  it('6: live-view frames are the image after the SDK header (GetImageData), whole JPEGs', async () => {
    await start('remote');
    const frame = new Promise<DriverEventMap['frame']>((resolve) => {
      const off = driver.events.on('frame', (f) => {
        off();
        resolve(f);
      });
    });
    await driver.startLiveView(id);
    const { jpeg, width, height } = await frame;
    expect(isCompleteJpeg(jpeg)).toBe(true);
    const meta = await sharp(jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([width, height]);
    expect(width).toBeGreaterThan(0);
  });

  it('6: contents-mode thumbnails are the image after the SDK header too', async () => {
    await start('contents');
    const [file] = await driver.listContents(id, 1);
    const thumb = await driver.getContentImage(id, file, 'thumbnail');
    expect(isCompleteJpeg(thumb)).toBe(true);
    expect((await sharp(thumb).metadata()).format).toBe('jpeg');
  });

  it('7: a settings file (type _Setup = 0) is not a shot; a shot (type _None) is', async () => {
    await start('remote');
    const shots: DriverEventMap['downloadComplete'][] = [];
    driver.events.on('downloadComplete', (d) => shots.push(d));
    const target = join(saveRoot, 'CUMSET.DAT');
    await driver.downloadSettings(id, 'CUMSET.DAT', target);
    expect((await readFile(target)).subarray(0, 12).toString()).toBe('SONY CAMERA ');
    expect(shots).toEqual([]);
    const shot = driver.events.waitFor('downloadComplete', (d) => d.cameraId === id);
    await driver.sendCommand(id, { type: 'release', action: 'down' });
    await driver.sendCommand(id, { type: 'release', action: 'up' });
    expect((await shot).size).toBeGreaterThan(0);
  });

  it('8: a contents-transfer pull ended by a warning (cancel) frees the camera for the next pull', async () => {
    await start('contents');
    standIn.setTransferRate(5 * 1024 * 1024);
    const [file, other] = await driver.listContents(id, 1);
    const abort = new AbortController();
    const { stream } = await driver.openContent(id, file, { signal: abort.signal });
    stream.once('data', () => abort.abort());
    expect(isTetherError(await streamError(stream), ErrorCode.Cancelled)).toBe(true);
    standIn.setTransferRate(0);
    // Not CAMERA_BUSY: the bridge released its one-transfer gate when the SDK said the pull ended.
    const next = await driver.openContent(id, other);
    expect((await readAll(next.stream)).bytes).toBe(other.size);
  });

  it('9: CrWarning_Connect_Reconnected alone ends a reconnect', async () => {
    await start('remote', true);
    const index = standInIndex(serialOf(id));
    const reconnecting = driver.events.waitFor('reconnecting', (e) => e.cameraId === id);
    standIn.injectFault(index, STANDIN_FAULT.unplug);
    await reconnecting;
    const back = driver.events.waitFor('connected', (e) => e.cameraId === id);
    standIn.injectFault(index, STANDIN_FAULT.replug, 1); // recovery signalled by the warning only
    await back;
    expect((await driver.getSelectedProperties(id, [CR.PriorityKeySettings]))[0]).toBeDefined();
  });

  it('12: exposure bias reported as UInt16 reads and writes as signed EV x 1000', async () => {
    await start('remote');
    await driver.setProperty(id, CR.IsoSensitivity, 0xffffff); // ISO AUTO: bias writable in M
    await driver.setProperty(id, CR.ExposureBiasCompensation, -1000);
    const [bias] = await driver.getSelectedProperties(id, [CR.ExposureBiasCompensation]);
    expect(bias.value).toBe(-1000);
    expect(bias.available).toContain(-1700);
    expect(bias.available.every((v) => typeof v === 'number' && v >= -5000 && v <= 5000)).toBe(true);
  });
});
