import { Readable } from 'node:stream';
import { ErrorCode, TetherError } from '../../../shared/errors';

/** Fault and pacing hooks for one fake card-file stream. */
export interface FakeStreamHooks {
  /** Bytes per pushed chunk. */
  chunkSize: number;
  /** Errors with DISCONNECTED once this many bytes (counted from the file start) were sent. */
  failAt?: number;
  /** Called right after the stream failed at `failAt` (e.g. to unplug the camera). */
  onFail?: () => void;
  /** Pauses once this many bytes (from the file start) were sent, until `gate.release()`. */
  gate?: StreamGate;
  /** Called when the stream ends, errors or is destroyed. */
  onClose?: () => void;
}

/** Holds a stream at a byte position until released (lets tests act mid-transfer without timers). */
export class StreamGate {
  private resolveReached!: () => void;
  private resolveRelease!: () => void;
  /** Resolves when the stream reached the gate. */
  readonly reached = new Promise<void>((r) => (this.resolveReached = r));
  /** Resolves when the test releases the gate. */
  readonly released = new Promise<void>((r) => (this.resolveRelease = r));

  constructor(readonly at: number) {}

  /** The stream arrived. */
  arrive(): void {
    this.resolveReached();
  }

  /** Lets the stream continue. */
  release(): void {
    this.resolveRelease();
  }
}

/** A card file as a byte stream from `offset`, with injected faults. Chunks are pushed asynchronously. */
export class FakeContentStream extends Readable {
  private pos: number;
  private gated = false;

  constructor(
    private readonly data: Uint8Array,
    offset: number,
    private readonly hooks: FakeStreamHooks,
    signal?: AbortSignal,
  ) {
    super({ highWaterMark: hooks.chunkSize });
    this.pos = offset;
    signal?.addEventListener(
      'abort',
      () => this.destroy(new TetherError(ErrorCode.Cancelled, 'Transfer cancelled')),
      { once: true },
    );
  }

  override _read(): void {
    setImmediate(() => this.step());
  }

  private step(): void {
    if (this.destroyed) return;
    const { gate, failAt } = this.hooks;
    if (gate && !this.gated && this.pos >= gate.at) {
      this.gated = true;
      gate.arrive();
      void gate.released.then(() => this.step());
      return;
    }
    if (failAt !== undefined && this.pos >= failAt) {
      this.destroy(new TetherError(ErrorCode.Disconnected, 'Camera disconnected during transfer'));
      this.hooks.onFail?.();
      return;
    }
    if (this.pos >= this.data.length) {
      this.push(null);
      return;
    }
    let end = Math.min(this.data.length, this.pos + this.hooks.chunkSize);
    if (failAt !== undefined && failAt > this.pos) end = Math.min(end, failAt);
    if (gate && !this.gated && gate.at > this.pos) end = Math.min(end, gate.at);
    const chunk = Buffer.from(this.data.subarray(this.pos, end));
    this.pos = end;
    this.push(chunk);
  }

  override _destroy(err: Error | null, cb: (error?: Error | null) => void): void {
    this.hooks.onClose?.();
    cb(err);
  }
}
