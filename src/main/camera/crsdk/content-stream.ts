import { open, rm, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ErrorCode, TetherError } from '../../../shared/errors';

/** Options of {@link tailTransfer}. */
export interface TailOptions {
  /** File the SDK is writing. */
  path: string;
  /** First byte to deliver (resume). */
  offset: number;
  /** Size the card reported; the stream fails with VERIFY_FAILED if the finished file differs. */
  expectedSize: number;
  /** Settles when the SDK reports the transfer finished (rejects with a TetherError on failure). */
  done: Promise<void>;
  /** Asks the SDK to stop the transfer (abort signal, or the reader went away early). */
  cancel: () => void;
  signal?: AbortSignal;
  /** Removes the staging file/folder once the stream is closed. */
  cleanup: () => Promise<void>;
  /** Poll interval while waiting for more bytes (ms). */
  pollMs?: number;
}

const CHUNK = 1024 * 1024;

/**
 * A byte stream of a file the SDK is still writing: bytes are delivered as they land on disk, so progress is
 * real; the stream ends when the SDK reports success and every byte has been read, and errors with the SDK's
 * failure (DISCONNECTED, CAMERA_BUSY, ...) or CANCELLED.
 */
export function tailTransfer(opts: TailOptions): Readable {
  let fd: FileHandle | null = null;
  let position = opts.offset;
  let finished = false;
  let failure: Error | null = null;
  let reading = false;
  /** A read buffer no chunk refers to, reused by the next read. */
  let spare: Buffer | null = null;
  let wake: (() => void) | null = null;
  const pollMs = opts.pollMs ?? 15;

  const nudge = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const pause = () =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        wake = null;
        resolve();
      }, pollMs);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  opts.done.then(
    () => {
      finished = true;
      nudge();
    },
    (err: Error) => {
      failure = err;
      nudge();
    },
  );

  const stream = new Readable({
    highWaterMark: 4 * CHUNK,
    read() {
      void pump();
    },
    destroy(err, callback) {
      if (!finished && !failure) opts.cancel();
      const close = fd ? fd.close().catch(() => undefined) : Promise.resolve();
      fd = null;
      close
        .then(() => opts.cleanup())
        .then(
          () => callback(err),
          () => callback(err),
        );
    },
  });

  const onAbort = () => {
    opts.cancel();
    stream.destroy(new TetherError(ErrorCode.Cancelled, 'transfer cancelled'));
  };
  if (opts.signal?.aborted) queueMicrotask(onAbort);
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  async function pump(): Promise<void> {
    if (reading) return;
    reading = true;
    try {
      while (!stream.destroyed) {
        if (failure) {
          stream.destroy(failure);
          return;
        }
        if (!fd) {
          try {
            fd = await open(opts.path, 'r');
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || finished) throw err;
            await pause();
            continue;
          }
        }
        const wasFinished = finished;
        const buf = spare ?? Buffer.allocUnsafe(CHUNK);
        spare = null;
        const { bytesRead } = await fd.read(buf, 0, CHUNK, position);
        if (bytesRead > 0) {
          position += bytesRead;
          let chunk = buf.subarray(0, bytesRead);
          if (bytesRead < CHUNK / 2) {
            // Short read (the SDK is still writing): hand out an exact-size copy and keep the big buffer,
            // so a queued chunk never pins a mostly empty MiB.
            chunk = Buffer.allocUnsafe(bytesRead);
            buf.copy(chunk, 0, 0, bytesRead);
            spare = buf;
          }
          if (!stream.push(chunk)) return;
          continue;
        }
        // Nothing new yet: reuse this buffer for the next poll instead of allocating one per poll.
        spare = buf;
        if (wasFinished) {
          // Everything the SDK wrote has been delivered.
          const size = (await fd.stat()).size;
          if (size !== opts.expectedSize) {
            stream.destroy(
              new TetherError(
                ErrorCode.VerifyFailed,
                `transfer wrote ${size} bytes, the card reported ${opts.expectedSize}`,
              ),
            );
            return;
          }
          opts.signal?.removeEventListener('abort', onAbort);
          stream.push(null);
          return;
        }
        await pause();
      }
    } catch (err) {
      stream.destroy(
        err instanceof TetherError
          ? err
          : new TetherError(
              ErrorCode.IoError,
              `reading the transferred file failed: ${(err as Error).message}`,
            ),
      );
    } finally {
      reading = false;
    }
  }

  return stream;
}

/** Removes a staging folder, ignoring errors (it may already be gone). */
export async function removeStaging(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
}
