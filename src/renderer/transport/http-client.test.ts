// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { ClientFrame } from '../../shared/studio-client';
import { fakeProperty } from '../testing/fake-client';
import { createHttpClient } from './http-client';

type Handler = (init: RequestInit & { url: string }) => Response | Promise<Response>;

/** A fake fetch routing `METHOD path` to handlers; records every request. */
function fakeFetch(routes: Record<string, Handler>) {
  const requests: { method: string; url: string; body?: unknown; headers?: HeadersInit }[] = [];
  const fetch = async (url: string, init: RequestInit = {}) => {
    // Real fetches take a network round trip; resolving on a macrotask keeps timers (expect.poll) running.
    await new Promise((r) => setTimeout(r, 1));
    const method = init.method ?? 'GET';
    requests.push({
      method,
      url,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      headers: init.headers,
    });
    const key = `${method} ${url.split('?')[0]}`;
    const h = routes[key];
    if (!h)
      return new Response(JSON.stringify({ success: false, message: 'no route', code: 'NOT_FOUND' }), {
        status: 404,
      });
    return h({ ...init, url });
  };
  return { fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
class NoEventSource {
  addEventListener() {}
  close() {}
}
const SESSION = {
  id: 'ses_1',
  name: 'Smith',
  folder: '/x/Smith',
  createdAt: '2024-05-14T10:00:00Z',
  template: '{session}_{seq:4}{ext}',
  nextSeq: 1,
  shotCount: 0,
};
const client = (routes: Record<string, Handler>) => {
  const f = fakeFetch(routes);
  return {
    c: createHttpClient({ fetch: f.fetch, EventSource: NoEventSource as unknown as typeof EventSource }),
    requests: f.requests,
  };
};

describe('the HTTP client: requests', () => {
  it('reads properties from the studio route and unwraps `data`', async () => {
    const iso = fakeProperty('iso', 'ISO', ['ISO 100'], 'ISO 100');
    const { c, requests } = client({
      'GET /api/studio/cameras/C%201/properties': () => json({ success: true, data: [iso] }),
    });
    expect(await c.getProperties('C 1')).toEqual([iso]);
    expect(requests[0].url).toBe('/api/studio/cameras/C%201/properties');
  });

  it('sets a property with PUT {value} and returns the re-read view', async () => {
    const iso = fakeProperty('iso', 'ISO', ['ISO 100', 'ISO 200'], 'ISO 200');
    const { c, requests } = client({
      'PUT /api/studio/cameras/C/properties/iso': () => json({ success: true, data: iso }),
    });
    expect((await c.setProperty('C', 'iso', '0x1')).formatted).toBe('ISO 200');
    expect(requests[0]).toMatchObject({ method: 'PUT', body: { value: '0x1' } });
  });

  it('sends capture, commands, AF area, pulls and template previews in the shapes the routes expect', async () => {
    const ok = () => json({ success: true, data: { focused: null } });
    const { c, requests } = client({
      'POST /api/studio/cameras/C/capture': ok,
      'POST /api/studio/cameras/C/command': () => json({ success: true }),
      'PUT /api/studio/cameras/C/af-area': () => json({ success: true }),
      'POST /api/studio/cameras/C/card/pull': () => json({ success: true, data: [] }, 202),
      'GET /api/studio/naming-template/preview': () => json({ success: true, data: 'A_0001.JPG' }),
    });
    await c.capture('C', { autofocus: true });
    await c.sendCommand('C', { type: 's1', action: 'lock' });
    await c.setAfAreaPosition('C', { x: 0.25, y: 0.75 });
    await c.pullCardFiles('C', [{ slot: 1, contentId: 3, fileId: 0 }], { destDir: '/tmp/x' });
    expect(await c.previewName('{session}_{seq:4}')).toBe('A_0001.JPG');
    expect(requests.map((r) => r.body)).toEqual([
      { autofocus: true },
      { type: 's1', action: 'lock' },
      { x: 0.25, y: 0.75 },
      { refs: [{ slot: 1, contentId: 3, fileId: 0 }], destDir: '/tmp/x' },
      undefined,
    ]);
    expect(requests[4].url).toBe('/api/studio/naming-template/preview?template=%7Bsession%7D_%7Bseq%3A4%7D');
  });

  it('reads and moves the session root (PUT {path}); a refused path rejects with its code and message', async () => {
    const session = { ...SESSION, folder: '/Volumes/Shoots/Smith' };
    const { c, requests } = client({
      'GET /api/studio/settings': () =>
        json({ success: true, data: { sessionRoot: '/Users/me/Pictures', namingTemplate: '{seq:4}{ext}' } }),
      'PUT /api/studio/settings/naming-template': (init) =>
        json({
          success: true,
          data: { sessionRoot: '/Users/me/Pictures', namingTemplate: JSON.parse(String(init.body)).template },
        }),
      'PUT /api/studio/session-root': (init) =>
        JSON.parse(String(init.body)).path === '/Volumes/Shoots'
          ? json({ success: true, data: session })
          : json({ success: false, message: 'must be an absolute path', code: 'INVALID_ARGUMENT' }, 400),
    });
    expect(await c.getStudioSettings()).toEqual({
      sessionRoot: '/Users/me/Pictures',
      namingTemplate: '{seq:4}{ext}',
    });
    expect((await c.setDefaultTemplate('{session}{ext}')).namingTemplate).toBe('{session}{ext}');
    expect(requests.at(-1)).toMatchObject({ method: 'PUT', body: { template: '{session}{ext}' } });
    expect(await c.setSessionRoot('/Volumes/Shoots')).toEqual(session);
    expect(requests.at(-1)).toMatchObject({ method: 'PUT', body: { path: '/Volumes/Shoots' } });
    await expect(c.setSessionRoot('shoots')).rejects.toMatchObject({
      code: ErrorCode.InvalidArgument,
      message: 'must be an absolute path',
    });
  });

  it('gives each shot a download URL on the studio (the file route, id encoded)', () => {
    const none = { fetch: fakeFetch({}).fetch, EventSource: NoEventSource as unknown as typeof EventSource };
    expect(createHttpClient(none).shotFileUrl('shot_1')).toBe('/api/studio/shots/shot_1/file');
    const remote = createHttpClient({ ...none, base: 'http://127.0.0.1:8080' });
    expect(remote.shotFileUrl('a:b')).toBe('http://127.0.0.1:8080/api/studio/shots/a%3Ab/file');
  });

  it('rejects with the body’s shared code, or one derived from the status', async () => {
    const { c } = client({
      'PUT /api/studio/cameras/C/properties/iso': () =>
        json({ success: false, message: 'priority', code: 'PRIORITY_KEY_NOT_PC_REMOTE' }, 400),
      'GET /api/studio/cameras/C/properties': () => new Response('boom', { status: 503 }),
    });
    await expect(c.setProperty('C', 'iso', '0x1')).rejects.toMatchObject({
      code: ErrorCode.PriorityKeyNotPcRemote,
      message: 'priority',
    });
    await expect(c.getProperties('C')).rejects.toMatchObject({ code: ErrorCode.Internal });
    await expect(c.getProperties('X')).rejects.toBeInstanceOf(TetherError);
  });

  it('rejects answers that do not match the route schema, and marks network failures', async () => {
    const { c } = client({
      'GET /api/studio/sessions/active': () => json({ success: true, data: { id: 5 } }),
    });
    await expect(c.getActiveSession()).rejects.toMatchObject({ code: ErrorCode.Internal });
    const down = createHttpClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      EventSource: NoEventSource as unknown as typeof EventSource,
    });
    await expect(down.listCameras()).rejects.toMatchObject({
      code: ErrorCode.Internal,
      details: { network: true },
    });
  });
});

function mjpegResponse(frames: Uint8Array[], hold: Promise<void>): Response {
  const enc = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(ctl) {
      frames.forEach((f, i) => {
        ctl.enqueue(
          enc.encode(
            `--b\r\nContent-Type: image/jpeg\r\nContent-Length: ${f.length}\r\nX-Frame-Seq: ${i + 1}\r\nX-Timestamp: ${1000 + i}\r\n\r\n`,
          ),
        );
        ctl.enqueue(f);
        ctl.enqueue(enc.encode('\r\n'));
      });
      await hold;
      ctl.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'multipart/x-mixed-replace; boundary=b' } });
}

const SOF = (w: number, h: number) =>
  new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0,
    11,
    8,
    h >> 8,
    h & 255,
    w >> 8,
    w & 255,
    3,
    0,
    0,
    0,
    0,
    0xff,
    0xd9,
  ]);

describe('the HTTP client: live view', () => {
  it('streams MJPEG frames with seq, timestamp and size; one stream per camera; unsubscribe aborts', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    let aborted = false;
    const { c, requests } = client({
      'GET /api/cameras/C/live-view/stream': (init) => {
        init.signal?.addEventListener('abort', () => (aborted = true));
        return mjpegResponse([SOF(1024, 680), SOF(1024, 680)], hold);
      },
    });
    const got: ClientFrame[] = [];
    const second: ClientFrame[] = [];
    const offA = c.subscribeFrames('C', (f) => got.push(f));
    const offB = c.subscribeFrames('C', (f) => second.push(f));
    await expect.poll(() => got.length).toBe(2);
    expect(got.map((f) => [f.seq, f.timestamp, f.width, f.height])).toEqual([
      [1, 1000, 1024, 680],
      [2, 1001, 1024, 680],
    ]);
    expect(second).toHaveLength(2);
    expect(requests.filter((r) => r.url.endsWith('/stream'))).toHaveLength(1);
    expect(requests.some((r) => r.url.endsWith('/start'))).toBe(false);
    offA();
    expect(aborted).toBe(false);
    offB();
    expect(aborted).toBe(true);
    release();
  });

  it('falls back to polling the frame endpoint with If-None-Match when no stream is offered', async () => {
    let polls = 0;
    const { c, requests } = client({
      'POST /api/cameras/C/live-view/start': () => json({ success: true }),
      'POST /api/cameras/C/live-view/stop': () => json({ success: true }),
      'GET /api/cameras/C/live-view/stream': () =>
        json({ success: false, message: 'nope', code: 'NOT_FOUND' }, 404),
      'GET /api/cameras/C/live-view/frame': () => {
        polls++;
        if (polls === 2) return new Response(null, { status: 304 });
        return new Response(SOF(640, 480), {
          headers: {
            etag: `"${polls.toString(36)}-${(1_700_000_000_000 + polls).toString(36)}"`,
            'x-frame-seq': String(polls),
          },
        });
      },
    });
    const got: ClientFrame[] = [];
    const off = c.subscribeFrames('C', (f) => got.push(f));
    await expect.poll(() => got.length).toBeGreaterThanOrEqual(2);
    off();
    expect(got[0]).toMatchObject({ seq: 1, width: 640, height: 480, timestamp: 1_700_000_000_001 });
    await expect.poll(() => requests.some((r) => r.url.endsWith('/live-view/stop'))).toBe(true);
    expect(requests.filter((r) => r.url.endsWith('/live-view/start'))).toHaveLength(1);
    const second = requests.filter((r) => r.url.endsWith('/frame'))[1];
    expect((second.headers as Record<string, string>)['if-none-match']).toBe(
      `"1-${(1_700_000_000_001).toString(36)}"`,
    );
  });
});
