import { Readable } from 'node:stream';
import { ErrorCode, TetherError, toErrorValue } from '../../../shared/errors';
import type { ContentStream, OpenContentOptions } from '../driver';
import type { Gphoto2Api } from './gp-api';
import { GP, gpCodeOf } from './gp-errors';
import type { GpLink } from './gp-link';

/** Bytes per read from the camera (and per chunk of the stream). */
export const CHUNK_BYTES = 256 * 1024;

/**
 * A card file as a byte stream from `offset`: partial reads (`gp_camera_file_read`) where the body supports
 * them, else the whole file in one `gp_camera_file_get`, handed out in chunks. Ends the link's one-transfer
 * slot when the stream closes; aborting the signal fails it with CANCELLED.
 */
export async function openCardStream(
  link: GpLink,
  api: Gphoto2Api,
  folder: string,
  name: string,
  options: OpenContentOptions,
): Promise<ContentStream> {
  const info = await link.call((cam) => api.fileInfo(cam, folder, name));
  // Cancelled while the listing was read: refuse here. A stream destroyed before the caller holds it would
  // emit its error with nobody listening (an uncaught exception).
  if (options.signal?.aborted) throw new TetherError(ErrorCode.Cancelled, `read of ${name} cancelled`);
  const size = info.size;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > size)
    throw new TetherError(ErrorCode.InvalidArgument, `offset ${offset} is outside 0..${size}`);
  let pos = offset;
  let partial = true;
  let whole: Uint8Array | null = null;
  let reading = false;
  let released = false;
  const release = () => {
    if (!released) link.transferBusy = false;
    released = true;
  };

  const next = async (): Promise<Uint8Array | null> => {
    if (pos >= size) return null;
    const want = Math.min(CHUNK_BYTES, size - pos);
    if (partial && !whole) {
      try {
        return await link.call((cam) => api.readFile(cam, folder, name, pos, want));
      } catch (err) {
        if (gpCodeOf(err) !== GP.NOT_SUPPORTED) throw err;
        partial = false;
      }
    }
    whole ??= await link.call((cam) => api.getFile(cam, folder, name, 'normal'));
    if (whole.length !== size)
      throw new TetherError(
        ErrorCode.IoError,
        `${name}: the camera sent ${whole.length} bytes, its listing says ${size}`,
      );
    return whole.subarray(pos, pos + want);
  };

  const stream = new Readable({
    highWaterMark: CHUNK_BYTES,
    read() {
      if (reading) return;
      reading = true;
      next().then(
        (chunk) => {
          reading = false;
          if (stream.destroyed) return;
          if (!chunk) {
            release();
            stream.push(null);
            return;
          }
          pos += chunk.length;
          stream.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        },
        (err: unknown) => {
          reading = false;
          const v = toErrorValue(err);
          stream.destroy(err instanceof TetherError ? err : new TetherError(v.code, v.message, v.details));
        },
      );
    },
    destroy(err, callback) {
      release();
      options.signal?.removeEventListener('abort', onAbort);
      callback(err);
    },
  });
  const onAbort = () => stream.destroy(new TetherError(ErrorCode.Cancelled, `read of ${name} cancelled`));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  stream.once('end', release);
  return { size, stream };
}
