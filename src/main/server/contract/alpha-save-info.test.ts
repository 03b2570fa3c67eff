import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';
import { SseTestClient } from '../testing/sse-test-client';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  h = await startHarness();
  id = h.cameraId;
});
afterAll(() => h.close());

describe('Alpha API: a client save-info folder next to the studio auto-import', () => {
  it('the shot lands in the client folder untouched, downloadComplete names it, the session gets a copy', async () => {
    await h.connectRemote('remote');
    const dest = { ...p(), propertyName: 'still-image-store-destination' };
    expect((await callRoute(h, A.setProperty, { params: dest, body: { value: 'host-pc' } })).status).toBe(
      200,
    );
    const clientDir = join(h.dir, 'client-save');
    const set = await callRoute(h, A.setSaveInfo, { params: p(), body: { path: clientDir, prefix: 'CLI' } });
    expect(set.status).toBe(200);
    expect(body(await callRoute(h, A.getSaveInfo, { params: p() })).data).toEqual({
      path: clientDir,
      prefix: 'CLI',
      startNo: 1,
    });

    const seen: { savedPath: string }[] = [];
    h.studio.bus.on('downloadComplete', (e) => seen.push(e));
    const events = await SseTestClient.open(`${h.url}/api/cameras/${id}/events?events=downloadComplete`);
    await events.nextEvent('connected');
    expect((await callRoute(h, A.triggerShutter, { params: p() })).status).toBe(200);
    const done = JSON.parse((await events.nextEvent('downloadComplete', 0, 20_000)).data);
    events.close();
    expect(dirname(done.savedPath)).toBe(clientDir);
    expect(done.filename).toBe(done.savedPath);
    expect(basename(done.filename)).toMatch(/^CLI\d{5}\.(JPG|ARW)$/);
    const clientHash = sha(done.savedPath);

    // Every file the camera wrote gets a session copy; the client's files stay where they are, unchanged.
    const clientFiles = () => readdirSync(clientDir).filter((f) => !f.endsWith('.part'));
    await expect
      .poll(async () => (await h.studio.sessions.shots()).length, { timeout: 20_000 })
      .toBe(clientFiles().length);
    expect(clientFiles()).toContain(basename(done.filename));
    expect(sha(done.savedPath)).toBe(clientHash);
    const copy = (await h.studio.sessions.shots()).find((s) => s.originalName === basename(done.filename));
    expect(copy?.path.startsWith(h.studio.sessions.active().folder)).toBe(true);
    expect(sha(copy?.path as string)).toBe(clientHash);
    // One downloadComplete per shot, naming the client's file (the session copy shows as transferDone).
    expect(seen.map((e) => dirname(e.savedPath))).toEqual(clientFiles().map(() => clientDir));
  });

  it('card downloads: into the client save-info (prefix, start number) for the Alpha API, the session for studio clients', async () => {
    await h.studio.cameras.disconnect(id);
    await h.connectRemote('remote-transfer');
    const clientDir = join(h.dir, 'card-save');
    const set = { path: clientDir, prefix: 'PULL', startNo: 42 };
    expect((await callRoute(h, A.setSaveInfo, { params: p(), body: set })).status).toBe(200);
    const files = body(await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } })).files;
    const ref = (f: { content_id: number; file_id: number }) => ({
      ...p(),
      slotNumber: 1,
      contentId: f.content_id,
      fileId: f.file_id,
    });
    const events = await SseTestClient.open(`${h.url}/api/cameras/${id}/events?events=downloadComplete`);
    await events.nextEvent('connected');
    const saved: string[] = [];
    for (const f of files.slice(0, 2)) {
      const from = events.events.length;
      expect((await callRoute(h, A.downloadSDCardFile, { params: ref(f) })).status).toBe(202);
      saved.push(JSON.parse((await events.nextEvent('downloadComplete', from, 20_000)).data).savedPath);
    }
    events.close();
    const ext = (f: { file_path: string }) => /\.[^.]+$/.exec(f.file_path)?.[0];
    const stem = (f: { file_path: string }) => f.file_path.replace(/\.[^.]+$/, '');
    // A RAW and a JPEG of one shot keep one number, as the camera names them.
    const second = stem(files[1]) === stem(files[0]) ? 42 : 43;
    expect(saved).toEqual([
      join(clientDir, `PULL00042${ext(files[0])}`),
      join(clientDir, `PULL000${second}${ext(files[1])}`),
    ]);
    expect(statSync(saved[0]).size).toBe(files[0].file_size);
    // A studio client (the window, IPC or /api/studio) pulls into the session under the template name.
    const [job] = await h.studio.transfers.pullCardFiles(id, [
      { slot: 1, contentId: files[0].content_id, fileId: files[0].file_id },
    ]);
    const done = await h.studio.bus.waitFor('transferDone', (j) => j.id === job.id);
    expect(done.targetPath?.startsWith(h.studio.sessions.active().folder)).toBe(true);
  });

  it('a 400 for a save-info path inside the studio staging area', async () => {
    const inside = join(h.studio.options.dataDir, 'staging', 'elsewhere');
    const res = await callRoute(h, A.setSaveInfo, { params: p(), body: { path: inside } });
    expect(res.status).toBe(400);
    expect(body(res).code).toBe('INVALID_ARGUMENT');
  });
});
