import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ErrorCode, TetherError } from '../../shared/errors';
import { studioArgSchemas } from '../../shared/ipc-contract';
import { SenderPolicy } from './sender-policy';
import { FakeIpcMain, FakeRenderer } from './testing/fake-ipc';
import { TypedIpcMain } from './typed-ipc-main';

// The real module would try to locate (and download) the Electron binary; these tests never touch it.
vi.mock('electron', () => ({ ipcMain: {} }));

const OURS = 'file:///app/out/renderer/index.html';

function setup() {
  const raw = new FakeIpcMain();
  const policy = new SenderPolicy((url) => url.split('#')[0] === OURS);
  const ipc = new TypedIpcMain(policy.check, raw);
  const renderer = new FakeRenderer(raw, 7, OURS);
  policy.allow(renderer.id);
  return { raw, policy, ipc, renderer };
}

describe('TypedIpcMain invoke handlers', () => {
  it('passes validated arguments to the implementation and wraps the value', async () => {
    const { ipc, renderer } = setup();
    const impl = vi.fn(
      async (_ctx: unknown, args: unknown[]) => `connected ${String(args[0])} in ${String(args[1])}`,
    );
    ipc.handle('studio', 'connect', studioArgSchemas.connect, impl);
    const result = await renderer.ipc.invoke('tether:studio:connect', ['cam-1', 'remote']);
    expect(result).toEqual({ ok: true, value: 'connected cam-1 in remote' });
    expect(impl).toHaveBeenCalledTimes(1);
  });

  it('rejects bad arguments with INVALID_ARGUMENT before the implementation runs', async () => {
    const { ipc, renderer } = setup();
    const impl = vi.fn(async () => 'never');
    ipc.handle('studio', 'connect', studioArgSchemas.connect, impl);
    for (const args of [['cam-1', 'usb-mass-storage'], [42, 'remote'], [], ['cam-1', 'remote', 'extra']]) {
      const result = (await renderer.ipc.invoke('tether:studio:connect', args)) as {
        ok: boolean;
        error?: { code: string; message: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe(ErrorCode.InvalidArgument);
      expect(result.error?.message).toMatch(/^connect: /);
    }
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects a foreign page, a subframe and an unknown window with FORBIDDEN', async () => {
    const { raw, ipc, renderer } = setup();
    const impl = vi.fn(async () => []);
    ipc.handle('studio', 'listCameras', studioArgSchemas.listCameras, impl);

    renderer.url = 'https://evil.example/index.html';
    expect(await renderer.ipc.invoke('tether:studio:listCameras', [])).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Forbidden },
    });

    renderer.url = OURS;
    renderer.isSubframe = true;
    expect(await renderer.ipc.invoke('tether:studio:listCameras', [])).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Forbidden },
    });

    const stranger = new FakeRenderer(raw, 99, OURS);
    expect(await stranger.ipc.invoke('tether:studio:listCameras', [])).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Forbidden },
    });
    expect(impl).not.toHaveBeenCalled();
  });

  it('turns thrown errors into error values with their shared code', async () => {
    const { ipc, renderer } = setup();
    ipc.handle('studio', 'disconnect', studioArgSchemas.disconnect, async () => {
      throw new TetherError(ErrorCode.NotConnected, 'camera cam-1 is not connected');
    });
    ipc.handle('studio', 'listCameras', studioArgSchemas.listCameras, async () => {
      throw new Error('boom');
    });
    expect(await renderer.ipc.invoke('tether:studio:disconnect', ['cam-1'])).toEqual({
      ok: false,
      error: { code: ErrorCode.NotConnected, message: 'camera cam-1 is not connected' },
    });
    expect(await renderer.ipc.invoke('tether:studio:listCameras', [])).toEqual({
      ok: false,
      error: { code: ErrorCode.Internal, message: 'boom' },
    });
  });

  it('refuses to register a channel twice and removes everything on dispose', () => {
    const { raw, ipc } = setup();
    ipc.handle('studio', 'getStatus', z.tuple([]), () => null);
    expect(() => ipc.handle('studio', 'getStatus', z.tuple([]), () => null)).toThrow(/twice/);
    ipc.on('tether:frames:ack', () => {});
    expect(raw.handlers.size).toBe(1);
    ipc.dispose();
    expect(raw.handlers.size).toBe(0);
    expect(raw.listeners.get('tether:frames:ack')?.size).toBe(0);
  });
});

describe('TypedIpcMain fire-and-forget channels', () => {
  it('delivers valid payloads from our renderer and drops foreign or malformed ones', async () => {
    const { raw, ipc, renderer } = setup();
    const seen: unknown[] = [];
    ipc.on('tether:frames:ack', (payload, sender) => seen.push([payload, sender.id]));
    const delivered = new Promise<void>((resolve) =>
      raw.on('tether:frames:ack', () => queueMicrotask(resolve)),
    );

    renderer.ipc.send('tether:frames:ack', { cameraId: 'cam-1', seq: -1 } as never);
    renderer.url = 'https://evil.example/';
    renderer.ipc.send('tether:frames:ack', { cameraId: 'cam-1', seq: 3 });
    renderer.url = OURS;
    renderer.ipc.send('tether:frames:ack', { cameraId: 'cam-1', seq: 4 });
    await delivered;
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([[{ cameraId: 'cam-1', seq: 4 }, 7]]);
  });
});
