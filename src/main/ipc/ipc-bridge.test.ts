import { describe, expect, it, vi } from 'vitest';
import type { CameraInfo, LiveViewFrame } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import { NATIVE_METHODS, STUDIO_METHODS } from '../../shared/ipc-contract';
import type { ClientFrame } from '../../shared/studio-client';
import { createTetherApi } from '../../preload/bridge/api';
import type { Studio } from '../app/studio';
import { EventBus } from '../core/event-bus';
import { IpcBridge, type NativeHandlers } from './ipc-bridge';
import { SenderPolicy } from './sender-policy';
import { createStudioHandlers } from '../app/studio-handlers';
import { FakeIpcMain, FakeRenderer } from './testing/fake-ipc';
import { TypedIpcMain } from './typed-ipc-main';

vi.mock('electron', () => ({ ipcMain: {} }));

const OURS = 'file:///app/out/renderer/index.html';
const CAMERA: CameraInfo = {
  id: 'sim-1',
  model: 'ILCE-7M4',
  serial: '0001',
  connectionType: 'USB',
  connected: true,
  driver: 'sim',
};

/** Just enough Studio for the adapter: real bus, fake services that record calls. */
function fakeStudio() {
  const bus = new EventBus();
  const frameConsumers = new Set<(frame: LiveViewFrame) => void>();
  const calls: unknown[][] = [];
  const studio = {
    bus,
    status: (server: unknown) => ({
      version: '0.1.0',
      driver: { kind: 'sim', requested: 'auto', reason: 'no SDK', sdkVersion: 'sim' },
      uptime: 1,
      server,
    }),
    cameras: { list: async () => [CAMERA] },
    properties: {
      set: async (cameraId: string, name: string, value: string) => {
        calls.push(['set', cameraId, name, value]);
        if (value === '12800000')
          throw new TetherError(ErrorCode.ValueNotAvailable, 'ISO 12800000 is not available');
        return { name, value };
      },
    },
    capture: { capture: async (...args: unknown[]) => void calls.push(['capture', ...args]) },
    liveView: {
      subscribe: (_cameraId: string, consumer: (frame: LiveViewFrame) => void) => {
        frameConsumers.add(consumer);
        return () => frameConsumers.delete(consumer);
      },
      status: () => ({ enabled: true, streaming: frameConsumers.size > 0, consumers: frameConsumers.size }),
    },
  };
  let seq = 0;
  const emitFrame = (): number => {
    seq += 1;
    const frame = {
      cameraId: 'sim-1',
      seq,
      timestamp: seq,
      width: 1024,
      height: 680,
      jpeg: Buffer.from([0xff, 0xd8, seq & 0xff, 0xff, 0xd9]),
    };
    for (const consumer of frameConsumers) consumer(frame);
    return seq;
  };
  return { studio: studio as unknown as Studio, bus, calls, frameConsumers, emitFrame };
}

function setup() {
  const fake = fakeStudio();
  const raw = new FakeIpcMain();
  const policy = new SenderPolicy((url) => url === OURS);
  const native = {
    startDrag: vi.fn(async () => {}),
    chooseFolder: vi.fn(async () => '/picked'),
    reveal: vi.fn(async () => {}),
  };
  const bridge = new IpcBridge(
    new TypedIpcMain(policy.check, raw),
    fake.studio,
    createStudioHandlers(fake.studio, () => ({ enabled: true, url: 'http://127.0.0.1:8080' })),
    native as unknown as NativeHandlers,
  );
  bridge.register();
  const renderer = new FakeRenderer(raw, 3, OURS);
  policy.allow(renderer.id);
  bridge.attach(renderer);
  return { ...fake, raw, bridge, renderer, native, api: createTetherApi(renderer.ipc) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('IPC bridge round trip (preload bridge ↔ typed ipcMain ↔ studio)', () => {
  it('registers one channel per contract method', () => {
    const { raw } = setup();
    const expected = [
      ...STUDIO_METHODS.map((m) => `tether:studio:${m}`),
      ...NATIVE_METHODS.map((m) => `tether:native:${m}`),
    ];
    expect([...raw.handlers.keys()].sort()).toEqual(expected.sort());
    expect(expected).toContain('tether:studio:listCameras');
    expect(expected).toHaveLength(52 + 3);
  });

  it('lists cameras and reports status through the studio services', async () => {
    const { api } = setup();
    expect(await api.studio.listCameras()).toEqual({ ok: true, value: [CAMERA] });
    const status = await api.studio.getStatus();
    expect(status.ok && status.value.server).toEqual({ enabled: true, url: 'http://127.0.0.1:8080' });
  });

  it('carries service errors and bad arguments back as error values', async () => {
    const { api, calls } = setup();
    expect(await api.studio.setProperty('sim-1', 'iso', '12800000')).toEqual({
      ok: false,
      error: { code: ErrorCode.ValueNotAvailable, message: 'ISO 12800000 is not available' },
    });
    const bad = await api.studio.capture('sim-1', { autofocus: 'yes' } as never);
    expect(bad.ok === false && bad.error.code).toBe(ErrorCode.InvalidArgument);
    expect(calls).toEqual([['set', 'sim-1', 'iso', '12800000']]);
  });

  it('passes native calls the calling WebContents', async () => {
    const { api, native, renderer } = setup();
    expect(await api.native.chooseFolder({ title: 'Session folder' })).toEqual({
      ok: true,
      value: '/picked',
    });
    await api.native.startDrag({ kind: 'shot', shotId: 's-1' });
    expect(native.startDrag).toHaveBeenCalledWith({ sender: renderer }, { kind: 'shot', shotId: 's-1' });
    const relative = await api.native.reveal('photos/a.jpg');
    expect(relative.ok === false && relative.error.code).toBe(ErrorCode.InvalidArgument);
  });

  it('forwards studio events to the page', async () => {
    const { api, bus } = setup();
    const seen: StudioEvent[] = [];
    const off = api.on('event', (e) => seen.push(e));
    bus.emit('propertyChanged', { cameraId: 'sim-1', codes: [0x0101] });
    await tick();
    off();
    bus.emit('cameraRemoved', { cameraId: 'sim-1' });
    await tick();
    expect(seen).toEqual([{ event: 'propertyChanged', data: { cameraId: 'sim-1', codes: [0x0101] } }]);
  });

  it('streams binary frames, one in flight, the newest after each ack, and stops the hub on unsubscribe', async () => {
    const { api, emitFrame, frameConsumers, bridge, renderer } = setup();
    const frames: ClientFrame[] = [];
    const off = api.frames.subscribe('sim-1', (f) => frames.push(f));
    await tick();
    expect(frameConsumers.size).toBe(1);

    // The renderer is "busy" until the microtasks run: main must hold back all but the newest frame.
    const first = emitFrame();
    emitFrame();
    const newest = emitFrame();
    expect(renderer.received.filter((m) => m.channel === 'tether:frame')).toHaveLength(1);
    await tick(); // first frame delivered → ack → newest pending frame sent
    await tick();
    expect(frames.map((f) => f.seq)).toEqual([first, newest]);
    expect(frames[0].jpeg).toBeInstanceOf(Uint8Array);
    expect(frames[0].jpeg[0]).toBe(0xff);
    expect(bridge.frameStats(renderer.id)).toEqual({ sent: 2, dropped: 1 });

    off();
    await tick();
    expect(frameConsumers.size).toBe(0);
  });

  it('drops everything for a window that is detached', async () => {
    const { api, bridge, renderer, frameConsumers, bus } = setup();
    api.frames.subscribe('sim-1', () => {});
    await tick();
    bridge.dispose();
    expect(frameConsumers.size).toBe(0);
    bus.emit('cameraRemoved', { cameraId: 'sim-1' });
    expect(renderer.received.filter((m) => m.channel === 'tether:event')).toHaveLength(0);
  });
});
