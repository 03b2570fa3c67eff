import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../testing/contract-harness';
import { type FuzzRequest, generateFuzzRequests } from '../testing/fuzz-requests';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ server: { sse: { keepaliveMs: 60_000 } } });
  await h.connectRemote();
});
afterAll(() => h.close());

/** Sends one request; streams (SSE, MJPEG) are closed as soon as their status line arrives. */
function send(port: number, r: FuzzRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: r.method,
        path: r.path,
        headers:
          r.body === undefined
            ? r.headers
            : { ...r.headers, 'Content-Length': String(Buffer.byteLength(r.body)) },
        agent: false,
      },
      (res) => {
        const type = String(res.headers['content-type'] ?? '');
        if (type.startsWith('text/event-stream') || type.startsWith('multipart/')) {
          res.destroy();
          resolve(res.statusCode ?? 0);
          return;
        }
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

describe('fuzz', () => {
  it('1,200 generated bad requests (seed 20240611): no 5xx, and the server stays alive', async () => {
    const requests = generateFuzzRequests(20240611, 1200, h.cameraId);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++];
        let status: number;
        try {
          status = await send(h.server.port, r);
        } catch (err) {
          // The server may reset a connection it refuses mid-body (413); that is not a 5xx.
          if (
            (err as NodeJS.ErrnoException).code === 'ECONNRESET' ||
            (err as NodeJS.ErrnoException).code === 'EPIPE'
          )
            continue;
          throw err;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500)
          failures.push(`${status} ${r.method} ${r.path} ${String(r.body ?? '').slice(0, 120)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures).toEqual([]);
    const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(answered).toBeGreaterThanOrEqual(1000);
    expect([...statuses.keys()].some((s) => s >= 400 && s < 500)).toBe(true);
    const alive = await h.call('GET', '/api/server/status');
    expect(alive.status).toBe(200);
  }, 120_000);
});
