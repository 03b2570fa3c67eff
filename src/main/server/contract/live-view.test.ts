import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaExtensionRoutes as X, alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';
import { SseTestClient } from '../testing/sse-test-client';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });
const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

beforeAll(async () => {
  h = await startHarness({ server: { stallFrames: 5 } });
  id = h.cameraId;
});
afterAll(() => h.close());

/** Reads an MJPEG response until `parts` JPEG parts arrived; returns them. */
function readMjpeg(url: string, parts: number): Promise<{ contentType: string; frames: Buffer[] }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let buf = Buffer.alloc(0);
      const frames: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk]);
        for (;;) {
          const head = buf.indexOf('\r\n\r\n');
          if (head < 0) return;
          const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, head).toString('latin1'))?.[1]);
          if (buf.length < head + 4 + len + 2) return;
          frames.push(buf.subarray(head + 4, head + 4 + len));
          buf = buf.subarray(head + 4 + len + 2);
          if (frames.length === parts) {
            res.destroy();
            resolve({ contentType: String(res.headers['content-type']), frames });
            return;
          }
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('live view over HTTP', () => {
  it('refuses live view control while disconnected', async () => {
    expect((await callRoute(h, A.startLiveViewStream, { params: p() })).status).toBe(400);
    expect((await callRoute(h, A.getLiveViewStatus, { params: p() })).status).toBe(400);
    expect((await callRoute(h, A.getLiveViewFrame, { params: { cameraId: 'NOPE' } })).status).toBe(404);
    expect((await callRoute(h, X.streamLiveView, { params: p() })).status).toBe(400);
  });

  it('frame: 404 NoFrameAvailable before the first frame, then JPEG with ETag and 304', async () => {
    await h.connectRemote();
    const none = await callRoute(h, A.getLiveViewFrame, { params: p() });
    expect(none.status).toBe(404);
    expect(body(none).code).toBe('NO_FRAME_AVAILABLE');
    expect((await callRoute(h, A.enableLiveView, { params: p() })).status).toBe(200);
    const firstFrame = h.nextFrame();
    expect((await callRoute(h, A.startLiveViewStream, { params: p() })).status).toBe(200);
    expect(body(await callRoute(h, A.getLiveViewStatus, { params: p() })).data).toEqual({
      enabled: true,
      streaming: true,
    });
    await firstFrame;
    const frame = await callRoute(h, A.getLiveViewFrame, { params: p() });
    expect(frame.status).toBe(200);
    expect(frame.headers['content-type']).toBe('image/jpeg');
    expect(isJpeg(frame.body)).toBe(true);
    const etag = String(frame.headers.etag);
    expect(etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    // Hold the picture still: with streaming stopped the latest frame stays, so its ETag answers 304.
    await callRoute(h, A.stopLiveViewStream, { params: p() });
    const still = await h.call('GET', `/api/cameras/${id}/live-view/frame`);
    const stillTag = String(still.headers.etag);
    const notModified = await h.call('GET', `/api/cameras/${id}/live-view/frame`, {
      headers: { 'If-None-Match': `W/"x", ${stillTag}` },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(stillTag);
    const next = h.nextFrame();
    await callRoute(h, A.startLiveViewStream, { params: p() });
    await next;
    const newer = await h.call('GET', `/api/cameras/${id}/live-view/frame`, {
      headers: { 'If-None-Match': stillTag },
    });
    expect(newer.status).toBe(200);
    expect(newer.headers.etag).not.toBe(stillTag);
    expect(isJpeg(newer.body)).toBe(true);
  });

  it('OSD: status, enable, composite frame, disable', async () => {
    const status = body(await callRoute(h, A.getOSDStatus, { params: p() }));
    expect(status.data).toEqual({ supported: true, enabled: false });
    expect((await callRoute(h, A.getOSDFrame, { params: p() })).status).toBe(404);
    expect((await callRoute(h, A.enableOSD, { params: p() })).status).toBe(200);
    // The body composes an OSD frame every few frames (encoded beside the plain one): wait for one to exist
    // instead of guessing how many frames that takes (bounded by frames, and by the test timeout).
    for (let n = 0; n < 60 && !h.studio.extras.latestOsdFrame(id); n++) await h.nextFrame();
    expect(h.studio.extras.latestOsdFrame(id)).not.toBeNull();
    const osd = await callRoute(h, A.getOSDFrame, { params: p() });
    expect(osd.status).toBe(200);
    expect(isJpeg(osd.body)).toBe(true);
    expect((await callRoute(h, A.disableOSD, { params: p() })).status).toBe(200);
    expect(body(await callRoute(h, A.getOSDStatus, { params: p() })).data.enabled).toBe(false);
  });

  it('MJPEG: multipart/x-mixed-replace parts are whole JPEGs at camera rate', async () => {
    const { contentType, frames } = await readMjpeg(`${h.url}/api/cameras/${id}/live-view/stream`, 3);
    expect(contentType).toBe('multipart/x-mixed-replace; boundary=tetherframe');
    expect(frames).toHaveLength(3);
    for (const f of frames) expect(isJpeg(f)).toBe(true);
  });

  it('image SSE: base64 frames, json frames, at most 2 streams (429), closed on request', async () => {
    const url = `${h.url}/api/cameras/${id}/live-view/events`;
    const a = await SseTestClient.open(url);
    const b = await SseTestClient.open(`${url}?format=json`);
    expect(a.status).toBe(200);
    const third = await callRoute(h, X.liveViewImageEvents, { params: p() });
    expect(third.status).toBe(429);
    expect(body(third).message).toBe('TOO_MANY_IMAGES_STREAM_ALREADY_OPENED');
    const plain = await a.next((m) => m.data.length > 0);
    expect(plain.event).toBe('message');
    expect(isJpeg(Buffer.from(plain.data, 'base64'))).toBe(true);
    const json = await b.nextEvent('frame');
    const meta = JSON.parse(json.data);
    expect(meta).toMatchObject({ cameraId: id, width: expect.any(Number), seq: Number(json.id) });
    expect(isJpeg(Buffer.from(meta.jpeg, 'base64'))).toBe(true);
    const closed = body(await callRoute(h, X.closeLiveViewStreams, { params: p() }));
    expect(closed.data.closed).toBe(2);
    await a.whenClosed();
    await b.whenClosed();
    const again = await SseTestClient.open(url);
    expect(again.status).toBe(200);
    again.close();
  });

  it('drops an image-stream reader that stopped reading (frames are skipped, never queued)', async () => {
    const slow = await SseTestClient.open(`${h.url}/api/cameras/${id}/live-view/events`);
    await slow.next((m) => m.data.length > 0);
    const stalled = h.server.streams.events.waitFor('streamClosed', (e) => e.reason === 'stalled', 30_000);
    slow.pause();
    expect(await stalled).toEqual({ cameraId: id, kind: 'image-sse', reason: 'stalled' });
    expect(h.server.streams.count('image-sse', id)).toBe(0);
    slow.resume(); // drain what the kernel held: the stream then ends, proving the server cut it
    await slow.whenClosed();
  });

  it('stop and disable', async () => {
    expect((await callRoute(h, A.stopLiveViewStream, { params: p() })).status).toBe(200);
    expect((await callRoute(h, A.disableLiveView, { params: p() })).status).toBe(200);
    expect(body(await callRoute(h, A.getLiveViewStatus, { params: p() })).data.enabled).toBe(false);
  });
});
