import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaRoutes as A } from '../../../shared/api/alpha-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';
import { SseTestClient } from '../testing/sse-test-client';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });

beforeAll(async () => {
  h = await startHarness();
  id = h.cameraId;
});
afterAll(() => h.close());

/** A valid 17³ .cube LUT. */
function cube(): string {
  const rows: string[] = ['TITLE "Test LUT"', 'LUT_3D_SIZE 17'];
  for (let b = 0; b < 17; b++)
    for (let g = 0; g < 17; g++) for (let r = 0; r < 17; r++) rows.push(`${r / 16} ${g / 16} ${b / 16}`);
  return rows.join('\n');
}

describe('Alpha API: SD card', () => {
  it('needs remote-transfer or contents mode (400 in remote), 404 for an unknown camera, 400 for slot 3', async () => {
    await h.connectRemote('remote');
    const wrong = await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } });
    expect(wrong.status).toBe(400);
    expect(body(wrong).code).toBe('WRONG_CONNECTION_MODE');
    expect(
      (await callRoute(h, A.listSDCardFiles, { params: { cameraId: 'NOPE', slotNumber: 1 } })).status,
    ).toBe(404);
    expect((await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 3 } })).status).toBe(400);
    await h.studio.cameras.disconnect(id);
  });

  it('lists files with the Alpha field names', async () => {
    await h.connectRemote('remote-transfer');
    const list = body(await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } }));
    expect(list.slot).toBe(1);
    expect(list.file_count).toBe(list.files.length);
    expect(list.files.length).toBeGreaterThan(0);
    expect(list.files[0]).toMatchObject({
      content_id: expect.any(Number),
      file_id: expect.any(Number),
      file_path: expect.stringMatching(/DCIM\//),
      file_size: expect.any(Number),
      creation_year: expect.any(Number),
    });
  });

  it('download goes through the transfer queue: 202, transferProgress to 100, downloadComplete, file on disk', async () => {
    const f = body(await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } })).files[0];
    const events = await SseTestClient.open(
      `${h.url}/api/cameras/${id}/events?events=transferProgress,downloadComplete`,
    );
    await events.nextEvent('connected');
    const dest = join(h.dir, 'pulled');
    mkdirSync(dest);
    const params = { ...p(), slotNumber: 1, contentId: f.content_id, fileId: f.file_id };
    const res = await callRoute(h, A.downloadSDCardFile, { params, body: { save_path: dest } });
    expect(res.status).toBe(202);
    expect(body(res).data.jobs).toHaveLength(1);
    const done = await events.nextEvent('downloadComplete', 0, 20_000);
    const saved = JSON.parse(done.data).savedPath as string;
    expect(saved.startsWith(dest)).toBe(true);
    expect(statSync(saved).size).toBe(f.file_size);
    const progress = events.events
      .filter((m) => m.event === 'transferProgress')
      .map((m) => JSON.parse(m.data));
    expect(progress.at(-1)).toMatchObject({
      cameraId: id,
      contentId: f.content_id,
      fileId: f.file_id,
      percent: 100,
      notify: '0x20093',
      savedPath: saved,
      filename: saved,
    });
    expect(JSON.parse(done.data)).toMatchObject({ filename: saved, savedPath: saved, type: 'image' });
    events.close();
    const missing = await callRoute(h, A.downloadSDCardFile, { params: { ...params, contentId: 999_999 } });
    expect(missing.status).toBe(400);
    const relative = await callRoute(h, A.downloadSDCardFile, {
      params,
      body: { save_path: 'relative/dir' },
    });
    expect(relative.status).toBe(400);
  });

  it('thumbnail and screennail: 202, a JPEG never overwritten, completion delivered as transferProgress over SSE', async () => {
    const f = body(await callRoute(h, A.listSDCardFiles, { params: { ...p(), slotNumber: 1 } })).files[0];
    const params = { ...p(), slotNumber: 1, contentId: f.content_id, fileId: f.file_id };
    const dest = join(h.dir, 'previews');
    const events = await SseTestClient.open(`${h.url}/api/cameras/${id}/events?events=transferProgress`);
    await events.nextEvent('connected');
    for (const route of [A.downloadSDCardThumbnail, A.downloadSDCardScreennail, A.downloadSDCardThumbnail]) {
      const from = events.events.length;
      const res = await callRoute(h, route, { params, body: { save_path: dest } });
      expect(res.status).toBe(202);
      const b = body(res);
      expect(b.type).toBe(route === A.downloadSDCardScreennail ? 'screennail' : 'thumbnail');
      const bytes = readFileSync(b.data.path);
      expect(bytes[0]).toBe(0xff);
      expect(bytes[1]).toBe(0xd8);
      // What the Alpha server's MCP client waits for: percent 100 with the saved path.
      expect(JSON.parse((await events.nextEvent('transferProgress', from)).data)).toEqual({
        cameraId: id,
        contentId: f.content_id,
        fileId: f.file_id,
        percent: 100,
        notify: '0x20093',
        savedPath: b.data.path,
        filename: b.data.path,
      });
    }
    events.close();
    const names = readdirSync(dest).sort();
    expect(names).toHaveLength(3);
    expect(names.some((n) => /_thumbnail-1\.jpg$/.test(n))).toBe(true);
  });
});

describe('Alpha API: settings', () => {
  it('save-info: get, set (absolute path only), read back', async () => {
    const before = body(await callRoute(h, A.getSaveInfo, { params: p() }));
    expect(before.data.path).toBeTruthy();
    const path = join(h.dir, 'auto-save');
    const set = await callRoute(h, A.setSaveInfo, { params: p(), body: { path, prefix: 'TST', startNo: 7 } });
    expect(set.status).toBe(200);
    expect(existsSync(path)).toBe(true);
    expect(body(await callRoute(h, A.getSaveInfo, { params: p() })).data).toEqual({
      path,
      prefix: 'TST',
      startNo: 7,
    });
    for (const bad of [{}, { path: 'relative' }, { path, startNo: 0 }, { path, prefix: 'a/b' }]) {
      expect((await callRoute(h, A.setSaveInfo, { params: p(), body: bad })).status).toBe(400);
    }
  });

  it('settings download → files → upload; SSE gets downloadComplete and settingsResult', async () => {
    const events = await SseTestClient.open(`${h.url}/api/events?events=downloadComplete,settingsResult`);
    await events.nextEvent('connected');
    expect(body(await callRoute(h, A.listSettingsFiles, { params: p() })).files).toEqual([]);
    const down = body(
      await callRoute(h, A.downloadCameraSettings, { params: p(), body: { filename: 'STUDIO.DAT' } }),
    );
    expect(down.data.filename).toBe('STUDIO.DAT');
    expect(statSync(down.data.path).size).toBeGreaterThan(0);
    expect(JSON.parse((await events.nextEvent('downloadComplete')).data)).toMatchObject({
      cameraId: id,
      filename: down.data.path,
      savedPath: down.data.path,
      type: 'settings',
    });
    const again = body(
      await callRoute(h, A.downloadCameraSettings, { params: p(), body: { filename: 'STUDIO.DAT' } }),
    );
    expect(again.data.filename).toBe('STUDIO-1.DAT');
    const files = body(await callRoute(h, A.listSettingsFiles, { params: p() }));
    expect(files).toMatchObject({ files: ['STUDIO-1.DAT', 'STUDIO.DAT'], count: 2 });
    const up = body(
      await callRoute(h, A.uploadCameraSettings, { params: p(), body: { filename: 'STUDIO.DAT' } }),
    );
    expect(up.data.warning).toMatch(/reboots/);
    expect(JSON.parse((await events.nextEvent('settingsResult')).data)).toEqual({
      cameraId: id,
      operation: 'read',
      success: true,
    });
    events.close();
    expect((await callRoute(h, A.uploadCameraSettings, { params: p(), body: {} })).status).toBe(400);
    expect(
      (await callRoute(h, A.uploadCameraSettings, { params: p(), body: { filename: '../../etc/passwd' } }))
        .status,
    ).toBe(400);
    expect(
      (await callRoute(h, A.uploadCameraSettings, { params: p(), body: { filename: 'NOPE.DAT' } })).status,
    ).toBe(400);
  });

  it('LUT import: 202 for a valid .cube, 400 for bad path, extension, slot or content', async () => {
    const good = join(h.dir, 'look.cube');
    writeFileSync(good, cube());
    const ok = await callRoute(h, A.importLUT, { params: p(), body: { filePath: good, slot: 3 } });
    expect(ok.status).toBe(202);
    expect(body(ok).data).toEqual({ slot: 3, file: good });
    const broken = join(h.dir, 'broken.cube');
    writeFileSync(broken, 'LUT_3D_SIZE 17\n1 2\n');
    for (const bad of [
      { filePath: join(h.dir, 'missing.cube') },
      { filePath: good, slot: 17 },
      { filePath: join(h.dir, 'x.txt') },
      { filePath: broken },
      {},
    ]) {
      expect((await callRoute(h, A.importLUT, { params: p(), body: bad })).status).toBe(400);
    }
  });
});
