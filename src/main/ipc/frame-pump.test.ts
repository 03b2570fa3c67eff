import { describe, expect, it } from 'vitest';
import type { LiveViewFrame } from '../../shared/camera-types';
import type { ClientFrame } from '../../shared/studio-client';
import { FramePump } from './frame-pump';

function fakeHub() {
  const consumers = new Map<string, Set<(frame: LiveViewFrame) => void>>();
  let seq = 0;
  return {
    consumers,
    source: (cameraId: string, consumer: (frame: LiveViewFrame) => void) => {
      if (!consumers.has(cameraId)) consumers.set(cameraId, new Set());
      consumers.get(cameraId)!.add(consumer);
      return () => consumers.get(cameraId)?.delete(consumer);
    },
    emit(cameraId: string): number {
      seq += 1;
      const frame: LiveViewFrame = {
        cameraId,
        seq,
        timestamp: 1000 + seq,
        width: 4,
        height: 3,
        jpeg: new Uint8Array([0xff, 0xd8, seq, 0xff, 0xd9]),
      };
      for (const consumer of consumers.get(cameraId) ?? []) consumer(frame);
      return seq;
    },
  };
}

describe('FramePump', () => {
  it('keeps one frame in flight and releases only the newest pending frame on ack', () => {
    const hub = fakeHub();
    const sent: ClientFrame[] = [];
    const pump = new FramePump(hub.source, (f) => sent.push(f));
    pump.subscribe('cam');

    const first = hub.emit('cam');
    hub.emit('cam');
    hub.emit('cam');
    const newest = hub.emit('cam');
    expect(sent.map((f) => f.seq)).toEqual([first]);
    expect(pump.stats).toEqual({ sent: 1, dropped: 2 });

    pump.ack('cam', first);
    expect(sent.map((f) => f.seq)).toEqual([first, newest]);
    pump.ack('cam', newest);
    expect(sent).toHaveLength(2); // nothing pending: nothing sent
    const next = hub.emit('cam');
    expect(sent.map((f) => f.seq)).toEqual([first, newest, next]);
  });

  it('sends the contract fields only, with the JPEG as binary', () => {
    const hub = fakeHub();
    const sent: ClientFrame[] = [];
    const pump = new FramePump(hub.source, (f) => sent.push(f));
    pump.subscribe('cam');
    hub.emit('cam');
    expect(Object.keys(sent[0]).sort()).toEqual(['cameraId', 'height', 'jpeg', 'seq', 'timestamp', 'width']);
    expect(sent[0].jpeg).toBeInstanceOf(Uint8Array);
    expect([...sent[0].jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);
  });

  it('ignores stale acks and recovers when the renderer subscribes again after a reload', () => {
    const hub = fakeHub();
    const sent: ClientFrame[] = [];
    const pump = new FramePump(hub.source, (f) => sent.push(f));
    pump.subscribe('cam');
    const first = hub.emit('cam');
    hub.emit('cam');
    pump.ack('cam', first - 1); // not the frame in flight
    expect(sent).toHaveLength(1);

    pump.subscribe('cam'); // reloaded page: the in-flight frame will never be acked
    expect(hub.consumers.get('cam')?.size).toBe(1); // still one hub subscription
    const after = hub.emit('cam');
    expect(sent.map((f) => f.seq)).toEqual([first, after]);
  });

  it('keeps cameras independent and unsubscribes from the hub on unsubscribe and dispose', () => {
    const hub = fakeHub();
    const sent: ClientFrame[] = [];
    const pump = new FramePump(hub.source, (f) => sent.push(f));
    pump.subscribe('a');
    pump.subscribe('b');
    hub.emit('a');
    hub.emit('b');
    expect(sent.map((f) => f.cameraId)).toEqual(['a', 'b']);

    pump.unsubscribe('a');
    expect(hub.consumers.get('a')?.size).toBe(0);
    expect(pump.cameras()).toEqual(['b']);
    pump.dispose();
    expect(hub.consumers.get('b')?.size).toBe(0);
    hub.emit('b');
    expect(sent).toHaveLength(2);
  });
});
