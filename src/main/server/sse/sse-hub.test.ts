import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SseTestClient } from '../testing/sse-test-client';
import { buildFilter } from './event-filter';
import { SseHub, type SseHubOptions } from './sse-hub';

let server: Server | null = null;
let hub: SseHub | null = null;

/** A bare node:http server that hands every request to the hub (filters from the query string). */
async function setup(options: SseHubOptions = {}): Promise<{ hub: SseHub; url: string }> {
  const h = new SseHub({ firstId: 1, ...options });
  const s = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const events = q.get('events')?.split(',');
    const cameraId = q.get('cameraId') ?? undefined;
    const last = (req.headers['last-event-id'] as string | undefined) ?? q.get('lastEventId') ?? undefined;
    h.open(res, {
      filter: buildFilter(events, cameraId),
      lastEventId: last,
      handshakeCameraId: cameraId ?? '*',
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  server = s;
  hub = h;
  return { hub: h, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/` };
}

afterEach(async () => {
  hub?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = null;
  hub = null;
});

describe('SseHub', () => {
  it('opens with headers, retry and the handshake, then frames events with monotonic ids', async () => {
    const { hub, url } = await setup({ retryMs: 1234 });
    const c = await SseTestClient.open(url);
    expect(c.status).toBe(200);
    expect(c.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(c.headers['cache-control']).toContain('no-cache');
    const hello = await c.nextEvent('connected');
    expect(hello.retry).toBe(1234);
    expect(hello.id).toBeUndefined();
    expect(JSON.parse(hello.data)).toEqual({ cameraId: '*' });
    hub.publish('propertyChanged', { cameraId: 'A', codes: [1] });
    hub.publish('afStatus', { cameraId: 'A', state: 'focused' });
    const af = await c.nextEvent('afStatus');
    const pc = await c.nextEvent('propertyChanged');
    expect(Number(pc.id)).toBe(1);
    expect(Number(af.id)).toBe(2);
    expect(JSON.parse(af.data)).toEqual({ cameraId: 'A', state: 'focused' });
    c.close();
  });

  it('serialises each event once and shares the frame bytes', async () => {
    const { hub } = await setup();
    const rec = hub.publish('warning', { cameraId: 'A', code: 'x', message: 'line1\nline2' });
    expect(rec.frame.toString()).toBe(`id: ${rec.id}\nevent: warning\ndata: ${rec.json}\n\n`);
    expect(rec.json).not.toContain('\n');
    const polled = hub.poll(0, {});
    expect(polled?.json).toContain(rec.json);
  });

  it('replays after Last-Event-ID (header or query) and announces a gap when the id was evicted', async () => {
    const { hub, url } = await setup({ replaySize: 5 });
    for (let i = 0; i < 8; i++)
      hub.publish('operationResult', { cameraId: 'A', operation: 'n', result: String(i) });
    const resumed = await SseTestClient.open(url, { 'Last-Event-ID': '6' });
    const seven = await resumed.nextEvent('operationResult');
    expect(seven.id).toBe('7');
    expect((await resumed.next((m) => m.id === '8')).event).toBe('operationResult');
    expect(resumed.events.some((m) => m.event === 'replayGap')).toBe(false);

    const viaQuery = await SseTestClient.open(`${url}?lastEventId=7`);
    expect((await viaQuery.nextEvent('operationResult')).id).toBe('8');

    const old = await SseTestClient.open(url, { 'Last-Event-ID': '1' });
    const gap = await old.nextEvent('replayGap');
    expect(JSON.parse(gap.data)).toMatchObject({ requested: 1, oldest: 4, latest: 8, reason: 'evicted' });
    const first = await old.nextEvent('operationResult');
    expect(first.id).toBe('4');
    const order = old.events.map((m) => m.event);
    expect(order.indexOf('connected')).toBeLessThan(order.indexOf('replayGap'));
    expect(order.indexOf('replayGap')).toBeLessThan(order.indexOf('operationResult'));
    for (const c of [resumed, viaQuery, old]) c.close();
  });

  it('reports ids it never issued and malformed ids instead of replaying silently', async () => {
    const { hub, url } = await setup();
    hub.publish('operationResult', { cameraId: 'A', operation: 'n', result: '1' });
    const future = await SseTestClient.open(url, { 'Last-Event-ID': '999' });
    expect(JSON.parse((await future.nextEvent('replayGap')).data)).toMatchObject({
      requested: 999,
      reason: 'unknown-id',
    });
    const garbage = await SseTestClient.open(`${url}?lastEventId=abc`);
    expect(JSON.parse((await garbage.nextEvent('replayGap')).data)).toMatchObject({
      requested: 'abc',
      reason: 'invalid-id',
    });
    future.close();
    garbage.close();
  });

  it('filters by event name and by camera', async () => {
    const { hub, url } = await setup();
    const onlyAf = await SseTestClient.open(`${url}?events=afStatus,error`);
    const camB = await SseTestClient.open(`${url}?cameraId=B`);
    expect(JSON.parse((await camB.nextEvent('connected')).data)).toEqual({ cameraId: 'B' });
    hub.publish('propertyChanged', { cameraId: 'A', codes: [1] });
    hub.publish('afStatus', { cameraId: 'A', state: 'focused' });
    hub.publish('cameraAdded', {
      id: 'B',
      model: 'M',
      serial: 's',
      connectionType: 'USB',
      connected: false,
      driver: 'sim',
    });
    hub.publish('sessionChanged', { id: 's', name: 'n', folder: '/f' });
    hub.publish('error', { cameraId: 'B', code: 'SDK_ERROR', message: 'boom' });
    await onlyAf.nextEvent('error');
    await camB.nextEvent('error');
    expect(onlyAf.events.map((m) => m.event)).toEqual(['connected', 'afStatus', 'error']);
    expect(camB.events.map((m) => m.event)).toEqual(['connected', 'cameraAdded', 'error']);
    expect(() => buildFilter(['nope'], undefined)).toThrow(/unknown event name/);
    onlyAf.close();
    camB.close();
  });

  it('polls: events after an id, filters, a gap marker, and null (204) when nothing is newer', async () => {
    const { hub } = await setup({ replaySize: 3 });
    expect(hub.poll(undefined, {})).toBeNull();
    for (let i = 0; i < 5; i++) hub.publish('afStatus', { cameraId: i % 2 ? 'A' : 'B', state: 'focused' });
    const all = JSON.parse(hub.poll(3, {})?.json ?? '{}');
    expect(all).toEqual({
      events: [4, 5].map((id) => ({
        id,
        event: 'afStatus',
        data: { cameraId: id % 2 ? 'B' : 'A', state: 'focused' },
      })),
      lastId: 5,
    });
    expect(hub.poll(5, {})).toBeNull();
    const onlyA = JSON.parse(hub.poll(0, buildFilter(undefined, 'A'))?.json ?? '{}');
    expect(onlyA.gap).toEqual({ requested: 0, oldest: 3 });
    expect(onlyA.events.map((e: { id: number }) => e.id)).toEqual([4]);
    const limited = hub.poll(2, {}, 1);
    expect(limited?.lastId).toBe(3);
  });

  it('sends keepalive comments at the configured interval', async () => {
    const { url } = await setup({ keepaliveMs: 40 });
    const c = await SseTestClient.open(url);
    const ka = await c.next((m) => m.comment === 'keepalive');
    expect(ka.event).toBe('message');
    c.close();
  });

  it('disconnects a client that stops reading while a normal client keeps receiving everything', async () => {
    const { hub, url } = await setup({ maxClientBufferBytes: 64 * 1024, replaySize: 10 });
    const slow = await SseTestClient.open(url);
    const fast = await SseTestClient.open(url);
    await slow.nextEvent('connected');
    await fast.nextEvent('connected');
    slow.pause();
    const dropped = hub.events.waitFor('clientClosed', (e) => e.reason === 'slow', 20_000);
    const payload = 'x'.repeat(8 * 1024);
    let sent = 0;
    let isDropped = false;
    void dropped.then(() => (isDropped = true));
    // Publish in batches, yielding to I/O between them, until the stuck client is cut loose.
    while (!isDropped && sent < 20_000) {
      for (let i = 0; i < 50; i++, sent++)
        hub.publish('warning', { cameraId: 'A', code: 'bulk', message: `${sent}:${payload}` });
      await new Promise((r) => setImmediate(r));
    }
    await dropped;
    expect(hub.droppedSlow).toBe(1);
    expect(hub.clientCount).toBe(1);
    const last = hub.publish('warning', { cameraId: 'A', code: 'end', message: 'end' });
    await fast.next((m) => m.id === String(last.id), 0, 20_000);
    const ids = fast.events.filter((m) => m.id).map((m) => Number(m.id));
    expect(ids.length).toBe(sent + 1);
    expect(ids.every((id, i) => id === i + 1)).toBe(true);
    fast.close();
  });

  it('keeps ids consecutive when a payload cannot be serialised', async () => {
    const { hub } = await setup();
    const a = hub.publish('warning', { cameraId: 'A', code: 'ok', message: '1' });
    expect(() =>
      hub.publish('warning', { cameraId: 'A', code: 'bad', message: 10n as unknown as string }),
    ).toThrow();
    const b = hub.publish('warning', { cameraId: 'A', code: 'ok', message: '2' });
    expect(b.id).toBe(a.id + 1);
  });

  it('ends every client on close', async () => {
    const { hub, url } = await setup();
    const c = await SseTestClient.open(url);
    await c.nextEvent('connected');
    hub.close();
    await c.whenClosed();
    expect(hub.clientCount).toBe(0);
  });
});
