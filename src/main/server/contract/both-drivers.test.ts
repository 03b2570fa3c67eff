import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, type HarnessDriver, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';

// The Alpha API journey a client makes, probed through the real server on both drivers: the simulator and
// the CRSDK driver over the stand-in SDK (through koffi, the C ABI and the bridge). Every answer is checked
// against the route's response schema by callRoute; at the end both drivers must have offered the same
// property set with the same settings.

const seen: Record<HarnessDriver, Record<string, { formatted: string; writable: boolean }>> = {
  sim: {},
  crsdk: {},
};

const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b.at(-2) === 0xff && b.at(-1) === 0xd9;

describe.each(['sim', 'crsdk'] as const)('Alpha API probes on the %s driver', (driver) => {
  let h: Harness;
  let id: string;
  const p = () => ({ cameraId: id });
  const prop = (propertyName: string) => ({ ...p(), propertyName });

  beforeAll(async () => {
    h = await startHarness({ driver });
    id = h.cameraId;
  }, 180_000);
  afterAll(() => h.close());

  it('reports the driver, finds the ILCE-7M4, and a plain connect takes the priority key', async () => {
    const status = body(await callRoute(h, A.getServerStatus));
    expect(status.driver).toMatchObject({ kind: driver, discovery: { ok: true } });
    expect(body(await callRoute(h, A.listCameras)).cameras).toEqual([
      expect.objectContaining({ id, model: 'ILCE-7M4', connectionType: 'USB', connected: false }),
    ]);
    expect((await callRoute(h, A.connectCamera, { params: p() })).status).toBe(200);
    expect(body(await callRoute(h, A.getPriorityKey, { params: p() })).data.setting).toBe('pc-remote');
    const all = body(await callRoute(h, A.getAllProperties, { params: p() })).data.properties as Record<
      string,
      { formatted_value: string; writable: boolean }
    >;
    for (const [name, v] of Object.entries(all))
      seen[driver][name] = { formatted: v.formatted_value, writable: v.writable };
  });

  it('sets properties in friendly form, negative exposure compensation included', async () => {
    const iso = await callRoute(h, A.setProperty, { params: prop('iso'), body: { value: 'ISO 400' } });
    expect(body(iso).data.formatted).toBe('ISO 400');
    await callRoute(h, A.setProperty, { params: prop('iso'), body: { value: 'auto' } });
    const ev = await callRoute(h, A.setProperty, {
      params: prop('exposure-compensation'),
      body: { value: '-1.0' },
    });
    expect(body(ev).data.formatted).toBe('-1.0');
    expect(
      body(await callRoute(h, A.getProperty, { params: prop('exposure-compensation') })).data.formatted,
    ).toBe('-1.0');
    const ro = await callRoute(h, A.setProperty, { params: prop('battery-remain'), body: { value: '50' } });
    expect(ro.status).toBe(400);
  });

  it('reports the lens as an A7 IV with an FE 24-70 GM II does: focus position, current, zoom distance', async () => {
    for (const name of ['focus-position', 'focus-position-current', 'zoom-distance']) {
      const res = await callRoute(h, A.getProperty, { params: prop(name) });
      expect(res.status, name).toBe(200);
      expect(body(res).data.value, name).toMatch(/^0x[0-9a-f]+$/i);
    }
    // No power zoom: the zoom distance is read-only.
    expect(body(await callRoute(h, A.getProperty, { params: prop('zoom-distance') })).data.writable).toBe(
      false,
    );
  });

  it('fires: the shot lands as downloadComplete; half-press focuses; AF shutter works', async () => {
    const landed = h.studio.bus.waitFor('downloadComplete', (e) => e.cameraId === id, 15_000);
    expect((await callRoute(h, A.triggerShutter, { params: p() })).status).toBe(200);
    expect((await landed).savedPath).toBeTruthy();
    expect(body(await callRoute(h, A.halfPress, { params: p() })).data.focused).toBe(true);
    expect(body(await callRoute(h, A.afShutter, { params: p() })).success).toBe(true);
  });

  it('streams live view: whole JPEG frames, AF frames at the position set', async () => {
    const first = h.nextFrame();
    expect((await callRoute(h, A.startLiveViewStream, { params: p() })).status).toBe(200);
    await first;
    const frame = await callRoute(h, A.getLiveViewFrame, { params: p() });
    expect(frame.headers['content-type']).toBe('image/jpeg');
    expect(isJpeg(frame.body)).toBe(true);
    await callRoute(h, A.setProperty, { params: prop('focus-area'), body: { value: 'flexible-spot-m' } });
    expect((await callRoute(h, A.setAFAreaPosition, { params: p(), body: { x: 100, y: 120 } })).status).toBe(
      200,
    );
    // The body moves the frame asynchronously (as a real one does): the frames follow shortly.
    await expect
      .poll(
        async () => body(await callRoute(h, A.getAFAreaPosition, { params: p() })).data.frames[0]?.position,
      )
      .toEqual({ x: 100, y: 120 });
    await callRoute(h, A.stopLiveViewStream, { params: p() });
  });

  it('lists the card in remote-transfer mode and saves a thumbnail', async () => {
    expect((await callRoute(h, A.disconnectCamera, { params: p() })).status).toBe(200);
    expect(
      (await callRoute(h, A.connectCamera, { params: p(), body: { mode: 'remote-transfer' } })).status,
    ).toBe(200);
    const list = body(await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } }));
    expect(list.files.length).toBeGreaterThan(0);
    const f = list.files[0];
    const thumb = await callRoute(h, A.downloadSDCardThumbnail, {
      params: { ...p(), slotNumber: 1, contentId: f.content_id, fileId: f.file_id },
    });
    expect(thumb.status).toBe(202);
    expect((await callRoute(h, A.disconnectCamera, { params: p() })).status).toBe(200);
  });
});

describe('both drivers', () => {
  it('offered the same property set, writability and settings right after connecting', () => {
    expect(Object.keys(seen.crsdk).sort()).toEqual(Object.keys(seen.sim).sort());
    // Status values the body keeps for itself (battery, card counts, the ISO in use) may differ.
    const status = /^(battery-|media-slot|iso-current|focus-distance|recording-state|software-version)/;
    for (const [name, sim] of Object.entries(seen.sim)) {
      const crsdk = seen.crsdk[name];
      expect(crsdk.writable, name).toBe(sim.writable);
      if (!status.test(name)) expect(crsdk.formatted, name).toBe(sim.formatted);
    }
  });
});
