// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createStudioStore } from '../store/store';
import { FakeStudioClient } from '../testing/fake-client';
import { StudioActions } from './studio-actions';

const settle = () => new Promise((r) => setTimeout(r, 0));

async function started() {
  const client = new FakeStudioClient();
  const actions = new StudioActions(client, createStudioStore());
  await actions.start();
  return { client, actions, s: () => actions.store.getState() };
}

describe('StudioActions: the link to the studio', () => {
  beforeEach(() => localStorage.clear());

  it('forgets what it knew while the studio is unreachable, then re-reads everything and auto-connects', async () => {
    const { client, actions, s } = await started();
    expect(s().connections.CAM1.state).toBe('connected');
    s().setNotice('CAM1', { kind: 'error', code: 'INTERNAL', message: 'Lost contact', at: 1 });
    s().patchCapture({ halfPressed: true });

    client.link.set({ state: 'down', retryAt: Date.now() + 1000, attempts: 1 });
    expect(s().link.state).toBe('down');
    // No camera is known to be connected (the live view lets go of its frame) and no shutter is held.
    expect(s().connections.CAM1.state).toBe('disconnected');
    expect(s().capture.halfPressed).toBe(false);

    // The studio restarted: its camera is not connected any more.
    client.camera = { ...client.camera, connected: false, state: 'disconnected', mode: undefined };
    const listsBefore = client.callsOf('listCameras').length;
    client.link.set({ state: 'up' });
    await actions.resync();
    await settle();
    expect(client.callsOf('listCameras').length).toBeGreaterThan(listsBefore);
    expect(client.callsOf('connect')).toHaveLength(2);
    expect(s().connections.CAM1.state).toBe('connected');
    expect(s().notices.CAM1).toBeUndefined();
    expect(s().linkEpoch).toBe(1);
    actions.stop();
  });

  it('does not re-sync when the link first comes up (start already loads everything)', async () => {
    const client = new FakeStudioClient();
    client.link.set({ state: 'connecting' });
    const actions = new StudioActions(client, createStudioStore());
    await actions.start();
    const lists = client.callsOf('listCameras').length;
    client.link.set({ state: 'up' });
    await settle();
    expect(client.callsOf('listCameras')).toHaveLength(lists);
    expect(actions.store.getState().linkEpoch).toBe(0);
    actions.stop();
  });

  it('reconnects in the mode the camera was last connected in (a pull needs "Remote + card")', async () => {
    const { client, actions, s } = await started();
    await actions.camera.switchMode('CAM1', 'remote-transfer');
    expect(s().connections.CAM1.mode).toBe('remote-transfer');
    // The camera drops; the next Connect (or auto-connect) uses the mode it was in.
    client.camera = { ...client.camera, connected: false, state: 'disconnected', mode: undefined };
    client.emit({ event: 'disconnected', data: { cameraId: 'CAM1', reason: 'usb' } });
    await settle();
    await actions.camera.maybeAutoConnect();
    expect(client.callsOf('connect').at(-1)).toEqual(['CAM1', 'remote-transfer']);
    actions.stop();
  });

  it('follows a mode the studio (or another client) connected the camera in, and drops link warnings', async () => {
    const { client, actions, s } = await started();
    s().setNotice('CAM1', { kind: 'warning', code: 'TRANSFER_PAUSED', message: 'paused', at: 1 });
    client.emit({
      event: 'connectionState',
      data: { cameraId: 'CAM1', state: 'connected', mode: 'contents' },
    });
    await settle();
    expect(s().prefs.mode).toBe('contents');
    expect(s().notices.CAM1).toBeUndefined();
    expect(s().connections.CAM1.mode).toBe('contents');
    actions.stop();
  });
});
