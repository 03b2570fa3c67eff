import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioMethodRoutes as M } from '../../../shared/api/studio-method-routes';
import { studioExtraRoutes as X } from '../../../shared/api/studio-routes';
import { type Harness, startHarness } from '../testing/contract-harness';
import { body, callRoute } from '../testing/route-call';

let h: Harness;
let id: string;
const p = () => ({ cameraId: id });

beforeAll(async () => {
  h = await startHarness();
  id = h.cameraId;
});
afterAll(() => h.close());

describe('Studio extensions: one REST call per StudioClient method', () => {
  it('status, cameras, connect/disconnect', async () => {
    const status = body(await callRoute(h, M.getStatus)).data;
    expect(status).toMatchObject({ driver: { kind: 'sim' }, server: { enabled: true, url: h.url } });
    expect(body(await callRoute(h, M.listCameras)).data[0]).toMatchObject({ id, driver: 'sim' });
    const cam = body(await callRoute(h, M.connect, { params: p(), body: { mode: 'remote-transfer' } })).data;
    expect(cam).toMatchObject({ id, connected: true, mode: 'remote-transfer' });
    expect((await callRoute(h, M.connect, { params: p(), body: { mode: 'x' } })).status).toBe(400);
    expect((await callRoute(h, M.disconnect, { params: p() })).status).toBe(200);
    expect((await callRoute(h, M.disconnect, { params: { cameraId: 'NOPE' } })).status).toBe(404);
    // One schema for both transports: without a mode, the previous connection's mode comes back.
    expect(body(await callRoute(h, M.listCameras)).data[0]).toMatchObject({ lastMode: 'remote-transfer' });
    const again = await callRoute(h, M.connect, { params: p(), body: {} });
    expect(body(again).data).toMatchObject({ connected: true, mode: 'remote-transfer' });
    await callRoute(h, M.disconnect, { params: p() });
    await callRoute(h, M.connect, { params: p(), body: { mode: 'remote' } });
  });

  it('properties, capture, commands, AF area, focus frames, live-view status', async () => {
    await callRoute(h, M.setProperty, {
      params: { ...p(), name: 'priority-key' },
      body: { value: 'pc-remote' },
    });
    const props = body(await callRoute(h, M.getProperties, { params: p() })).data;
    expect(props.find((v: { name: string }) => v.name === 'iso')).toMatchObject({
      label: expect.any(String),
      hex: expect.any(String),
    });
    const iso = body(
      await callRoute(h, M.setProperty, {
        params: { ...p(), name: 'iso' },
        body: { value: 'ISO 1600' },
      }),
    );
    expect(iso.data.formatted).toBe('ISO 1600');
    expect(
      (await callRoute(h, M.setProperty, { params: { ...p(), name: 'iso' }, body: { value: 'ISO 3' } }))
        .status,
    ).toBe(400);
    const landed = h.studio.bus.waitFor('transferDone', (j) => j.cameraId === id, 20_000);
    const shot = body(await callRoute(h, M.capture, { params: p(), body: { autofocus: true } }));
    expect(shot.data).toEqual({ focused: true });
    await landed;
    expect(
      (await callRoute(h, M.sendCommand, { params: p(), body: { type: 'touch', x: 10, y: 10 } })).status,
    ).toBe(200);
    expect((await callRoute(h, M.sendCommand, { params: p(), body: { type: 'warp' } })).status).toBe(400);
    expect((await callRoute(h, M.setAfAreaPosition, { params: p(), body: { x: 0.5, y: 0.5 } })).status).toBe(
      200,
    );
    expect((await callRoute(h, M.setAfAreaPosition, { params: p(), body: { x: 5, y: 0.5 } })).status).toBe(
      400,
    );
    expect(Array.isArray(body(await callRoute(h, M.getFocusFrames, { params: p() })).data)).toBe(true);
    expect(body(await callRoute(h, M.getLiveViewStatus, { params: p() })).data).toEqual({
      enabled: expect.any(Boolean),
      streaming: false,
    });
    expect((await callRoute(h, M.getLiveViewStatus, { params: { cameraId: 'NOPE' } })).status).toBe(404);
  });

  it('sessions: create, list, active, switch; naming template get/set/preview', async () => {
    const created = await callRoute(h, M.createSession, { body: { name: 'Portraits' } });
    expect(created.status).toBe(201);
    const session = body(created).data;
    expect(body(await callRoute(h, M.getActiveSession)).data.id).toBe(session.id);
    const all = body(await callRoute(h, M.listSessions)).data;
    expect(all.length).toBeGreaterThanOrEqual(2);
    const other = all.find((s: { id: string }) => s.id !== session.id);
    expect(body(await callRoute(h, M.switchSession, { params: { sessionId: other.id } })).data.id).toBe(
      other.id,
    );
    await callRoute(h, M.switchSession, { params: { sessionId: session.id } });
    expect((await callRoute(h, M.switchSession, { params: { sessionId: 'nope' } })).status).toBe(404);
    expect((await callRoute(h, M.createSession, { body: { name: '../evil' } })).status).toBe(400);
    const set = body(
      await callRoute(h, M.setNamingTemplate, { body: { template: '{session}-{seq:3}{ext}' } }),
    ).data;
    expect(set.template).toBe('{session}-{seq:3}{ext}');
    expect(body(await callRoute(h, X.studioGetTemplate)).data).toEqual({
      template: '{session}-{seq:3}{ext}',
      sessionId: session.id,
    });
    const preview = body(
      await callRoute(h, M.previewName, {
        query: `template=${encodeURIComponent('{session}_{seq:4}{ext}')}`,
      }),
    );
    expect(preview.data).toMatch(/^Portraits_\d{4}\.JPG$/i);
    expect((await callRoute(h, M.setNamingTemplate, { body: { template: 'a/b{ext}' } })).status).toBe(400);
    expect((await callRoute(h, M.previewName)).status).toBe(400);
  });

  it('card: slots, files, image, pull several files; transfers list/cancel/retry; history', async () => {
    await h.studio.cameras.disconnect(id);
    await h.connectRemote('remote-transfer');
    const slots = body(await callRoute(h, M.getCardSlots, { params: p() })).data;
    expect(slots[0]).toMatchObject({ slot: 1, status: 'ok' });
    const files = body(await callRoute(h, M.listCardFiles, { params: { ...p(), slot: 1 } })).data;
    const [a, b] = files;
    const img = await callRoute(h, M.getCardImage, {
      params: { ...p(), slot: 1, contentId: a.contentId, fileId: a.fileId, kind: 'thumbnail' },
    });
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect(img.body[0]).toBe(0xff);
    const refs = [a, b].map((f: { slot: number; contentId: number; fileId: number }) => ({
      slot: f.slot,
      contentId: f.contentId,
      fileId: f.fileId,
    }));
    const doneAll = Promise.all(
      refs.map((r) =>
        h.studio.bus.waitFor(
          'transferDone',
          (j) =>
            j.source.kind === 'card' && j.source.contentId === r.contentId && j.source.fileId === r.fileId,
          20_000,
        ),
      ),
    );
    const pulled = await callRoute(h, M.pullCardFiles, { params: p(), body: { refs } });
    expect(pulled.status).toBe(202);
    const jobs = body(pulled).data;
    expect(jobs).toHaveLength(2);
    await doneAll;
    const list = body(await callRoute(h, M.listTransfers)).data;
    expect(
      list.filter(
        (j: { id: string; state: string }) =>
          jobs.some((x: { id: string }) => x.id === j.id) && j.state === 'done',
      ),
    ).toHaveLength(2);
    expect(body(await callRoute(h, X.studioTransferHistory)).data.length).toBeGreaterThanOrEqual(2);
    // Cancel a queued pull (the queue is serial per camera, so the last of three waits), then retry it.
    const big = [...files].sort((x: { size: number }, y: { size: number }) => y.size - x.size).slice(0, 3);
    const trio = body(
      await callRoute(h, M.pullCardFiles, {
        params: p(),
        body: {
          refs: big.map((f: { slot: number; contentId: number; fileId: number }) => ({
            slot: f.slot,
            contentId: f.contentId,
            fileId: f.fileId,
          })),
        },
      }),
    ).data;
    const last = trio[2].id as string;
    const cancelled = body(await callRoute(h, M.cancelTransfer, { params: { jobId: last } })).data;
    expect(cancelled).toMatchObject({ id: last, state: 'cancelled' });
    const redone = h.studio.bus.waitFor('transferDone', (j) => j.id === last, 20_000);
    const retried = body(await callRoute(h, M.retryTransfer, { params: { jobId: last } })).data;
    expect(['queued', 'running', 'done']).toContain(retried.state);
    expect((await redone).state).toBe('done');
    expect((await callRoute(h, M.cancelTransfer, { params: { jobId: 'nope' } })).status).toBe(404);
    expect((await callRoute(h, M.retryTransfer, { params: { jobId: 'nope' } })).status).toBe(404);
    expect((await callRoute(h, M.pullCardFiles, { params: p(), body: { refs: [] } })).status).toBe(400);
  });

  it('shots: list, thumbnail, preview, full, file download', async () => {
    const shots = body(await callRoute(h, M.listShots)).data;
    expect(shots.length).toBeGreaterThan(0);
    const s = shots[0];
    const thumb = await callRoute(h, M.getShotImage, { params: { shotId: s.id, kind: 'thumbnail' } });
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const file = await callRoute(h, X.studioShotFile, { params: { shotId: s.id } });
    expect(file.body.length).toBe(s.size);
    expect(String(file.headers['content-disposition'])).toContain('attachment');
    // Every pixel for review at 100 %: a JPEG shot's own bytes.
    const full = await callRoute(h, M.getShotImage, { params: { shotId: s.id, kind: 'full' } });
    expect(full.headers['content-type']).toBe('image/jpeg');
    if (s.kind === 'jpeg') expect(Buffer.compare(full.body, file.body)).toBe(0);
    else expect(full.body.length).toBeGreaterThan(0);
    expect((await callRoute(h, M.getShotImage, { params: { shotId: 'nope', kind: 'preview' } })).status).toBe(
      404,
    );
    expect((await callRoute(h, M.getShotImage, { params: { shotId: s.id, kind: 'huge' } })).status).toBe(400);
  });

  it('session root: PUT /api/studio/session-root moves it (validated); GET /api/studio/settings reports it', async () => {
    expect(body(await callRoute(h, M.getStudioSettings)).data).toEqual({
      sessionRoot: join(h.dir, 'sessions'),
      namingTemplate: expect.stringContaining('{seq'),
    });
    const active = body(await callRoute(h, M.getActiveSession)).data;
    const target = join(h.dir, 'moved', 'root');
    const moved = await callRoute(h, M.setSessionRoot, { body: { path: target } });
    expect(moved.status).toBe(200);
    expect(body(moved).data).toMatchObject({ name: active.name, folder: join(target, active.name) });
    expect(body(await callRoute(h, M.getStudioSettings)).data).toMatchObject({ sessionRoot: target });
    expect(body(await callRoute(h, M.getActiveSession)).data.folder).toBe(join(target, active.name));
    for (const bad of [{ path: 'relative/x' }, { path: '' }, { path: 42 }, {}]) {
      const refused = await callRoute(h, M.setSessionRoot, { body: bad });
      expect(refused.status).toBe(400);
      expect(body(refused)).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
    }
    expect((await callRoute(h, M.setSessionRoot)).status).toBe(400);
    expect(body(await callRoute(h, M.getStudioSettings)).data).toMatchObject({ sessionRoot: target });
  });

  it('default naming template: PUT /api/studio/settings/naming-template sets it (validated); new sessions start with it', async () => {
    const set = await callRoute(h, M.setDefaultTemplate, { body: { template: 'Smith_{seq:4}{ext}' } });
    expect(set.status).toBe(200);
    expect(body(set).data).toMatchObject({ namingTemplate: 'Smith_{seq:4}{ext}' });
    const created = await callRoute(h, M.createSession, { body: { name: 'Next day' } });
    expect(body(created).data).toMatchObject({ name: 'Next day', template: 'Smith_{seq:4}{ext}' });
    const refused = await callRoute(h, M.setDefaultTemplate, { body: { template: '{nope}{ext}' } });
    expect(refused.status).toBe(400);
    expect(body(refused)).toMatchObject({ success: false, code: 'INVALID_ARGUMENT' });
    expect(body(await callRoute(h, M.getStudioSettings)).data.namingTemplate).toBe('Smith_{seq:4}{ext}');
  });
});
