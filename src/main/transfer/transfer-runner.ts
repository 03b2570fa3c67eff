import { createWriteStream, type WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { link, rm, stat, truncate } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { ContentStream } from '../camera/driver';
import type { Allocation } from '../session/name-allocator';
import { fsyncFile, NameTakenError, renameNoOverwrite, sizeOrZero } from '../core/file-commit';
import { errnoOf, ioError } from '../core/fs-errors';

/** Opens the source of a transfer at a byte offset. */
export type SourceOpener = (offset: number, signal: AbortSignal) => Promise<ContentStream>;

/** Opens the file a transfer writes into, at `start` (its bytes before that are kept). */
export type SinkOpener = (part: string, start: number) => Writable;

/** The file sink: a plain write stream (appending at `start` when resuming). */
export const openFileSink: SinkOpener = (part, start) =>
  createWriteStream(part, { flags: start > 0 ? 'r+' : 'w', start });

/** The `.part` file a final name is written through. */
export function partPath(finalPath: string): string {
  return `${finalPath}.part`;
}

/** The `.part` a job's bytes are in: its own (the name was taken at commit) or its final name's; null without a name. */
export function partOf(job: { alloc: Allocation | null; part?: string }): string | null {
  return job.part ?? (job.alloc ? partPath(job.alloc.path) : null);
}

/**
 * A shot the driver already wrote to the host (the staging folder) becomes its `.part` by a hard link
 * instead of a copy: no second write of the bytes, and the fsync that follows is nearly free when the
 * writer already synced them. Only when nothing is in `part` yet and the staged file has exactly the
 * expected size (a shorter or longer `.part` would be truncated or appended to, which would change the
 * staged file through the shared inode). False (the caller copies) across file systems or where links are
 * not allowed.
 */
export async function linkStagedIntoPart(staged: string, part: string, total: number): Promise<boolean> {
  try {
    if ((await sizeOrZero(part)) > 0 || (await stat(staged)).size !== total) return false;
    await rm(part, { force: true });
    await link(staged, part);
    return true;
  } catch {
    return false;
  }
}

/**
 * Streams a source into `part`, resuming from the bytes already there (the source is opened at that
 * offset), then fsyncs and verifies the size. `onStart` receives a byte counter for progress sampling.
 * Resolves with the verified size; throws the source's error (DISCONNECTED, CANCELLED, …) or VERIFY_FAILED.
 */
export async function pullIntoPart(opts: {
  part: string;
  total: number;
  open: SourceOpener;
  signal: AbortSignal;
  onStart: (readBytes: () => number) => void;
  /** Where the bytes go (default: the file; fault-injection tests wrap it). */
  openSink?: SinkOpener;
}): Promise<number> {
  const { part, total, signal } = opts;
  let offset = await sizeOrZero(part);
  if (offset > total) offset = 0;
  if (offset < total || total === 0) {
    const { size, stream } = await opts.open(offset, signal);
    // An abort (pause, cancel) before the pipeline takes the stream over must not be an unhandled error;
    // the pipeline still sees it and rejects.
    stream.on('error', () => undefined);
    if (size !== total) {
      stream.destroy();
      throw new TetherError(
        ErrorCode.VerifyFailed,
        `The source is ${size} bytes but ${total} were expected; the file changed`,
      );
    }
    if (offset > 0) await truncate(part, offset);
    // Same sink as a plain fs copy: the counter is read by the progress timer, nothing runs per chunk.
    const sink = (opts.openSink ?? openFileSink)(part, offset);
    opts.onStart(() => offset + ((sink as Partial<WriteStream>).bytesWritten ?? 0));
    await pipeline(stream, sink, { signal });
  } else {
    opts.onStart(() => offset);
  }
  await fsyncFile(part);
  const got = (await stat(part)).size;
  if (got !== total) {
    throw new TetherError(
      ErrorCode.VerifyFailed,
      `Verification failed: wrote ${got} bytes, expected ${total}`,
    );
  }
  return got;
}

/**
 * Renames the verified `.part` to its final name without overwriting: when the name appeared meanwhile,
 * `next` supplies the next one. Resolves with the allocation actually used.
 */
export async function commitPart(
  part: string,
  alloc: Allocation,
  next: (prev: Allocation) => Promise<Allocation>,
): Promise<Allocation> {
  let current = alloc;
  for (let tries = 0; tries < 1000; tries++) {
    try {
      await renameNoOverwrite(part, current.path);
      return current;
    } catch (err) {
      if (!(err instanceof NameTakenError)) throw err;
      current = await next(current);
    }
  }
  throw new TetherError(ErrorCode.IoError, `No free name found for ${alloc.fileName}`);
}

/** Removes a `.part` file, ignoring a missing one. */
export async function removePart(part: string): Promise<void> {
  await rm(part, { force: true });
}

/** Maps Node file-system errors to IO_ERROR naming the path and the reason; keeps TetherErrors. */
export function asTransferError(err: unknown, path = ''): TetherError {
  if (err instanceof TetherError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e?.name === 'AbortError') return new TetherError(ErrorCode.Cancelled, 'Transfer cancelled');
  if (errnoOf(e)) return ioError(e, e.path ?? path, 'Cannot write');
  return new TetherError(ErrorCode.Internal, e?.message ?? String(err));
}
