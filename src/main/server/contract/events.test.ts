import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaExtensionRoutes as X, alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';
import { SseTestClient } from '../testing/sse-test-client';

let h: Harness;
let id: string;

beforeAll(async () => {
  h = await startHarness({ server: { sse: { keepaliveMs: 50, replaySize: 50, retryMs: 2500 } } });
  id = h.cameraId;
});
afterAll(() => h.close());

describe('SSE on the real server', () => {
  it('handshake first, then real connected events carrying the camera info, with standard framing', async () => {
    const all = await SseTestClient.open(`${h.url}/api/events`);
    const cam = await SseTestClient.open(`${h.url}/api/cameras/${id}/events`);
    expect(all.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const hello = all.events[0] ?? (await all.nextEvent('connected'));
    expect(hello).toMatchObject({ event: 'connected', retry: 2500 });
    expect(JSON.parse(hello.data)).toEqual({ cameraId: '*' });
    expect(JSON.parse((await cam.nextEvent('connected')).data)).toEqual({ cameraId: id });
    await callRoute(h, A.connectCamera, { params: { cameraId: id }, body: { mode: 'remote' } });
    const real = await all.next((m) => m.event === 'connected' && m.id !== undefined);
    expect(JSON.parse(real.data)).toMatchObject({ cameraId: id, id, model: 'ILCE-7M4', mode: 'remote' });
    const realCam = await cam.next((m) => m.event === 'connected' && m.id !== undefined);
    expect(realCam.id).toBe(real.id);
    const ids = all.events.filter((m) => m.id).map((m) => Number(m.id));
    expect(ids.every((v, i) => i === 0 || v === ids[i - 1] + 1)).toBe(true);
    all.close();
    cam.close();
  });

  it('filters with ?events= and rejects unknown names with 400', async () => {
    const only = await SseTestClient.open(`${h.url}/api/events?events=propertyChanged`);
    await only.nextEvent('connected');
    await h.studio.properties.setPriorityKey(id, 'camera-position');
    await only.nextEvent('propertyChanged');
    expect(new Set(only.events.map((m) => m.event))).toEqual(new Set(['connected', 'propertyChanged']));
    only.close();
    await h.studio.properties.setPriorityKey(id, 'pc-remote');
    const bad = await callRoute(h, A.subscribeAllEvents, { query: 'events=propertyChanged,bogus' });
    expect(bad.status).toBe(400);
    expect(body(bad).message).toMatch(/bogus/);
  });

  it('resumes with Last-Event-ID and says so when the id fell out of the replay buffer', async () => {
    const first = await SseTestClient.open(`${h.url}/api/events`);
    await first.nextEvent('connected');
    await h.studio.properties.set(id, 'iso', 'ISO 400');
    const pc = await first.nextEvent('propertyChanged');
    first.close();
    await h.studio.properties.set(id, 'iso', 'ISO 800');
    const resumed = await SseTestClient.open(`${h.url}/api/events`, { 'Last-Event-ID': String(pc.id) });
    const replayed = await resumed.next((m) => m.id !== undefined);
    expect(Number(replayed.id)).toBe(Number(pc.id) + 1);
    expect(resumed.events.some((m) => m.event === 'replayGap')).toBe(false);
    resumed.close();
    for (let i = 0; i < 60; i++)
      h.studio.bus.emit('warning', { cameraId: id, code: 'filler', message: String(i) });
    const stale = await SseTestClient.open(`${h.url}/api/events?lastEventId=${pc.id}`);
    const gap = JSON.parse((await stale.nextEvent('replayGap')).data);
    expect(gap).toMatchObject({ requested: Number(pc.id), reason: 'evicted' });
    expect(gap.oldest).toBeGreaterThan(Number(pc.id) + 1);
    const firstReplayed = await stale.next((m) => m.id !== undefined);
    expect(Number(firstReplayed.id)).toBe(gap.oldest);
    stale.close();
  });

  it('polls: {events, lastId}, filters by event and camera, 204 when nothing is newer', async () => {
    const first = body(await callRoute(h, X.pollEvents, { query: 'limit=1' }));
    expect(first.events).toHaveLength(1);
    expect(first.lastId).toBe(first.events[0].id);
    const after = h.server.hub.lastId;
    h.studio.bus.emit('afStatus', { cameraId: id, state: 'focused' });
    h.studio.bus.emit('warning', { cameraId: 'OTHER', code: 'x', message: 'y' });
    const both = body(await callRoute(h, X.pollEvents, { query: `after=${after}` }));
    expect(both.events.map((e: { event: string }) => e.event)).toEqual(['afStatus', 'warning']);
    expect(both.lastId).toBe(both.events[1].id);
    const mine = body(
      await callRoute(h, X.pollEvents, { query: `after=${after}&cameraId=${id}&events=afStatus,warning` }),
    );
    expect(mine.events).toEqual([
      { id: both.events[0].id, event: 'afStatus', data: { cameraId: id, state: 'focused' } },
    ]);
    const none = await callRoute(h, X.pollEvents, { query: `after=${both.lastId}` });
    expect(none.status).toBe(204);
    expect(Number(none.headers['x-last-event-id'])).toBe(both.lastId);
    expect((await callRoute(h, X.pollEvents, { query: 'after=-1' })).status).toBe(400);
    expect((await callRoute(h, X.pollEvents, { query: 'events=nope' })).status).toBe(400);
  });

  it('sends keepalive comments (short interval for the test)', async () => {
    const c = await SseTestClient.open(`${h.url}/api/events`);
    expect((await c.next((m) => m.comment === 'keepalive')).comment).toBe('keepalive');
    c.close();
  });

  it('cuts a client that stops reading loose while another keeps receiving', async () => {
    const slow = await SseTestClient.open(`${h.url}/api/events`);
    const fast = await SseTestClient.open(`${h.url}/api/events`);
    await slow.nextEvent('connected');
    await fast.nextEvent('connected');
    slow.pause();
    const cut = h.server.hub.events.waitFor('clientClosed', (e) => e.reason === 'slow', 30_000);
    let isCut = false;
    void cut.then(() => (isCut = true));
    const message = 'z'.repeat(16 * 1024);
    let sent = 0;
    while (!isCut && sent < 5000) {
      for (let i = 0; i < 20; i++, sent++)
        h.studio.bus.emit('warning', { cameraId: id, code: 'flood', message });
      await new Promise((r) => setImmediate(r));
    }
    await cut;
    h.studio.bus.emit('warning', { cameraId: id, code: 'after', message: 'still here' });
    await fast.next((m) => m.event === 'warning' && m.data.includes('still here'), 0, 30_000);
    expect(fast.events.filter((m) => m.data.includes('"flood"')).length).toBe(sent);
    slow.resume();
    await slow.whenClosed();
    fast.close();
  });
});
