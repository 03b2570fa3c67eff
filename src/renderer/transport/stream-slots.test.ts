// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ClientFrame } from '../../shared/studio-client';
import { createHttpClient } from './http-client';
import { MAX_MJPEG_STREAMS, StreamSlots } from './stream-slots';

const SOF = new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 60, 0, 80, 3, 0, 0, 0, 0, 0xff, 0xd9]);
class NoEventSource {
  addEventListener() {}
  close() {}
}

/** An MJPEG answer that sends one frame and stays open until `hold` resolves. */
function mjpeg(hold: Promise<void>): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(ctl) {
      ctl.enqueue(enc.encode(`--b\r\nContent-Type: image/jpeg\r\nContent-Length: ${SOF.length}\r\n\r\n`));
      ctl.enqueue(SOF);
      ctl.enqueue(enc.encode('\r\n'));
      await hold;
      ctl.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'multipart/x-mixed-replace; boundary=b' } });
}

describe('stream slots', () => {
  it('hands out at most its slots and takes them back', () => {
    const s = new StreamSlots(2);
    expect([s.take(), s.take(), s.take()]).toEqual([true, true, false]);
    s.give();
    expect(s.take()).toBe(true);
    expect(s.inUse()).toBe(2);
  });

  it('a grid of more bodies than slots: the first cameras stream, the rest poll the frame endpoint', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const requests: string[] = [];
    const fetch = async (url: string, init: RequestInit = {}) => {
      await new Promise((r) => setTimeout(r, 1));
      const method = init.method ?? 'GET';
      requests.push(`${method} ${url}`);
      if (url.endsWith('/live-view/stream')) return mjpeg(hold);
      if (url.endsWith('/live-view/frame'))
        return new Response(SOF, { headers: { etag: `"${requests.length.toString(36)}-1"` } });
      return new Response(JSON.stringify({ success: true }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const c = createHttpClient({ fetch, EventSource: NoEventSource as unknown as typeof EventSource });
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const got = new Map<string, ClientFrame[]>(ids.map((id) => [id, []]));
    const offs = ids.map((id) => c.subscribeFrames(id, (f) => got.get(id)!.push(f)));
    await expect.poll(() => ids.every((id) => got.get(id)!.length > 0)).toBe(true);
    const streamed = new Set(requests.filter((r) => r.endsWith('/stream')).map((r) => r.split('/')[3]));
    const polled = new Set(requests.filter((r) => r.endsWith('/frame')).map((r) => r.split('/')[3]));
    expect(streamed.size).toBe(MAX_MJPEG_STREAMS);
    expect(polled).toEqual(new Set(ids.filter((id) => !streamed.has(id))));
    for (const off of offs) off();
    release();
  });
});
