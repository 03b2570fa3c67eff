import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });

beforeAll(async () => {
  h = await startHarness();
  id = h.cameraId;
});
afterAll(() => h.close());

describe('Alpha API: server and connection', () => {
  it('reports status with version, platform, camera counts and the driver with its reason', async () => {
    const b = body(await callRoute(h, A.getServerStatus));
    expect(b.success).toBe(true);
    expect(b.server.apiVersion).toBe('3.0.0');
    expect(b.server.sdkVersion).toBe('sim-1.0');
    expect(b.cameras).toEqual({ connected: 0, discovered: 1 });
    expect(b.driver).toMatchObject({ kind: 'sim', requested: 'sim' });
    expect(typeof b.driver.reason).toBe('string');
  });

  it('returns log lines with level filtering and rejects bad queries', async () => {
    h.studio.logs.logger('test').warn('hello from the test');
    const b = body(await callRoute(h, A.getServerLogs, { query: 'lines=5&level=warn' }));
    expect(b.logs.length).toBeLessThanOrEqual(5);
    expect(b.logs.some((l: { message: string }) => l.message === 'hello from the test')).toBe(true);
    expect(b.logs.every((l: { level: string }) => l.level === 'warn' || l.level === 'error')).toBe(true);
    expect((await callRoute(h, A.getServerLogs, { query: 'lines=abc' })).status).toBe(400);
    expect((await callRoute(h, A.getServerLogs, { query: 'level=loud' })).status).toBe(400);
  });

  it('lists cameras, connects (default remote), reports the mode; connect and disconnect are idempotent', async () => {
    const list = body(await callRoute(h, A.listCameras));
    expect(list.cameras).toEqual([
      expect.objectContaining({ id, model: 'ILCE-7M4', connectionType: 'USB', connected: false }),
    ]);
    const before = body(await callRoute(h, A.getConnectionStatus, { params: p() }));
    expect(before.camera.connected).toBe(false);
    expect(before.data).toBeUndefined();
    const c = await callRoute(h, A.connectCamera, { params: p() });
    expect(c.status).toBe(200);
    expect(body(c).data).toEqual({ mode: 'remote' });
    const after = body(await callRoute(h, A.getConnectionStatus, { params: p() }));
    expect(after).toMatchObject({ camera: { connected: true, id }, data: { mode: 'remote' } });
    // As the reference server: 200 "Camera already connected", the camera left in the mode it has.
    const again = await callRoute(h, A.connectCamera, { params: p(), body: { mode: 'contents' } });
    expect(again.status).toBe(200);
    expect(body(again)).toMatchObject({
      success: true,
      message: 'Camera already connected',
      camera: { connected: true, id, model: 'ILCE-7M4' },
      data: { mode: 'remote' },
    });
    const off = await callRoute(h, A.disconnectCamera, { params: p() });
    expect(body(off)).toMatchObject({ success: true, message: 'Disconnected', camera: { connected: false } });
    const offAgain = await callRoute(h, A.disconnectCamera, { params: p() });
    expect(offAgain.status).toBe(200);
    expect(body(offAgain)).toMatchObject({ success: true, message: 'Camera not connected' });
    expect((await callRoute(h, A.connectCamera, { params: p() })).status).toBe(200);
  });

  it('answers bad connection requests per the spec', async () => {
    expect((await callRoute(h, A.connectCamera, { params: p(), body: { mode: 'turbo' } })).status).toBe(400);
    expect((await callRoute(h, A.connectCamera, { params: { cameraId: 'NOPE' } })).status).toBe(400);
    expect((await callRoute(h, A.getConnectionStatus, { params: { cameraId: 'NOPE' } })).status).toBe(404);
    const unknownOff = await callRoute(h, A.disconnectCamera, { params: { cameraId: 'NOPE' } });
    expect(unknownOff.status).toBe(400);
    expect(body(unknownOff).code).toBe('CAMERA_NOT_FOUND');
    expect((await callRoute(h, A.getFingerprint, { params: { cameraId: 'NOPE' } })).status).toBe(404);
    const fp = body(await callRoute(h, A.getFingerprint, { params: p() }));
    expect(fp.data).toEqual({ ssh_supported: false });
  });
});

describe('Alpha API: properties and priority key', () => {
  it('takes the priority key on connect, gates writes when a client gives it back, then sets it', async () => {
    // As the reference server: a remote connect moves the key to the PC.
    const key = body(await callRoute(h, A.getPriorityKey, { params: p() }));
    expect(key.data.setting).toBe('pc-remote');
    await callRoute(h, A.setPriorityKey, { params: p(), body: { setting: 'camera-position' } });
    const refused = await callRoute(h, A.setProperty, {
      params: { ...p(), propertyName: 'iso' },
      body: { value: 'ISO 400' },
    });
    expect(refused.status).toBe(400);
    expect(body(refused).code).toBe('PRIORITY_KEY_NOT_PC_REMOTE');
    expect(
      (await callRoute(h, A.setPriorityKey, { params: p(), body: { setting: 'sideways' } })).status,
    ).toBe(400);
    const set = body(await callRoute(h, A.setPriorityKey, { params: p(), body: { setting: 'pc-remote' } }));
    expect(set.data.setting).toBe('pc-remote');
    expect(body(await callRoute(h, A.getPriorityKey, { params: p() })).data.setting).toBe('pc-remote');
  });

  it('single GET and bulk GET use their two documented shapes', async () => {
    const one = body(await callRoute(h, A.getProperty, { params: { ...p(), propertyName: 'iso' } }));
    expect(one.data.property).toBe('iso');
    expect(one.data.value).toMatch(/^0x[0-9a-f]+$/);
    expect(typeof one.data.writable).toBe('boolean');
    expect(one.data.available_values[0]).toEqual({
      value: expect.stringMatching(/^0x/),
      formatted: expect.any(String),
    });
    const all = body(await callRoute(h, A.getAllProperties, { params: p() }));
    const iso = all.data.properties.iso;
    expect(iso.current_hex_value).toBe(one.data.value);
    expect(typeof iso.current_value).toBe('number');
    expect(iso.available_values[0]).toEqual({
      value: expect.any(Number),
      hex_value: expect.any(String),
      formatted: expect.any(String),
    });
    expect(all.data.total_properties).toBe(Object.keys(all.data.properties).length);
  });

  it('PUT accepts friendly, hex and decimal forms and validates against the current values', async () => {
    const path = { ...p(), propertyName: 'iso' };
    const friendly = body(await callRoute(h, A.setProperty, { params: path, body: { value: 'ISO 400' } }));
    expect(friendly.data.formatted).toBe('ISO 400');
    const hex = body(await callRoute(h, A.setProperty, { params: path, body: { value: '0x320' } }));
    expect(hex.data.formatted).toBe('ISO 800');
    const dec = body(await callRoute(h, A.setProperty, { params: path, body: { value: '1600' } }));
    expect(dec.data.formatted).toBe('ISO 1600');
    for (const bad of [{ value: 'ISO 7' }, { value: '' }, {}, { value: { x: 1 } }]) {
      const r = await callRoute(h, A.setProperty, { params: path, body: bad });
      expect(r.status).toBe(400);
    }
    const unknown = await callRoute(h, A.getProperty, { params: { ...p(), propertyName: 'warp-drive' } });
    expect(body(unknown).code).toBe('UNKNOWN_PROPERTY');
    const ro = await callRoute(h, A.setProperty, {
      params: { ...p(), propertyName: 'battery-remain' },
      body: { value: '50' },
    });
    expect(ro.status).toBe(400);
  });
});

describe('Alpha API: AF area, tracking and actions', () => {
  it('needs live view for AF/tracking frames, then reports them in all three coordinate forms', async () => {
    expect(body(await callRoute(h, A.getAFAreaPosition, { params: p() })).message).toMatch(
      /Live view is not running/,
    );
    expect((await callRoute(h, A.getTrackingFrame, { params: p() })).status).toBe(400);
    await h.call('POST', `/api/cameras/${id}/live-view/start`);
    await callRoute(h, A.setProperty, {
      params: { ...p(), propertyName: 'focus-area' },
      body: { value: 'flexible-spot-m' },
    });
    expect((await callRoute(h, A.setAFAreaPosition, { params: p(), body: { x: 100, y: 100 } })).status).toBe(
      200,
    );
    expect(
      (await callRoute(h, A.setAFAreaPosition, { params: p(), body: { normalized: { x: 0.5, y: 0.5 } } }))
        .status,
    ).toBe(200);
    const af = body(await callRoute(h, A.getAFAreaPosition, { params: p() }));
    expect(af.data.frame_count).toBeGreaterThan(0);
    const f = af.data.frames[0];
    expect(f.raw).toEqual({
      xNumerator: f.position.x,
      xDenominator: 640,
      yNumerator: f.position.y,
      yDenominator: 480,
    });
    expect(f.normalized.x).toBeCloseTo(f.position.x / 640, 3);
    const tracking = body(await callRoute(h, A.getTrackingFrame, { params: p() }));
    expect(tracking.data).toMatchObject({ available: true, frame_count: tracking.data.frames.length });
    for (const bad of [{ x: 640, y: 1 }, { x: 1 }, { normalized: { x: 2, y: 0 } }, {}]) {
      expect((await callRoute(h, A.setAFAreaPosition, { params: p(), body: bad })).status).toBe(400);
    }
    await h.call('POST', `/api/cameras/${id}/live-view/stop`);
  });

  it('fires the shutter (single, down/up) and the shot lands as downloadComplete', async () => {
    const landed = h.studio.bus.waitFor('downloadComplete', (e) => e.cameraId === id, 15_000);
    expect((await callRoute(h, A.triggerShutter, { params: p() })).status).toBe(200);
    expect((await landed).savedPath).toBeTruthy();
    expect((await callRoute(h, A.triggerShutter, { params: p(), body: { action: 'down' } })).status).toBe(
      200,
    );
    expect((await callRoute(h, A.triggerShutter, { params: p(), body: { action: 'up' } })).status).toBe(200);
    expect((await callRoute(h, A.triggerShutter, { params: p(), body: { action: 'sideways' } })).status).toBe(
      400,
    );
  });

  it('half-press focuses and releases; AF-shutter refuses MF with focus_mode_not_af', async () => {
    const half = body(await callRoute(h, A.halfPress, { params: p() }));
    expect(half.data.focused).toBe(true);
    const focusMode = { ...p(), propertyName: 'focus-mode' };
    await callRoute(h, A.setProperty, { params: focusMode, body: { value: 'mf' } });
    const mf = await callRoute(h, A.afShutter, { params: p() });
    expect(mf.status).toBe(400);
    expect(body(mf).data).toEqual({ error: 'focus_mode_not_af' });
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: -3 } })).status).toBe(200);
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: 0 } })).status).toBe(400);
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: 8 } })).status).toBe(400);
    await callRoute(h, A.setProperty, { params: focusMode, body: { value: 'af-s' } });
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: 2 } })).status).toBe(400);
    expect(body(await callRoute(h, A.afShutter, { params: p() })).success).toBe(true);
  });

  it('buttons, touch, touch-cancel, zoom and movie follow the body', async () => {
    expect((await callRoute(h, A.pressCameraButton, { params: p(), body: { button: 'menu' } })).status).toBe(
      200,
    );
    expect(
      (await callRoute(h, A.pressCameraButton, { params: p(), body: { button: 'c1', action: 'down' } }))
        .status,
    ).toBe(200);
    expect((await callRoute(h, A.pressCameraButton, { params: p(), body: { button: 'warp' } })).status).toBe(
      400,
    );
    // A name the API knows but this body does not operate: 400 listing the body's own keys.
    const refused = await callRoute(h, A.pressCameraButton, { params: p(), body: { button: 'c7' } });
    expect(refused.status).toBe(400);
    expect(body(refused).data.supported_buttons).toEqual(expect.arrayContaining(['menu', 'c1', 'af-on']));
    expect(body(refused).data.supported_buttons).not.toContain('c7');
    expect((await callRoute(h, A.cancelRemoteTouch, { params: p() })).status).toBe(400);
    expect(
      (await callRoute(h, A.remoteTouch, { params: p(), body: { normalized: { x: 0.25, y: 0.75 } } })).status,
    ).toBe(200);
    expect((await callRoute(h, A.cancelRemoteTouch, { params: p() })).status).toBe(200);
    expect((await callRoute(h, A.remoteTouch, { params: p(), body: { x: 700, y: 1 } })).status).toBe(400);
    const zoom = await callRoute(h, A.controlZoom, { params: p(), body: { direction: 'in', speed: 'fast' } });
    expect(body(zoom).code).toBe('NOT_SUPPORTED');
    expect((await callRoute(h, A.controlZoom, { params: p(), body: { speed: 11 } })).status).toBe(400);
    expect((await callRoute(h, A.controlZoom, { params: p(), body: { direction: 'in' } })).status).toBe(400);
    expect((await callRoute(h, A.toggleMovieRecording, { params: p() })).status).toBe(200);
    const stopped = h.studio.bus.waitFor('propertyChanged', (e) => e.cameraId === id);
    expect((await callRoute(h, A.toggleMovieRecording, { params: p() })).status).toBe(200);
    await stopped;
  });

  it('disconnects (200 "Camera not connected" when not connected) and refuses actions afterwards', async () => {
    expect((await callRoute(h, A.disconnectCamera, { params: p() })).status).toBe(200);
    expect(body(await callRoute(h, A.getConnectionStatus, { params: p() })).camera.connected).toBe(false);
    expect((await callRoute(h, A.disconnectCamera, { params: p() })).status).toBe(200);
    const shot = await callRoute(h, A.triggerShutter, { params: p() });
    expect(shot.status).toBe(400);
    expect(body(shot)).toMatchObject({
      success: false,
      code: 'NOT_CONNECTED',
      camera: { id, connected: false },
    });
  });
});
