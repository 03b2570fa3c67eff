import { afterEach, describe, expect, it } from 'vitest';
import { fakeStudio, type FakeStudio } from '../app/testing/fake-studio';

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

  it('refuses double connects, disconnects when not connected, unknown cameras', async () => {
    h = await fakeStudio({ connect: 'remote' });
    await expect(h.studio.cameras.connect('fake-1', 'remote')).rejects.toMatchObject({
      code: 'ALREADY_CONNECTED',
    });
    await h.studio.cameras.disconnect('fake-1');
    expect(h.studio.cameras.state('fake-1')).toBe('disconnected');
    expect(h.of('disconnected').at(-1)).toMatchObject({ cameraId: 'fake-1' });
    await expect(h.studio.cameras.disconnect('fake-1')).rejects.toMatchObject({ code: 'NOT_CONNECTED' });
    await expect(h.studio.cameras.connect('nope', 'remote')).rejects.toMatchObject({
      code: 'CAMERA_NOT_FOUND',
    });
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
