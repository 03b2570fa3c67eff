import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mpfApp2 } from '../camera/sim/mpf-segment';
import { findMpfPreview, mpfPreviewOf, readMpfPreview, readThumbnailInput, thumbnailInput } from './jpeg-mpf';

let dir: string;
let primary: Buffer;
let preview: Buffer;

/** [SOI][APP2 MPF][rest of `main`][preview], the layout a body writes (no APP1 here: an APP1 of 0 bytes). */
function withMpf(main: Buffer, extra: Buffer): Buffer {
  const primarySize = main.length + 90;
  return Buffer.concat([main.subarray(0, 2), mpfApp2(0, primarySize, extra.length), main.subarray(2), extra]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-mpf-'));
  primary = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c01010' } })
    .jpeg()
    .toBuffer();
  preview = await sharp({ create: { width: 404, height: 270, channels: 3, background: '#1010c0' } })
    .jpeg()
    .toBuffer();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('MPF preview', () => {
  it('finds the large thumbnail listed in the APP2 MPF index, in memory and on disk', async () => {
    const file = withMpf(primary, preview);
    expect(mpfPreviewOf(file)?.equals(preview)).toBe(true);
    const path = join(dir, 'mpf.jpg');
    await writeFile(path, file);
    expect((await readMpfPreview(path))?.equals(preview)).toBe(true);
  });

  it('answers null for a JPEG without MPF, a preview past the end of the file, or bytes that are no JPEG', async () => {
    expect(mpfPreviewOf(primary)).toBeNull();
    const file = withMpf(primary, preview);
    expect(findMpfPreview(file, file.length - 1)).toBeNull();
    expect(mpfPreviewOf(file.subarray(0, file.length - 10))).toBeNull();
    expect(mpfPreviewOf(Buffer.from('not a jpeg at all'))).toBeNull();
    const path = join(dir, 'plain.jpg');
    await writeFile(path, primary);
    expect(await readMpfPreview(path)).toBeNull();
  });

  it('gives thumbnails the preview, turned by the primary image orientation; no preview: the image itself', async () => {
    const upright = await thumbnailInput(withMpf(primary, preview));
    expect(upright.rotate).toBe(0);
    expect((upright.input as Buffer).equals(preview)).toBe(true);
    const portrait = await sharp(primary).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await thumbnailInput(withMpf(portrait, preview))).rotate).toBe(90);
    const plain = await thumbnailInput(primary);
    expect(plain).toEqual({ input: primary, rotate: null });
  });

  it('reads a file thumbnail input into memory: preview and turn, else the whole JPEG; a vanished file throws', async () => {
    const portrait = await sharp(primary).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const path = join(dir, 'staged-portrait.jpg');
    await writeFile(path, withMpf(portrait, preview));
    const read = await readThumbnailInput(path);
    expect(read.rotate).toBe(90);
    expect(read.input.equals(preview)).toBe(true);
    const plainPath = join(dir, 'staged-plain.jpg');
    await writeFile(plainPath, primary);
    expect(await readThumbnailInput(plainPath)).toEqual({ input: primary, rotate: null });
    await expect(readThumbnailInput(join(dir, 'gone.jpg'))).rejects.toThrow(/ENOENT/);
  });
});
