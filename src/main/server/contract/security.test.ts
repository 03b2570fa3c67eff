import { afterAll, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../server-options';
import { type Harness, startHarness } from '../testing/contract-harness';
import { SseTestClient } from '../testing/sse-test-client';

const opened: Harness[] = [];
afterAll(() => Promise.all(opened.map((h) => h.close())));
async function harness(server: Partial<ServerOptions> = {}): Promise<Harness> {
  const h = await startHarness({ server });
  opened.push(h);
  return h;
}

describe('security', () => {
  it('refuses a foreign Host (DNS rebinding) with a 403 JSON body', async () => {
    const h = await harness();
    const res = await h.call('GET', '/api/cameras', { headers: { Host: `evil.example:${h.server.port}` } });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ success: false, code: 'FORBIDDEN' });
    const wrongPort = await h.call('GET', '/api/cameras', { headers: { Host: '127.0.0.1:1' } });
    expect(wrongPort.status).toBe(403);
    expect(
      (await h.call('GET', '/api/cameras', { headers: { Host: `localhost:${h.server.port}` } })).status,
    ).toBe(200);
  });

  it('refuses cross-origin writes, allows same-origin writes and allow-listed origins with CORS', async () => {
    const h = await harness({ allowedOrigins: ['http://localhost:5173'] });
    const path = `/api/cameras/${h.cameraId}/connection`;
    const evil = await h.call('POST', path, { headers: { Origin: 'https://evil.example' }, body: {} });
    expect(evil.status).toBe(403);
    expect(evil.json).toMatchObject({ code: 'FORBIDDEN' });
    expect(h.studio.cameras.state(h.cameraId)).toBe('disconnected');
    const same = await h.call('POST', path, { headers: { Origin: h.url }, body: {} });
    expect(same.status).toBe(200);
    const dev = await h.call('DELETE', path, { headers: { Origin: 'http://localhost:5173' } });
    expect(dev.status).toBe(200);
    expect(dev.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const preflight = await h.call('OPTIONS', path, {
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('POST');
    const badPreflight = await h.call('OPTIONS', path, {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(badPreflight.status).toBe(403);
    expect(
      (await h.call('GET', '/api/cameras', { headers: { Origin: 'https://evil.example' } })).status,
    ).toBe(200);
  });

  it('a LAN bind requires a token: 401 without, Bearer or ?token= (EventSource) with, then the cookie', async () => {
    const h = await harness({ host: '0.0.0.0', token: 'correct-horse-battery' });
    const none = await h.call('GET', '/api/server/status', {
      headers: { Host: `127.0.0.1:${h.server.port}` },
    });
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ success: false, code: 'UNAUTHORIZED' });
    const wrong = await h.call('GET', '/api/server/status', { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const bearer = await h.call('GET', '/api/server/status', {
      headers: { Authorization: 'Bearer correct-horse-battery' },
    });
    expect(bearer.status).toBe(200);
    const es = await SseTestClient.open(`${h.url}/api/events?token=correct-horse-battery`);
    expect(es.status).toBe(200);
    const cookie = String(es.headers['set-cookie']).split(';')[0];
    es.close();
    expect(cookie).toBe('tether_token=correct-horse-battery');
    expect((await h.call('GET', '/api/cameras', { headers: { Cookie: cookie } })).status).toBe(200);
    const noTokenStream = await SseTestClient.open(`${h.url}/api/events`);
    expect(noTokenStream.status).toBe(401);
    noTokenStream.close();
  });

  it('will not bind a non-loopback address without a token', async () => {
    await expect(startHarness({ server: { host: '0.0.0.0' } })).rejects.toThrow(/token is required/);
  });
});
