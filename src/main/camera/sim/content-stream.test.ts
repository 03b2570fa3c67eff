import { describe, expect, it } from 'vitest';
import { ErrorCode, TetherError, isTetherError } from '../../../shared/errors';
import { CHUNK_BYTES, ContentReadStream } from './content-stream';
import { VirtualFile, bytesPart, noise, noisePart } from './virtual-file';

const file = () => new VirtualFile([bytesPart(Buffer.from('HEADER')), noisePart(10 * CHUNK_BYTES + 123, 77)]);

function drain(s: ContentReadStream): Promise<{ bytes: number; chunks: Buffer[]; error: Error | null }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    s.on('data', (c: Buffer) => {
      chunks.push(c);
      bytes += c.length;
    });
    s.once('end', () => resolve({ bytes, chunks, error: null }));
    s.once('error', (error) => resolve({ bytes, chunks, error }));
  });
}

describe('content read stream', () => {
  it('delivers every byte from an offset, in chunks of at most 1 MiB', async () => {
    const f = file();
    const whole = f.toBuffer();
    const got = await drain(new ContentReadStream(f, { offset: 1000, rateBytesPerSec: Infinity }));
    expect(got.error).toBeNull();
    expect(got.bytes).toBe(f.size - 1000);
    expect(Buffer.concat(got.chunks).equals(whole.subarray(1000))).toBe(true);
    expect(Math.max(...got.chunks.map((c) => c.length))).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it('hands out views of the shared noise block instead of allocating', async () => {
    const got = await drain(new ContentReadStream(file(), { offset: 6, rateBytesPerSec: Infinity }));
    expect(got.chunks.every((c) => c.buffer === noise().buffer)).toBe(true);
  });

  it('meters a limited rate and still delivers everything', async () => {
    const f = file();
    const got = await drain(new ContentReadStream(f, { offset: 0, rateBytesPerSec: 200_000_000 }));
    expect(got.bytes).toBe(f.size);
  });

  it('fails with the budget error after exactly the allowed bytes', async () => {
    let fired = 0;
    const s = new ContentReadStream(file(), {
      offset: 0,
      rateBytesPerSec: Infinity,
      budget: (delivered) => ({
        remaining: 2_500_000 - delivered,
        error: () => {
          fired++;
          return new TetherError(ErrorCode.Disconnected, 'unplugged');
        },
      }),
    });
    const got = await drain(s);
    expect(isTetherError(got.error, ErrorCode.Disconnected)).toBe(true);
    expect(got.bytes).toBe(2_500_000);
    expect(fired).toBe(1);
  });

  it('errors with CANCELLED when its signal aborts', async () => {
    const abort = new AbortController();
    const s = new ContentReadStream(file(), { offset: 0, rateBytesPerSec: 10_000_000, signal: abort.signal });
    s.once('data', () => abort.abort());
    const got = await drain(s);
    expect(isTetherError(got.error, ErrorCode.Cancelled)).toBe(true);
    expect(got.bytes).toBeLessThan(file().size);
  });
});
