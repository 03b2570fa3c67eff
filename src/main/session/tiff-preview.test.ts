import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEmbeddedJpeg, readEmbeddedJpeg } from './tiff-preview';

let dir: string;
let small: Buffer;
let large: Buffer;

/** A little-endian TIFF: IFD0 with a JPEGInterchangeFormat thumbnail and a SubIFD holding a strip-JPEG preview. */
function buildTiff(thumb: Buffer, preview: Buffer, loop = false): Buffer {
  const ifd0 = 8;
  const ifd0Size = 2 + 3 * 12 + 4;
  const sub = ifd0 + ifd0Size;
  const subSize = 2 + 3 * 12 + 4;
  const thumbAt = sub + subSize;
  const previewAt = thumbAt + thumb.length;
  const out = Buffer.alloc(previewAt + preview.length);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifd0, 4);
  const entry = (at: number, tag: number, type: number, value: number) => {
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(1, at + 4);
    out.writeUInt32LE(value, at + 8);
  };
  out.writeUInt16LE(3, ifd0);
  entry(ifd0 + 2, 0x014a, 4, sub);
  entry(ifd0 + 14, 0x0201, 4, thumbAt);
  entry(ifd0 + 26, 0x0202, 4, thumb.length);
  out.writeUInt32LE(loop ? ifd0 : 0, ifd0 + 2 + 36);
  out.writeUInt16LE(3, sub);
  entry(sub + 2, 0x0103, 3, 7);
  entry(sub + 14, 0x0111, 4, previewAt);
  entry(sub + 26, 0x0117, 4, preview.length);
  out.writeUInt32LE(0, sub + 2 + 36);
  thumb.copy(out, thumbAt);
  preview.copy(out, previewAt);
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-tiff-'));
  const img = (w: number, h: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: '#4080c0' } })
      .jpeg()
      .toBuffer();
  small = await img(160, 120);
  large = await img(1600, 1067);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('embedded JPEG preview', () => {
  it('finds the largest embedded JPEG across IFD0 and SubIFDs', async () => {
    const path = join(dir, 'a.arw');
    await writeFile(path, buildTiff(small, large));
    const jpeg = await readEmbeddedJpeg(path);
    expect(jpeg?.equals(large)).toBe(true);
    expect((await sharp(jpeg as Buffer).metadata()).width).toBe(1600);
  });

  it('survives IFD loops and rejects non-TIFF or JPEG-less files', async () => {
    const loop = join(dir, 'loop.arw');
    await writeFile(loop, buildTiff(small, large, true));
    expect((await findEmbeddedJpeg(loop))?.length).toBe(large.length);
    const junk = join(dir, 'junk.arw');
    await writeFile(junk, Buffer.from('definitely not a tiff file'));
    expect(await findEmbeddedJpeg(junk)).toBeNull();
    const noJpeg = join(dir, 'nojpeg.tif');
    await writeFile(noJpeg, buildTiff(Buffer.from('xxxx'), Buffer.from('yyyyyy')));
    expect(await findEmbeddedJpeg(noJpeg)).toBeNull();
  });

  it('ignores offsets that point outside the file', async () => {
    const buf = buildTiff(small, large);
    buf.writeUInt32LE(buf.length + 100, 8 + 2 + 14 + 8);
    const path = join(dir, 'bad-offset.arw');
    await writeFile(path, buf);
    expect((await findEmbeddedJpeg(path))?.length).toBe(large.length);
  });
});
