import type { ClientFrame } from '../../../shared/studio-client';
import { recordLatency, type LiveStats } from './live-stats';

/** How a frame becomes something drawable (createImageBitmap in the browser; a fake in tests). */
export type FrameDecoder = (jpeg: Uint8Array) => Promise<ImageBitmap>;

/** The browser's decoder: off-main-thread JPEG decode via createImageBitmap. */
export const decodeJpeg: FrameDecoder = (jpeg) =>
  createImageBitmap(new Blob([jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));

/** Callbacks from the painter (at most once per second for fps; once per size change for size). */
export interface PainterEvents {
  onSize(width: number, height: number): void;
  onFps(fps: number): void;
  onFirstFrame(): void;
}

/**
 * Draws live-view frames on a canvas, newest only: while one frame decodes, later arrivals replace the
 * single pending slot (older pending frames are dropped, never queued). Frames never touch React state.
 */
export class FramePainter {
  private decoding = false;
  private pending: ClientFrame | null = null;
  private windowStart = 0;
  private windowDraws = 0;
  private drawnAny = false;
  private disposed = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly stats: LiveStats,
    private readonly events: PainterEvents,
    private readonly decode: FrameDecoder = decodeJpeg,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Accepts a frame from the transport. */
  push(frame: ClientFrame): void {
    if (this.disposed) return;
    this.stats.framesReceived++;
    if (this.decoding) {
      if (this.pending) this.stats.framesDropped++;
      this.pending = frame;
      return;
    }
    void this.paint(frame);
  }

  /**
   * Stops drawing; a decode in flight is discarded and the canvas is blanked, so a frozen last frame never
   * stays up under "Camera not connected" or "Studio unreachable".
   */
  dispose(): void {
    this.disposed = true;
    this.pending = null;
    // Resizing a canvas clears it (and frees its backing store).
    this.canvas.width = 0;
    this.canvas.height = 0;
  }

  private async paint(frame: ClientFrame): Promise<void> {
    this.decoding = true;
    try {
      const bitmap = await this.decode(frame.jpeg);
      try {
        if (!this.disposed) this.draw(bitmap, frame);
      } finally {
        // Always release the decoded pixels (a throwing draw or callback must not leak a bitmap per frame).
        bitmap.close();
      }
    } catch {
      // A corrupt frame is skipped; the next one will do.
    } finally {
      this.decoding = false;
    }
    const next = this.pending;
    this.pending = null;
    if (next && !this.disposed) void this.paint(next);
  }

  private draw(bitmap: ImageBitmap, frame: ClientFrame): void {
    const c = this.canvas;
    if (c.width !== bitmap.width || c.height !== bitmap.height) {
      c.width = bitmap.width;
      c.height = bitmap.height;
      this.events.onSize(bitmap.width, bitmap.height);
    }
    const ctx = c.getContext('2d', { alpha: false, desynchronized: true }) as CanvasRenderingContext2D | null;
    ctx?.drawImage(bitmap, 0, 0);
    const now = this.now();
    const s = this.stats;
    s.framesDrawn++;
    if (frame.seq !== s.lastSeq) s.distinctFramesDrawn++;
    s.lastSeq = frame.seq;
    recordLatency(s, now - frame.timestamp);
    if (!this.drawnAny) {
      // The first draw opens the measuring window; fps counts frame intervals from here.
      this.drawnAny = true;
      this.windowStart = now;
      this.events.onFirstFrame();
      return;
    }
    this.windowDraws++;
    const elapsed = now - this.windowStart;
    if (elapsed >= 1000) {
      s.fps = (this.windowDraws * 1000) / elapsed;
      this.events.onFps(s.fps);
      this.windowStart = now;
      this.windowDraws = 0;
    }
  }
}
