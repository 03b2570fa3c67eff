/**
 * The StudioClient conformance suite: the behaviour every StudioClient shows, written only against the
 * interface. It runs against the IPC client (real studio, fake ipcMain), the HTTP client (real studio and
 * server on an ephemeral port) and the renderer's in-memory fake (`src/conformance/*.conformance.test.ts`),
 * so the fake cannot drift from what the transports really answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cameraInfoSchema } from '../camera-types';
import { ErrorCode } from '../errors';
import { studioStatusSchema } from '../studio-types';
import { cameraConformance } from './conformance-camera';
import { EventRecorder, callLoosely, expectCode, type ClientUnderTest } from './conformance-helpers';
import { proConformance } from './conformance-pro';
import { recoveryConformance } from './conformance-recovery';
import { sessionConformance } from './conformance-session';

export type { ClientUnderTest } from './conformance-helpers';

/** Registers the suite; each test gets a fresh client from `make`. */
export function runStudioClientConformance(name: string, make: () => Promise<ClientUnderTest>): void {
  describe(`StudioClient conformance: ${name}`, () => {
    const ctx = { t: {} as ClientUnderTest };
    beforeEach(async () => {
      ctx.t = await make();
    });
    afterEach(async () => {
      await ctx.t.cleanup();
    });

    it('reports its status and lists cameras in the shared shapes', async () => {
      const { client } = ctx.t;
      expect(studioStatusSchema.safeParse(await client.getStatus()).success).toBe(true);
      const cameras = await client.listCameras();
      expect(cameras.length).toBeGreaterThan(0);
      for (const c of cameras) expect(cameraInfoSchema.safeParse(c).success).toBe(true);
      expect(new Set(cameras.map((c) => c.id)).size).toBe(cameras.length);
      expect(cameras.every((c) => !c.connected)).toBe(true);
    });

    it('connects and disconnects, announcing it on the event stream', async () => {
      const { client } = ctx.t;
      const events = new EventRecorder(client);
      await ctx.t.eventsReady?.();
      const [camera] = await client.listCameras();
      const connected = await client.connect(camera.id, 'remote');
      expect(connected).toMatchObject({ id: camera.id, connected: true, mode: 'remote' });
      await events.next('connectionState', (e) => e.cameraId === camera.id && e.state === 'connected');
      expect((await client.listCameras()).find((c) => c.id === camera.id)).toMatchObject({ connected: true });
      // Idempotent, as the Alpha server: a connected camera stays connected in the mode it has.
      expect(await client.connect(camera.id, 'contents')).toMatchObject({ connected: true, mode: 'remote' });
      await client.disconnect(camera.id);
      await events.next('connectionState', (e) => e.cameraId === camera.id && e.state === 'disconnected');
      expect((await client.listCameras()).find((c) => c.id === camera.id)?.connected).toBe(false);
      await client.disconnect(camera.id);
      expect((await client.listCameras()).find((c) => c.id === camera.id)?.connected).toBe(false);
      await expectCode(client.getProperties(camera.id), ErrorCode.NotConnected);
      await expectCode(client.connect('NO-SUCH-CAMERA', 'remote'), ErrorCode.CameraNotFound);
      events.close();
    });

    it('refuses malformed arguments with INVALID_ARGUMENT before anything runs', async () => {
      const { client } = ctx.t;
      const [camera] = await client.listCameras();
      const id = camera.id;
      const bad: [keyof typeof client, ...unknown[]][] = [
        ['connect', id, 'mtp'],
        ['connect', 'bad id!', 'remote'],
        ['setProperty', id, 'iso', ''],
        ['capture', id, { autofocus: true, burst: 3 }],
        ['sendCommand', id, { type: 'selfDestruct' }],
        ['setAfAreaPosition', id, { x: 1.5, y: 0 }],
        ['listCardFiles', id, 3],
        ['pullCardFiles', id, []],
        ['pullCardFiles', id, [{ slot: 1, contentId: 1, fileId: 0 }], { destDir: 'relative/dir' }],
        ['createSession', '../escape'],
        ['setNamingTemplate', 'a/b{ext}'],
        ['previewName', ''],
        ['getShotImage', 'shot-1', 'huge'],
        ['setSessionRoot', 'relative/dir'],
        ['setSessionRoot', '/a\u0000b'],
      ];
      for (const [method, ...args] of bad) {
        const err = await expectCode(callLoosely(client, method, ...args), ErrorCode.InvalidArgument);
        expect(err.message, `${method}(${JSON.stringify(args)})`).toMatch(/\w/);
      }
      expect((await client.listCameras()).find((c) => c.id === id)?.connected).toBe(false);
    });

    it('reports its link to the studio: up once events flow; reconnectNow is harmless while up', async () => {
      const { client } = ctx.t;
      const events = new EventRecorder(client);
      await ctx.t.eventsReady?.();
      const states: string[] = [];
      const off = client.subscribeLink((link) => {
        states.push(link.state);
        if (link.state === 'up') expect(link).toEqual({ state: 'up', retryAt: null, attempts: 0 });
      });
      // Called at once with the current state; the first event (or the stream's handshake) means up.
      expect(states.length).toBeGreaterThan(0);
      const [camera] = await client.listCameras();
      await client.connect(camera.id, 'remote');
      await events.next('connectionState', (e) => e.cameraId === camera.id && e.state === 'connected');
      expect(states.at(-1)).toBe('up');
      client.reconnectNow();
      await client.disconnect(camera.id);
      await events.next('connectionState', (e) => e.cameraId === camera.id && e.state === 'disconnected');
      expect(states.at(-1)).toBe('up');
      expect(states).not.toContain('down');
      off();
      events.close();
    });

    cameraConformance(ctx);
    sessionConformance(ctx);
    proConformance(ctx);
    recoveryConformance(ctx);
  });
}
