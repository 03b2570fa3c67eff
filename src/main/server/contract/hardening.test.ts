import { connect } from 'node:net';
import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { studioMethodRoutes as M } from '../../../shared/api/studio-method-routes';
import type { SessionService } from '../../session/session-service';
import { startServer } from '../server';
import type { ServerOptions } from '../server-options';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';

const opened: Harness[] = [];
afterAll(() => Promise.all(opened.map((h) => h.close())));
async function harness(server: Partial<ServerOptions> = {}): Promise<Harness> {
  const h = await startHarness({ server });
  opened.push(h);
  return h;
}

/** Opens a streaming GET and resolves with its status once the headers arrive (then closes it). */
function streamStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

/** Holds an MJPEG stream open until `close()`. */
function holdStream(url: string): Promise<{ status: number; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => resolve({ status: res.statusCode ?? 0, close: () => res.destroy() }));
    req.on('error', reject);
    req.end();
  });
}

describe('hardening (issue 12)', () => {
  it('item 1: serves, previews and drags only files inside the session folder (planted record, symlink out)', async () => {
    const h = await harness();
    const sessions = h.studio.sessions as SessionService;
    const active = sessions.active();
    const secret = join(h.dir, 'secret.txt');
    await writeFile(secret, 'private key');
    await symlink(secret, join(active.folder, 'LINK_0001.JPG'));
    const alloc = {
      seq: 1,
      fileName: 'LINK_0001.JPG',
      path: join(active.folder, 'LINK_0001.JPG'),
      sessionId: active.id,
    };
    const shot = await sessions.addShot(alloc, {
      size: 11,
      cameraId: 'x',
      originalName: 'a.jpg',
      kind: 'jpeg',
    });
    const file = await h.call('GET', `/api/studio/shots/${shot.id}/file`);
    expect(file.status).toBe(403);
    expect(file.body.toString()).not.toContain('private key');
    expect((await h.call('GET', `/api/studio/shots/${shot.id}/preview`)).status).toBe(403);
  });

  it('item 4: a folder under /proc answers a clear 400 at once instead of hanging', async () => {
    const h = await harness();
    const root = await callRoute(h, M.setSessionRoot, { body: { path: '/proc/tether-studio/shoots' } });
    expect(root.status).toBe(400);
    expect(body(root)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringMatching(/system folder/),
    });
    await h.connectRemote('remote-transfer');
    const [file] = await h.studio.cards.list(h.cameraId, 1);
    const ref = { slot: 1, contentId: file.contentId, fileId: file.fileId };
    const pull = await callRoute(h, M.pullCardFiles, {
      params: { cameraId: h.cameraId },
      body: { refs: [ref], options: { destDir: '/proc/self/tether' } },
    });
    expect(pull.status).toBe(400);
    expect(h.studio.transfers.list()).toEqual([]);
    await h.studio.cameras.disconnect(h.cameraId);
  });

  it('item 5: OS errors are IO_ERROR with the path and the reason, and a 4xx when the path is the problem', async () => {
    const h = await harness();
    await writeFile(join(h.dir, 'a-file'), 'x');
    const under = await callRoute(h, M.setSessionRoot, { body: { path: join(h.dir, 'a-file', 'shoots') } });
    expect(under.status).toBe(400);
    expect(body(under)).toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining(join(h.dir, 'a-file', 'shoots')),
      data: { errno: 'ENOTDIR' },
    });
    const isFile = await callRoute(h, M.setSessionRoot, { body: { path: join(h.dir, 'a-file') } });
    expect(isFile.status).toBe(400);
    expect(body(isFile).message).toMatch(/is a file, not a folder/);
    const windows = await callRoute(h, M.setSessionRoot, { body: { path: 'C:\\Shoots' } });
    expect(windows.status).toBe(process.platform === 'win32' ? 200 : 400);
  });

  it('item 4: a request whose body never completes is cut off (408), and a handler that never answers gets 503', async () => {
    const h = await harness({ requestTimeoutMs: 300, timeoutCheckIntervalMs: 100, handlerTimeoutMs: 300 });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(h.server.port, '127.0.0.1', () => {
        socket.write(
          `POST /api/studio/sessions HTTP/1.1\r\nHost: 127.0.0.1:${h.server.port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`,
        );
      });
      let got = '';
      socket.on('data', (d) => (got += d.toString()));
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    const sessions = h.studio.sessions as { create: (name: string) => Promise<unknown> };
    const original = sessions.create;
    sessions.create = () => new Promise(() => undefined);
    try {
      const stuck = await callRoute(h, M.createSession, { body: { name: 'Never' } });
      expect(stuck.status).toBe(503);
      expect(body(stuck)).toMatchObject({ code: 'TIMEOUT' });
    } finally {
      sessions.create = original;
    }
  });

  it('item 7: weak tokens are refused; the token never reaches the logs or /api/server/logs', async () => {
    const h = await harness();
    for (const weak of ['        ', 'aaaaaaaaaaaaaaaaaaaa', 'short-token'])
      await expect(startServer(h.studio, { port: 0, token: weak })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    const token = 'Vx9-kQ2_mP7-zR4_tW1-yL6';
    const server = await startServer(h.studio, { port: 0, token });
    try {
      const cameras = h.studio.cameras as { list: () => Promise<unknown> };
      const original = cameras.list;
      cameras.list = async () => {
        throw new Error('simulated fault');
      };
      const res = await fetch(`${server.url}/api/cameras?token=${token}`);
      cameras.list = original;
      expect(res.status).toBe(500);
      const logs = await (
        await fetch(`${server.url}/api/server/logs?lines=500&level=debug&token=${token}`)
      ).text();
      expect(logs).toContain('simulated fault');
      expect(logs).toContain('token=[redacted]');
      expect(logs).not.toContain(token);
      expect(JSON.stringify(await h.studio.diagnostics())).not.toContain(token);
    } finally {
      await server.close();
    }
  });

  it('item 8: a cross-site page cannot start live view with an <img> GET; MJPEG streams are capped', async () => {
    const h = await harness({ maxMjpegStreams: 1 });
    await h.connectRemote();
    const url = `${h.url}/api/cameras/${h.cameraId}/live-view/stream`;
    const foreign: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Dest': 'image', Referer: 'https://evil.example/page' },
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
      { Referer: 'http://localhost:9999/other-app' },
    ];
    for (const headers of foreign)
      expect(await streamStatus(url, headers), JSON.stringify(headers)).toBe(403);
    expect(await streamStatus(`${h.url}/api/cameras/${h.cameraId}/live-view/events`, foreign[0])).toBe(403);
    expect(h.studio.liveView.status(h.cameraId).streaming).toBe(false);
    // The studio's own page and scripts (no browser marks) are served.
    const first = await holdStream(url);
    expect(first.status).toBe(200);
    const second = await h.call('GET', `/api/cameras/${h.cameraId}/live-view/stream`, {
      headers: { 'Sec-Fetch-Site': 'same-origin', Referer: `${h.url}/` },
    });
    expect(second.status).toBe(429);
    expect(second.json).toMatchObject({ code: 'TOO_MANY_STREAMS' });
    first.close();
    await mkdir(join(h.dir, 'x'), { recursive: true });
  });
});
