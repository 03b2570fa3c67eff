// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ClientFrame } from '../../../shared/studio-client';
import { FramePainter } from './frame-painter';
import { createLiveStats } from './live-stats';

const frame = (seq: number, timestamp = 0): ClientFrame => ({
  cameraId: 'C',
  seq,
  timestamp,
  width: 4,
  height: 3,
  jpeg: new Uint8Array([seq]),
});

/** A decoder whose decodes finish only when the test says so. */
function manualDecoder() {
  const pending: { seq: number; resolve: () => void }[] = [];
  const decode = (jpeg: Uint8Array) =>
    new Promise<ImageBitmap>((resolve) => {
      pending.push({
        seq: jpeg[0],
        resolve: () => resolve({ width: 4, height: 3, close() {} } as ImageBitmap),
      });
    });
  return { decode, pending };
}

function fakeCanvas() {
  const drawn: unknown[] = [];
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => ({ drawImage: (b: unknown) => drawn.push(b) }),
  } as unknown as HTMLCanvasElement;
  return { canvas, drawn };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('FramePainter', () => {
  it('keeps only the newest pending frame while a decode is in flight', async () => {
    const { decode, pending } = manualDecoder();
    const { canvas, drawn } = fakeCanvas();
    const stats = createLiveStats();
    const sizes: string[] = [];
    const p = new FramePainter(
      canvas,
      stats,
      { onSize: (w, h) => sizes.push(`${w}x${h}`), onFps: () => {}, onFirstFrame: () => {} },
      decode,
      () => 100,
    );
    p.push(frame(1, 90));
    p.push(frame(2));
    p.push(frame(3));
    p.push(frame(4, 95));
    expect(pending.map((d) => d.seq)).toEqual([1]);
    pending[0].resolve();
    await flush();
    expect(pending.map((d) => d.seq)).toEqual([1, 4]);
    pending[1].resolve();
    await flush();
    expect(drawn).toHaveLength(2);
    expect(stats).toMatchObject({
      framesReceived: 4,
      framesDrawn: 2,
      framesDropped: 2,
      distinctFramesDrawn: 2,
      lastSeq: 4,
    });
    expect(stats.latencies).toEqual([10, 5]);
    expect(sizes).toEqual(['4x3']);
    expect(window.__tetherStats).toBe(stats);
  });

  it('reports fps once a second of draws has elapsed and stops after dispose', async () => {
    let now = 0;
    const fps: number[] = [];
    const { canvas, drawn } = fakeCanvas();
    const decode = async () => ({ width: 4, height: 3, close() {} }) as ImageBitmap;
    const p = new FramePainter(
      canvas,
      createLiveStats(),
      { onSize: () => {}, onFps: (f) => fps.push(f), onFirstFrame: () => {} },
      decode,
      () => now,
    );
    const pushed = 31;
    for (let i = 0; i < pushed; i++) {
      now = i * 40;
      p.push(frame(i));
      await flush();
    }
    expect(fps).toHaveLength(1);
    expect(fps[0]).toBeCloseTo(25, 0);
    expect(canvas.width).toBe(4);
    p.dispose();
    // The last frame does not stay up: the canvas is blanked.
    expect([canvas.width, canvas.height]).toEqual([0, 0]);
    p.push(frame(99));
    await flush();
    // Every frame pushed while painting was drawn (one at a time, none dropped at this pace); none after dispose.
    expect(drawn).toHaveLength(pushed);
  });

  it('closes every decoded bitmap, even when drawing throws, and keeps painting', async () => {
    let closed = 0;
    const decode = async () =>
      ({
        width: 4,
        height: 3,
        close: () => {
          closed++;
        },
      }) as ImageBitmap;
    const { canvas, drawn } = fakeCanvas();
    let first = true;
    const p = new FramePainter(
      canvas,
      createLiveStats(),
      {
        onSize: () => {
          if (first) {
            first = false;
            throw new Error('store update failed');
          }
        },
        onFps: () => {},
        onFirstFrame: () => {},
      },
      decode,
      () => 0,
    );
    p.push(frame(1));
    await flush();
    p.push(frame(2));
    await flush();
    expect(closed).toBe(2);
    expect(drawn).toHaveLength(1);
  });
});
