import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientFrame, StudioClient } from '../../shared/studio-client';
import { FrameWarmup } from './frame-warmup';

/** A client whose frame streams are counted and fed by hand. */
function streams() {
  const open = new Map<string, Set<(f: ClientFrame) => void>>();
  const client = {
    subscribeFrames(cameraId: string, onFrame: (f: ClientFrame) => void) {
      const set = open.get(cameraId) ?? new Set();
      open.set(cameraId, set);
      set.add(onFrame);
      return () => set.delete(onFrame);
    },
  } as unknown as StudioClient;
  const frame = (cameraId: string, seq: number): ClientFrame => ({
    cameraId,
    seq,
    timestamp: seq,
    width: 4,
    height: 3,
    jpeg: new Uint8Array([seq]),
  });
  const emit = (cameraId: string, seq: number) =>
    [...(open.get(cameraId) ?? [])].forEach((h) => h(frame(cameraId, seq)));
  return { client, emit, subscribers: (id: string) => open.get(id)?.size ?? 0 };
}

describe('FrameWarmup', () => {
  afterEach(() => vi.useRealTimers());

  it('opens the stream at once and hands over only the latest frame, then lets go', () => {
    const s = streams();
    const w = new FrameWarmup(s.client);
    w.start('A');
    w.start('A');
    expect(s.subscribers('A')).toBe(1);
    s.emit('A', 1);
    s.emit('A', 2);
    expect(w.take('A')?.seq).toBe(2);
    expect(s.subscribers('A')).toBe(0);
    expect(w.take('A')).toBeNull();
  });

  it('closes a stream nobody took over after a while', () => {
    vi.useFakeTimers();
    const s = streams();
    const w = new FrameWarmup(s.client);
    w.start('A');
    vi.advanceTimersByTime(5000);
    expect(s.subscribers('A')).toBe(0);
    expect(w.take('A')).toBeNull();
  });

  it('stop() closes every held stream', () => {
    const s = streams();
    const w = new FrameWarmup(s.client);
    w.start('A');
    w.start('B');
    w.stop();
    expect(s.subscribers('A') + s.subscribers('B')).toBe(0);
  });
});
