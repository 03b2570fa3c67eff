import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../shared/errors';
import { createStudio } from '../app/create-studio';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';
import { FakeDriver } from '../camera/fake/fake-driver';
import { codeOf, fakeProps } from '../camera/fake/fake-props';
import { LogBuffer } from '../core/logger';

let h: FakeStudio;
afterEach(async () => {
  await h?.cleanup();
});

describe('CameraRegistry', () => {
  it('lists cameras and connects with state events and camera info', async () => {
    h = await fakeStudio();
    const [cam] = await h.studio.cameras.list();
    expect(cam).toMatchObject({ id: 'fake-1', model: 'ILCE-7M4', connected: false, state: 'disconnected' });
    const info = await h.studio.cameras.connect('fake-1', 'remote');
    expect(info).toMatchObject({ connected: true, state: 'connected', mode: 'remote' });
    expect(h.of('connectionState').map((e) => e.state)).toEqual(['connecting', 'connected']);
    expect(h.of('connected')[0]).toMatchObject({ cameraId: 'fake-1', model: 'ILCE-7M4', mode: 'remote' });
    expect(h.of('cameraAdded')).toHaveLength(1);
  });

  it('points save-info at the staging folder in remote mode', async () => {
    h = await fakeStudio({ connect: 'remote' });
    expect(h.driver.getSaveInfo('fake-1')?.path).toBe(`${h.dir}/data/staging/fake-1`);
  });

  it('connect and disconnect are idempotent (as the Alpha server); unknown cameras are refused', async () => {
    h = await fakeStudio({ connect: 'remote' });
    const calls = h.driver.calls.connect;
    expect(await h.studio.cameras.requestConnect('fake-1', 'contents')).toMatchObject({
      changed: false,
      camera: { connected: true, mode: 'remote' },
    });
    expect(h.driver.calls.connect).toBe(calls);
    await h.studio.cameras.disconnect('fake-1');
    expect(h.studio.cameras.state('fake-1')).toBe('disconnected');
    expect(h.of('disconnected').at(-1)).toMatchObject({ cameraId: 'fake-1' });
    expect(await h.studio.cameras.requestDisconnect('fake-1')).toEqual({ changed: false });
    await expect(h.studio.cameras.connect('nope', 'remote')).rejects.toMatchObject({
      code: 'CAMERA_NOT_FOUND',
    });
    await expect(h.studio.cameras.disconnect('nope')).rejects.toMatchObject({ code: 'CAMERA_NOT_FOUND' });
  });

  it('runs connection changes from many callers one at a time, in arrival order: the last one decides', async () => {
    h = await fakeStudio();
    const order: string[] = [];
    const realConnect = h.driver.connect.bind(h.driver);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    h.driver.connect = async (id, mode, o) => {
      order.push(`connect ${mode}`);
      if (order.length === 1) await held;
      return realConnect(id, mode, o);
    };
    const realDisconnect = h.driver.disconnect.bind(h.driver);
    h.driver.disconnect = async (id) => {
      order.push('disconnect');
      return realDisconnect(id);
    };
    const connecting = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connecting');
    const first = h.studio.cameras.requestConnect('fake-1', 'remote');
    const second = h.studio.cameras.requestConnect('fake-1', 'remote');
    const third = h.studio.cameras.requestDisconnect('fake-1');
    const fourth = h.studio.cameras.requestConnect('fake-1', 'remote-transfer');
    const fifth = h.studio.cameras.requestDisconnect('fake-1');
    const sixth = h.studio.cameras.requestConnect('fake-1', 'contents');
    await connecting;
    expect(order).toEqual(['connect remote']);
    release();
    expect((await first).changed).toBe(true);
    expect((await second).changed).toBe(false);
    expect(await third).toEqual({ changed: true });
    expect((await fourth).camera.mode).toBe('remote-transfer');
    expect(await fifth).toEqual({ changed: true });
    expect((await sixth).camera).toMatchObject({ connected: true, mode: 'contents' });
    expect(order).toEqual([
      'connect remote',
      'disconnect',
      'connect remote-transfer',
      'disconnect',
      'connect contents',
    ]);
    expect(h.of('connectionState').map((e) => e.state)).toEqual([
      'connecting',
      'connected',
      'disconnecting',
      'disconnected',
      'connecting',
      'connected',
      'disconnecting',
      'disconnected',
      'connecting',
      'connected',
    ]);
  });

  it('lets a property write requested during a connect wait for it instead of failing', async () => {
    h = await fakeStudio({ props: fakeProps() });
    const realConnect = h.driver.connect.bind(h.driver);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    h.driver.connect = async (id, mode, o) => {
      await held;
      return realConnect(id, mode, o);
    };
    const connecting = h.studio.cameras.connect('fake-1', 'remote');
    const write = h.studio.properties.set('fake-1', 'iso', '800');
    const off = h.studio.cameras.requestDisconnect('fake-1');
    release();
    await connecting;
    expect((await write).formatted).toBe('ISO 800');
    expect(await off).toEqual({ changed: true });
    expect(h.studio.cameras.state('fake-1')).toBe('disconnected');
  });

  it('checks connection mode for callers', async () => {
    h = await fakeStudio({ connect: 'remote' });
    expect(() => h.studio.cameras.requireConnected('fake-1', ['contents'])).toThrow(
      expect.objectContaining({ code: 'WRONG_CONNECTION_MODE' }),
    );
    expect(() => h.studio.cameras.requireConnected('fake-1', ['remote'])).not.toThrow();
  });

  it('follows a body that reconnects by itself after an unplug (CRSDK reconnect)', async () => {
    h = await fakeStudio({ connect: 'remote-transfer' });
    h.driver.unplug('fake-1');
    expect(h.studio.cameras.state('fake-1')).toBe('reconnecting');
    expect(h.of('cameraRemoved')).toEqual([{ cameraId: 'fake-1' }]);
    expect(await h.studio.cameras.list()).toEqual([]);
    const back = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connected');
    h.driver.replug('fake-1');
    expect(await back).toMatchObject({ cameraId: 'fake-1', mode: 'remote-transfer' });
    expect(h.driver.calls.connect).toBe(1);
  });

  it('reconnects in the same mode itself when the body only reports the camera back', async () => {
    h = await fakeStudio({ connect: 'remote-transfer', selfReconnect: false });
    h.driver.unplug('fake-1');
    expect(h.studio.cameras.state('fake-1')).toBe('reconnecting');
    const back = h.studio.bus.waitFor('connectionState', (e) => e.state === 'connected');
    h.driver.replug('fake-1');
    expect(await back).toMatchObject({ cameraId: 'fake-1', mode: 'remote-transfer' });
    expect(h.driver.calls.connect).toBe(2);
  });

  it('does not reconnect after a requested disconnect', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await h.studio.cameras.disconnect('fake-1');
    h.driver.unplug('fake-1');
    h.driver.replug('fake-1');
    expect(h.driver.calls.connect).toBe(1);
    expect(h.studio.cameras.state('fake-1')).toBe('disconnected');
  });

  it('auto-connects a single camera when asked', async () => {
    h = await fakeStudio({ autoConnect: true });
    expect(h.studio.cameras.state('fake-1')).toBe('connected');
    expect(h.studio.cameras.get('fake-1').mode).toBe('remote');
  });

  it('does not auto-connect when two cameras are present', async () => {
    h = await fakeStudio({ autoConnect: true, cameras: 2 });
    expect(h.driver.calls.connect).toBe(0);
  });
});

describe('CameraRegistry: priority key and discovery', () => {
  it('takes the priority key to the PC during a remote connect, visible as propertyChanged', async () => {
    h = await fakeStudio({ props: fakeProps({ priorityKey: 'camera-position' }) });
    const changed = h.studio.bus.waitFor('propertyChanged', (e) => !!e.names?.includes('priority-key'));
    await h.studio.cameras.connect('fake-1', 'remote');
    expect((await h.studio.properties.getPriorityKey('fake-1')).formatted).toBe('pc-remote');
    await changed;
  });

  it('leaves it with the camera with keepCameraPriority, and in contents mode', async () => {
    h = await fakeStudio({ props: fakeProps({ priorityKey: 'camera-position' }), keepCameraPriority: true });
    await h.studio.cameras.connect('fake-1', 'remote');
    expect((await h.studio.properties.getPriorityKey('fake-1')).formatted).toBe('camera-position');
    await h.cleanup();
    h = await fakeStudio({ props: fakeProps({ priorityKey: 'camera-position' }), connect: 'contents' });
    expect(h.driver.cameras.get('fake-1')?.props.get(codeOf('priority-key'))?.value).toBe(
      fakeProps({ priorityKey: 'camera-position' }).find((p) => p.code === codeOf('priority-key'))?.value,
    );
  });

  it('a failing enumeration keeps the studio up, is reported with the reason, and clears when it works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ts-discovery-'));
    const driver = new FakeDriver({});
    let failing = true;
    const list = driver.listCameras.bind(driver);
    driver.listCameras = async () => {
      if (failing) throw new TetherError(ErrorCode.DriverUnavailable, 'no transport adapters (0x8703)');
      return list();
    };
    const studio = await createStudio({
      dataDir: join(dir, 'data'),
      sessionRoot: join(dir, 'sessions'),
      driverInstance: driver,
      logs: new LogBuffer(100, null),
      autoConnect: false,
    });
    const warned = studio.bus.waitFor('warning', (w) => w.cameraId === '*' && w.code === 'DISCOVERY_FAILED');
    try {
      await studio.start();
      await warned;
      // The listing answers (what is known) instead of failing callers.
      await expect(studio.cameras.list()).resolves.toBeInstanceOf(Array);
      expect(studio.status().driver.discovery).toMatchObject({
        ok: false,
        code: 'DRIVER_UNAVAILABLE',
        message: 'no transport adapters (0x8703)',
      });
      failing = false;
      const recovered = studio.bus.waitFor('operationResult', (r) => r.operation === 'discovery');
      expect((await studio.cameras.list()).map((c) => c.id)).toEqual(['fake-1']);
      await recovered;
      expect(studio.status().driver.discovery).toMatchObject({ ok: true });
    } finally {
      await studio.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
