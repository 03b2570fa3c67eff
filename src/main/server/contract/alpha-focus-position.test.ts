import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';
import { SseTestClient } from '../testing/sse-test-client';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });
const prop = (propertyName: string) => ({ ...p(), propertyName });

beforeAll(async () => {
  h = await startHarness();
  id = h.cameraId;
  await h.connectRemote('remote');
});
afterAll(() => h.close());

/** The integer value of a property, read through the REST API. */
async function read(name: string): Promise<number> {
  const res = await callRoute(h, A.getProperty, { params: prop(name) });
  expect(res.status, name).toBe(200);
  return Number.parseInt(body(res).data.value as string, 16);
}

async function setFocusMode(value: string): Promise<void> {
  expect((await callRoute(h, A.setProperty, { params: prop('focus-mode'), body: { value } })).status).toBe(
    200,
  );
}

describe('Alpha API: the simulated lens reports and moves its focus position', () => {
  it('zoom distance is the focal length, read-only (no power zoom)', async () => {
    const zoom = body(await callRoute(h, A.getProperty, { params: prop('zoom-distance') })).data;
    expect(zoom.writable).toBe(false);
    expect(Number.parseInt(zoom.value as string, 16)).toBeGreaterThan(0);
    const write = await callRoute(h, A.setProperty, { params: prop('zoom-distance'), body: { value: '70' } });
    expect(write.status).toBe(400);
  });

  it('focus position moves with AF and with near/far steps in MF', async () => {
    const before = await read('focus-position-current');
    const changed = h.studio.bus.waitFor(
      'propertyChanged',
      (e) => e.names?.includes('focus-position-current') ?? false,
    );
    expect(body(await callRoute(h, A.halfPress, { params: p() })).data.focused).toBe(true);
    await changed;
    const focused = await read('focus-position-current');
    expect(focused).not.toBe(before);
    expect(await read('focus-position')).toBe(focused);

    await setFocusMode('mf');
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: -5 } })).status).toBe(200);
    const nearer = await read('focus-position-current');
    expect(nearer).not.toBe(focused);
    expect((await callRoute(h, A.focusNearFar, { params: p(), body: { step: 5 } })).status).toBe(200);
    // Far moves it back the other way (the scale's direction is the lens's).
    expect(Math.sign((await read('focus-position-current')) - nearer)).toBe(-Math.sign(nearer - focused));
  });

  it('is writable in MF only; a write drives the lens there and ends with focusResult over SSE', async () => {
    await setFocusMode('af-s');
    const refused = await callRoute(h, A.setProperty, {
      params: prop('focus-position'),
      body: { value: '100' },
    });
    expect(refused.status).toBe(400);
    await setFocusMode('mf');
    expect(body(await callRoute(h, A.getProperty, { params: prop('focus-position') })).data.writable).toBe(
      true,
    );
    const events = await SseTestClient.open(`${h.url}/api/cameras/${id}/events?events=focusResult`);
    await events.nextEvent('connected');
    const res = await callRoute(h, A.setProperty, {
      params: prop('focus-position'),
      body: { value: '1000' },
    });
    expect(res.status, JSON.stringify(body(res))).toBe(200);
    expect(JSON.parse((await events.nextEvent('focusResult')).data)).toEqual({ cameraId: id, success: true });
    events.close();
    expect(await read('focus-position-current')).toBe(1000);
    expect(await read('focus-position')).toBe(1000);
    const outOfRange = await callRoute(h, A.setProperty, {
      params: prop('focus-position'),
      body: { value: '70000' },
    });
    expect(outOfRange.status).toBe(400);
    await setFocusMode('af-s');
  });
});
