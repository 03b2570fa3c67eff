import { describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { MainEventMap, MainEventName, SendChannel } from '../../shared/ipc-contract';
import type { ClientFrame, StudioCommand } from '../../shared/studio-client';
import { createTetherApi } from '../../preload/bridge/api';
import type { RendererIpc } from '../../preload/bridge/renderer-ipc';
import { createIpcClient, detectIpcBridge, unwrapResult } from './ipc-client';

/** An in-memory preload bridge: the real `createTetherApi` over a fake main that answers from a table. */
function fakeBridge(answers: Record<string, (...args: unknown[]) => unknown>) {
  const invoked: [string, unknown[]][] = [];
  const sent: [SendChannel, unknown][] = [];
  const listeners = new Map<MainEventName, Set<(payload: unknown) => void>>();
  const ipc: RendererIpc = {
    async invoke(channel, args) {
      invoked.push([channel, args]);
      const answer = answers[channel];
      if (!answer)
        return { ok: false, error: { code: ErrorCode.Internal, message: `no handler for ${channel}` } };
      return answer(...args);
    },
    send(channel, payload) {
      sent.push([channel, payload]);
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener as (payload: unknown) => void);
      return () => listeners.get(event)?.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = <E extends MainEventName>(event: E, payload: MainEventMap[E]) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  return { api: createTetherApi(ipc), invoked, sent, emit, listeners };
}

const frame = (seq: number, cameraId = 'sim-1'): ClientFrame => ({
  cameraId,
  seq,
  timestamp: seq,
  width: 2,
  height: 2,
  jpeg: new Uint8Array([0xff, 0xd8, seq]),
});

describe('createIpcClient', () => {
  it('calls the contract channel with the arguments and resolves with the value', async () => {
    const { api, invoked } = fakeBridge({
      'tether:studio:listCameras': () => ({ ok: true, value: [{ id: 'sim-1' }] }),
      'tether:studio:capture': () => ({ ok: true, value: undefined }),
    });
    const client = createIpcClient(api);
    expect(client.transport).toBe('ipc');
    expect(await client.listCameras()).toEqual([{ id: 'sim-1' }]);
    await client.capture('sim-1', { autofocus: true });
    expect(invoked).toEqual([
      ['tether:studio:listCameras', []],
      ['tether:studio:capture', ['sim-1', { autofocus: true }]],
    ]);
  });

  it('rejects with a TetherError carrying the shared code and message', async () => {
    const { api } = fakeBridge({
      'tether:studio:setProperty': () => ({
        ok: false,
        error: { code: ErrorCode.PropertyNotWritable, message: 'Shutter is not writable in A mode' },
      }),
    });
    const error = await createIpcClient(api)
      .setProperty('sim-1', 'shutter-speed', '1/250')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TetherError);
    expect(error).toMatchObject({
      code: ErrorCode.PropertyNotWritable,
      message: 'Shutter is not writable in A mode',
    });
  });

  it('turns IPC failures and malformed results into INTERNAL errors', async () => {
    await expect(unwrapResult(Promise.reject(new Error('no handler')))).rejects.toMatchObject({
      code: ErrorCode.Internal,
      message: 'IPC call failed: no handler',
    });
    await expect(unwrapResult(Promise.resolve({ nope: 1 } as never))).rejects.toMatchObject({
      code: ErrorCode.Internal,
      message: 'malformed IPC result',
    });
    await expect(
      unwrapResult(Promise.resolve({ ok: false, error: { code: 'NOT_A_CODE', message: 'x' } } as never)),
    ).rejects.toMatchObject({ code: ErrorCode.Internal });
  });

  it('delivers studio events and unsubscribes', () => {
    const { api, emit } = fakeBridge({});
    const client = createIpcClient(api);
    const seen: string[] = [];
    const off = client.subscribeEvents((e) => seen.push(e.event));
    emit('tether:event', { event: 'cameraRemoved', data: { cameraId: 'sim-1' } });
    off();
    emit('tether:event', { event: 'cameraRemoved', data: { cameraId: 'sim-1' } });
    expect(seen).toEqual(['cameraRemoved']);
  });

  it('subscribes to frames once per camera, acks each frame and unsubscribes with the last listener', () => {
    const { api, sent, emit } = fakeBridge({});
    const client = createIpcClient(api);
    const a: number[] = [];
    const b: number[] = [];
    const offA = client.subscribeFrames('sim-1', (f) => a.push(f.seq));
    const offB = client.subscribeFrames('sim-1', (f) => b.push(f.seq));
    emit('tether:frame', frame(1));
    emit('tether:frame', frame(2, 'other-camera'));
    offA();
    offA();
    emit('tether:frame', frame(3));
    offB();
    expect(a).toEqual([1]);
    expect(b).toEqual([1, 3]);
    expect(sent).toEqual([
      ['tether:frames:subscribe', { cameraId: 'sim-1' }],
      ['tether:frames:ack', { cameraId: 'sim-1', seq: 1 }],
      ['tether:frames:ack', { cameraId: 'other-camera', seq: 2 }],
      ['tether:frames:ack', { cameraId: 'sim-1', seq: 3 }],
      ['tether:frames:unsubscribe', { cameraId: 'sim-1' }],
    ]);
  });

  it('still acks when a frame listener throws', () => {
    const { api, sent, emit } = fakeBridge({});
    const original = console.error;
    console.error = () => {};
    try {
      createIpcClient(api).subscribeFrames('sim-1', () => {
        throw new Error('canvas gone');
      });
      emit('tether:frame', frame(9));
    } finally {
      console.error = original;
    }
    expect(sent.at(-1)).toEqual(['tether:frames:ack', { cameraId: 'sim-1', seq: 9 }]);
  });

  it('exposes native capabilities over the bridge', async () => {
    const { api, emit } = fakeBridge({
      'tether:native:chooseFolder': () => ({ ok: true, value: null }),
      'tether:native:reveal': () => ({
        ok: false,
        error: { code: ErrorCode.NotFound, message: '/x does not exist' },
      }),
    });
    const native = createIpcClient(api).native!;
    expect(await native.chooseFolder()).toBeNull();
    await expect(native.reveal('/x')).rejects.toMatchObject({ code: ErrorCode.NotFound });
    const commands: StudioCommand[] = [];
    const off = native.onCommand((c) => commands.push(c));
    emit('tether:command', 'capture');
    off();
    emit('tether:command', 'toggleGrid');
    expect(commands).toEqual(['capture']);
  });

  it('moves the session root over its channel and has no download URLs (files are reached natively)', async () => {
    const { api, invoked } = fakeBridge({
      'tether:studio:getStudioSettings': () => ({ ok: true, value: { sessionRoot: '/old' } }),
      'tether:studio:setSessionRoot': (path) =>
        path === '/new'
          ? { ok: true, value: { id: 's2', folder: '/new/S' } }
          : { ok: false, error: { code: ErrorCode.IoError, message: 'Cannot write in /ro: EACCES' } },
    });
    const c = createIpcClient(api);
    expect(await c.getStudioSettings()).toEqual({ sessionRoot: '/old' });
    expect(await c.setSessionRoot('/new')).toEqual({ id: 's2', folder: '/new/S' });
    expect(invoked.at(-1)).toEqual(['tether:studio:setSessionRoot', ['/new']]);
    await expect(c.setSessionRoot('/ro')).rejects.toMatchObject({ code: ErrorCode.IoError });
    expect(c.shotFileUrl('shot_1')).toBeNull();
  });
});

describe('detectIpcBridge', () => {
  it('finds the bridge only when a current-version bridge is present', () => {
    const { api } = fakeBridge({});
    expect(detectIpcBridge({ tether: api })).toBe(api);
    expect(detectIpcBridge({})).toBeNull();
    expect(detectIpcBridge({ tether: { ...api, version: 2 } as never })).toBeNull();
  });
});
