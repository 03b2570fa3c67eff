import { readdir } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, isTetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import { readAll, streamError } from '../contract/contract-helpers';
import type { CrsdkDriver } from './crsdk-driver';
import type { LibraryLocation } from './library-path';
import { STANDIN_FAULT, standInIndex, type StandInControl } from './standin-control';
import {
  NATIVE_BUILD_TIMEOUT_MS,
  ensureNativeLibrary,
  makeStandInDriver,
  serialOf,
} from './testing/native-harness';

// Fault paths of the CRSDK driver on the stand-in: unplug mid-pull (with and without reconnect), busy
// answers, reconnect windows expiring, a full card, and the staging files a failed pull must not leave.

let location: LibraryLocation;
let standIn: StandInControl;
let driver: CrsdkDriver;
let cleanup: () => Promise<void> = async () => undefined;
let saveRoot = '';
let id = '';
let index = 0;

beforeAll(async () => {
  ({ location, standIn } = await ensureNativeLibrary());
}, NATIVE_BUILD_TIMEOUT_MS);

async function start(queueCapacity?: number): Promise<void> {
  const made = await makeStandInDriver(location, standIn, queueCapacity ? { queueCapacity } : {});
  driver = made.driver;
  cleanup = made.cleanup;
  saveRoot = made.saveRoot;
  await driver.start();
  [{ id }] = await driver.listCameras();
  index = standInIndex(serialOf(id));
}

afterEach(async () => {
  standIn.setReconnectWindow(3000);
  await driver?.stop();
  await cleanup();
});

async function stagingLeft(): Promise<string[]> {
  return (await readdir(saveRoot)).filter((n) => n.startsWith('tether-crsdk-') && n.length > 40);
}

describe('CrsdkDriver fault paths (stand-in)', () => {
  it('an unplug mid-pull with reconnect fails the read, reconnects, and the retry delivers every byte', async () => {
    await start();
    await driver.connect(id, 'remote-transfer', { reconnect: true });
    const files = await driver.listContents(id, 1);
    const file = files.reduce((a, b) => (b.size > a.size ? b : a));
    standIn.injectFault(index, STANDIN_FAULT.unplugAfterBytes, 3 * 1024 * 1024);
    const reconnecting = driver.events.waitFor('reconnecting', (e) => e.cameraId === id);
    const { stream } = await driver.openContent(id, file);
    const err = await streamError(stream);
    expect(isTetherError(err, ErrorCode.Disconnected)).toBe(true);
    await reconnecting;
    await expect(driver.listContents(id, 1)).rejects.toMatchObject({ code: ErrorCode.NotConnected });

    const back = driver.events.waitFor('connected', (e) => e.cameraId === id);
    standIn.injectFault(index, STANDIN_FAULT.replug);
    await back;
    const retry = await driver.openContent(id, file, { offset: 1024 });
    expect((await readAll(retry.stream)).bytes).toBe(file.size - 1024);
    await expect.poll(stagingLeft, { timeout: 3000 }).toEqual([]); // removed as each stream closes
  });

  it('without reconnect an unplug is an unexpected disconnect and the camera is gone until replugged', async () => {
    await start();
    await driver.connect(id, 'remote');
    const lost = driver.events.waitFor('disconnected', (e) => e.cameraId === id);
    const removed = driver.events.waitFor('cameraRemoved', (e) => e.cameraId === id);
    standIn.injectFault(index, STANDIN_FAULT.unplug);
    expect(await lost).toMatchObject({ expected: false });
    await removed;
    await expect(driver.getProperties(id)).rejects.toMatchObject({ code: ErrorCode.CameraNotFound });
    await expect(driver.connect(id, 'remote')).rejects.toMatchObject({ code: ErrorCode.CameraNotFound });
    standIn.injectFault(index, STANDIN_FAULT.replug);
    await driver.events.waitFor('cameraAdded', (c) => c.id === id);
    await driver.connect(id, 'remote');
    expect((await driver.getProperties(id)).length).toBeGreaterThan(10);
  });

  it('gives up when the camera stays away past the reconnect window', async () => {
    await start();
    standIn.setReconnectWindow(300);
    await driver.connect(id, 'remote', { reconnect: true });
    const reconnecting = driver.events.waitFor('reconnecting', (e) => e.cameraId === id);
    const lost = driver.events.waitFor('disconnected', (e) => e.cameraId === id);
    standIn.injectFault(index, STANDIN_FAULT.unplug);
    await reconnecting;
    expect(await lost).toMatchObject({ expected: false });
    expect(driver.getLiveViewStatus(id)).toEqual({ enabled: false, streaming: false });
  });

  it('a busy camera answers CAMERA_BUSY to writes and commands, then recovers', async () => {
    await start();
    await driver.connect(id, 'remote');
    await driver.setProperty(id, CR.PriorityKeySettings, 2);
    const [wb] = await driver.getSelectedProperties(id, [CR.WhiteBalance]);
    const other = wb.available.find((v) => v !== wb.value) as number;
    standIn.injectFault(index, STANDIN_FAULT.busy, 1);
    await expect(driver.setProperty(id, CR.WhiteBalance, other)).rejects.toMatchObject({
      code: ErrorCode.CameraBusy,
      details: { sdkCode: 0x870c },
    });
    standIn.injectFault(index, STANDIN_FAULT.busy, 1);
    await expect(driver.sendCommand(id, { type: 'release', action: 'down' })).rejects.toMatchObject({
      code: ErrorCode.CameraBusy,
    });
    await driver.setProperty(id, CR.WhiteBalance, other);
    expect((await driver.getSelectedProperties(id, [CR.WhiteBalance]))[0].value).toBe(other);
  });

  it('a cancelled pull releases the transfer slot and leaves no staging file', async () => {
    await start();
    standIn.setTransferRate(5 * 1024 * 1024); // slow enough to cancel mid-way
    try {
      await driver.connect(id, 'remote-transfer');
      const [file] = await driver.listContents(id, 1);
      const abort = new AbortController();
      const { stream } = await driver.openContent(id, file, { signal: abort.signal });
      stream.once('data', () => abort.abort());
      expect(isTetherError(await streamError(stream), ErrorCode.Cancelled)).toBe(true);
      const again = await driver.openContent(id, file);
      again.stream.destroy();
      await new Promise((r) => again.stream.once('close', r));
      await expect.poll(stagingLeft, { timeout: 3000 }).toEqual([]);
    } finally {
      standIn.setTransferRate(40 * 1024 * 1024);
    }
  });

  it('warns when a shot cannot be stored on a full card', async () => {
    await start();
    await driver.connect(id, 'remote');
    await driver.setProperty(id, CR.PriorityKeySettings, 2);
    await driver.setProperty(id, CR.StillImageStoreDestination, 2); // memory card
    standIn.injectFault(index, STANDIN_FAULT.cardFull, 1);
    expect((await driver.getCardSlots(id))[0]).toMatchObject({ slot: 1, status: 'full', remainingPhotos: 0 });
    const warned = driver.events.waitFor('warning', (w) => w.cameraId === id && w.code === 'STORAGE_FULL');
    await driver.sendCommand(id, { type: 'release', action: 'down' });
    await driver.sendCommand(id, { type: 'release', action: 'up' });
    await warned;
  });

  it('recovers from a queue overflow by re-announcing every property', async () => {
    await start(64);
    await driver.connect(id, 'remote');
    const warned = driver.events.waitFor('warning', (w) => w.code === 'EVENT_OVERFLOW', 10_000);
    const resync = driver.events.waitFor(
      'propertyChanged',
      (e) => e.codes.includes(CR.FNumber) && e.codes.includes(CR.PriorityKeySettings),
      10_000,
    );
    await standIn.flood(4, 20_000);
    await warned;
    await resync;
    expect(driver.nativeStats().eventsDropped).toBeGreaterThan(0);
  });
});
