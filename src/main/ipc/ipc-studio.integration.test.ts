import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StudioEvent } from '../../shared/events';
import type { ClientFrame } from '../../shared/studio-client';
import { createTetherApi, type TetherApi } from '../../preload/bridge/api';
import { createStudio } from '../app/create-studio';
import type { Studio } from '../app/studio';
import { resolveDragFile } from '../electron/drag-out';
import { LogBuffer } from '../core/logger';
import { IpcBridge, type NativeHandlers } from './ipc-bridge';
import { SenderPolicy } from './sender-policy';
import { createStudioHandlers } from '../app/studio-handlers';
import { FakeIpcMain, FakeRenderer } from './testing/fake-ipc';
import { TypedIpcMain } from './typed-ipc-main';

vi.mock('electron', () => ({ ipcMain: {} }));

// The IPC adapter over the REAL studio (simulated ILCE-7M4): proves the handler table maps every call onto
// the services as they behave, and that live view flows through the frame pump at camera rate.
const OURS = 'file:///app/out/renderer/index.html';
let dir: string;
let studio: Studio;
let api: TetherApi;
let bridge: IpcBridge;
const events: StudioEvent[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tether-ipc-studio-'));
  studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'shots'),
    driver: 'sim',
    simCameras: 1,
    simOptions: { saveRoot: join(dir, 'camera') },
    logs: new LogBuffer(200, null),
  });
  await studio.start();
  const raw = new FakeIpcMain();
  const policy = new SenderPolicy((url) => url === OURS);
  const native = {} as NativeHandlers; // not exercised here
  bridge = new IpcBridge(
    new TypedIpcMain(policy.check, raw),
    studio,
    createStudioHandlers(studio, () => ({ enabled: false, url: null })),
    native,
  );
  bridge.register();
  const renderer = new FakeRenderer(raw, 1, OURS);
  policy.allow(renderer.id);
  bridge.attach(renderer);
  api = createTetherApi(renderer.ipc);
  api.on('event', (e) => events.push(e));
}, 60_000);

afterAll(async () => {
  bridge?.dispose();
  await studio?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function value<T>(
  pending: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>,
): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('IPC bridge over the real studio', () => {
  it('lists the simulated body, reports status and the active session', async () => {
    const cameras = await value(api.studio.listCameras());
    expect(cameras.map((c) => c.model)).toEqual(['ILCE-7M4']);
    expect((await value(api.studio.getStatus())).driver.kind).toBe('sim');
    expect((await value(api.studio.getActiveSession())).folder.startsWith(join(dir, 'shots'))).toBe(true);
    expect(await value(api.studio.listShots())).toEqual([]);
  });

  it('connects, reads properties and sends the connection events to the page', async () => {
    const [camera] = await value(api.studio.listCameras());
    await value(api.studio.connect(camera.id, 'remote'));
    const names = (await value(api.studio.getProperties(camera.id))).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['iso', 'aperture', 'shutter-speed']));
    await vi.waitFor(() =>
      expect(events.some((e) => e.event === 'connectionState' && e.data.state === 'connected')).toBe(true),
    );
    const unknown = await api.studio.setProperty(camera.id, 'no-such-property', '1');
    expect(unknown.ok === false && unknown.error.code).toBe('UNKNOWN_PROPERTY');
  });

  it('streams live-view JPEG frames through the pump and stops the hub when the page lets go', async () => {
    const [camera] = await value(api.studio.listCameras());
    const frames: ClientFrame[] = [];
    const done = new Promise<void>((resolve) => {
      const off = api.frames.subscribe(camera.id, (f) => {
        frames.push(f);
        if (frames.length === 10) {
          off();
          resolve();
        }
      });
    });
    await done;
    expect(
      frames.every((f) => f.jpeg instanceof Uint8Array && f.jpeg[0] === 0xff && f.jpeg[1] === 0xd8),
    ).toBe(true);
    expect(frames.every((f, i) => i === 0 || f.seq > frames[i - 1].seq)).toBe(true);
    await vi.waitFor(() => expect(studio.liveView.status(camera.id).consumers).toBe(0));
  });

  it('pulls a card file through the transfer queue for a drag-out, then reuses it', async () => {
    const [camera] = await value(api.studio.listCameras());
    await value(api.studio.disconnect(camera.id));
    await value(api.studio.connect(camera.id, 'remote-transfer'));
    const [file] = await value(api.studio.listCardFiles(camera.id, 1));
    const ref = { slot: file.slot, contentId: file.contentId, fileId: file.fileId };
    const first = await resolveDragFile(studio, { kind: 'card', cameraId: camera.id, ref });
    await access(first.file);
    expect(events.some((e) => e.event === 'transferDone')).toBe(true);
    const again = await resolveDragFile(studio, { kind: 'card', cameraId: camera.id, ref });
    expect(again.file).toBe(first.file);
    expect(studio.transfers.list().filter((j) => j.source.kind === 'card')).toHaveLength(1);
  }, 60_000);

  it('moves the session root through setSessionRoot; bad arguments are INVALID_ARGUMENT before the studio runs', async () => {
    const before = await value(api.studio.getActiveSession());
    for (const bad of [['relative/dir'], [42], [], ['/a\u0000b']] as unknown[][]) {
      const refused = await (
        api.studio.setSessionRoot as (...a: unknown[]) => ReturnType<typeof api.studio.setSessionRoot>
      )(...bad);
      expect(refused.ok === false && refused.error.code).toBe('INVALID_ARGUMENT');
    }
    expect(await value(api.studio.getStudioSettings())).toMatchObject({ sessionRoot: join(dir, 'shots') });
    // Well-formed but refused by the service (a file, not a folder): the service's code and words cross.
    await writeFile(join(dir, 'a-file'), 'x');
    const file = await api.studio.setSessionRoot(join(dir, 'a-file'));
    expect(file.ok === false && file.error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: /not a folder/,
    });
    const moved = await value(api.studio.setSessionRoot(join(dir, 'elsewhere')));
    expect(moved).toMatchObject({ name: before.name, folder: join(dir, 'elsewhere', before.name) });
    expect(await value(api.studio.getStudioSettings())).toMatchObject({
      sessionRoot: join(dir, 'elsewhere'),
    });
    await vi.waitFor(() =>
      expect(events.some((e) => e.event === 'sessionChanged' && e.data.folder === moved.folder)).toBe(true),
    );
  });
});
