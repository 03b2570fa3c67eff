import { Readable } from 'node:stream';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { VirtualFile } from './virtual-file';

/** Default simulated USB throughput: a USB 3.2 Gen 1 body delivers roughly 40 MB/s in remote transfer. */
export const DEFAULT_RATE_BYTES_PER_SEC = 40_000_000;
/** Chunk size handed to consumers. */
export const CHUNK_BYTES = 1024 * 1024;

/** Options of a card read. */
export interface ContentReadOptions {
  /** First byte to deliver. */
  offset: number;
  /** Bytes per second; `Infinity` for as fast as the consumer reads. */
  rateBytesPerSec: number;
  signal?: AbortSignal;
  /**
   * Fault injection: how many more bytes this read may deliver (given the bytes delivered so far), and
   * the error it then fails with; null for no limit.
   */
  budget?: (delivered: number) => { remaining: number; error: () => TetherError } | null;
}

/**
 * A card file streamed at a USB-like rate. A token bucket meters the bytes: the bucket refills at the
 * configured rate and a chunk waits only for the deficit, so the average rate holds regardless of timer
 * jitter. At an unlimited rate chunks are pushed as fast as the consumer drains them.
 */
export class ContentReadStream extends Readable {
  private pos: number;
  private delivered = 0;
  private tokens: number;
  private last = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private readonly capacity: number;
  private readonly onAbort = () => this.destroy(new TetherError(ErrorCode.Cancelled, 'transfer cancelled'));

  constructor(
    private readonly file: VirtualFile,
    private readonly opts: ContentReadOptions,
  ) {
    super({ highWaterMark: 4 * CHUNK_BYTES });
    this.pos = opts.offset;
    this.capacity = Number.isFinite(opts.rateBytesPerSec)
      ? Math.max(CHUNK_BYTES, opts.rateBytesPerSec / 20)
      : Infinity;
    this.tokens = Number.isFinite(this.capacity) ? CHUNK_BYTES : Infinity;
    opts.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Bytes handed to the consumer so far by this read. */
  get bytesDelivered(): number {
    return this.delivered;
  }

  override _read(): void {
    if (this.timer) return;
    this.pump();
  }

  private refill(): void {
    if (!Number.isFinite(this.capacity)) return;
    const now = performance.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.opts.rateBytesPerSec,
    );
    this.last = now;
  }

  private pump(): void {
    for (;;) {
      if (this.destroyed) return;
      if (this.pos >= this.file.size) {
        this.push(null);
        return;
      }
      let want = Math.min(CHUNK_BYTES, this.file.size - this.pos);
      const budget = this.opts.budget?.(this.delivered);
      if (budget && budget.remaining <= 0) {
        this.destroy(budget.error());
        return;
      }
      if (budget) want = Math.min(want, budget.remaining);
      this.refill();
      if (this.tokens < want) {
        const waitMs = ((want - this.tokens) / this.opts.rateBytesPerSec) * 1000;
        this.timer = setTimeout(
          () => {
            this.timer = null;
            this.pump();
          },
          Math.max(1, Math.ceil(waitMs)),
        );
        return;
      }
      this.tokens -= want;
      let more = true;
      for (const view of this.file.read(this.pos, want)) more = this.push(view);
      this.pos += want;
      this.delivered += want;
      if (!more) return;
    }
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    cb(err);
  }
}
