import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shutterValue } from '../../../shared/properties';
import { findMpfPreview, mpfPreviewOf } from '../../session/jpeg-mpf';
import { buildArw, buildContentImage, buildJpeg, buildMovie, type ShotSpec } from './shot-factory';
import { noise } from './virtual-file';

const capturedAt = new Date(2025, 4, 1, 14, 5, 12);
const spec: ShotSpec = {
  exif: {
    model: 'ILCE-7M4',
    firmware: 'ILCE-7M4 v4.01',
    serial: '5021337',
    lens: 'FE 24-70mm F2.8 GM II',
    focalMm: 50,
    capturedAt,
    shutter: shutterValue(1, 250),
    fnumber: 560,
    iso: 800,
    biasEv: -0.3,
    exposureProgram: 1,
    width: 6000,
    height: 4000,
  },
  look: { blur: [0, 0, 0, 0, 0], step: 0, quality: 90 },
  rawWidth: 6048,
  rawHeight: 4024,
  seed: 42,
};

describe('shot factory', () => {
  it('renders a 6000×4000 JPEG with real EXIF', async () => {
    const jpeg = (await buildJpeg(spec)).toBuffer();
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 6000, 4000]);
    const exif = await exifr.parse(jpeg, true);
    expect(exif).toMatchObject({
      Make: 'SONY',
      Model: 'ILCE-7M4',
      ISO: 800,
      ExposureTime: 1 / 250,
      FNumber: 5.6,
      ExposureCompensation: -0.3,
    });
    expect(exif.ExifImageWidth).toBe(6000);
    expect(exif.ExifImageHeight).toBe(4000);
    // EXIF dates carry no zone; exifr reads them as local time, like the camera wrote them.
    expect((exif.DateTimeOriginal as Date).getTime()).toBe(capturedAt.getTime());
  });

  it('pads a card JPEG to its listed size and keeps it decodable', async () => {
    const file = await buildJpeg(spec, 9_123_457);
    expect(file.size).toBe(9_123_457);
    const buf = file.toBuffer();
    expect(buf.length).toBe(9_123_457);
    const { info } = await sharp(buf).resize(64).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(64);
    expect((await exifr.parse(buf)).Model).toBe('ILCE-7M4');
  });

  it('appends the 1616×1080 preview a Sony body writes, listed in an APP2 MPF index (padded or not)', async () => {
    for (const size of [undefined, 9_123_457]) {
      const buf = (await buildJpeg(spec, size)).toBuffer();
      // The index sits in the head; the preview is the file's tail, after the primary image's EOI.
      const range = findMpfPreview(buf.subarray(0, 64 * 1024), buf.length);
      expect(range).not.toBeNull();
      expect((range?.offset ?? 0) + (range?.size ?? 0)).toBe(buf.length);
      expect(buf.readUInt16BE((range?.offset ?? 0) - 2)).toBe(0xffd9);
      const preview = mpfPreviewOf(buf);
      const meta = await sharp(preview ?? Buffer.alloc(0)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1616, 1080]);
      // The primary image still decodes at full size.
      expect((await sharp(buf).metadata()).width).toBe(6000);
    }
  });

  it('builds an ARW-sized TIFF container with Make/Model and an extractable preview', async () => {
    const file = await buildArw(spec, 33_000_001);
    expect(file.size).toBe(33_000_001);
    const head = Buffer.concat(file.read(0, 2 * 1024 * 1024));
    expect(head.subarray(0, 4)).toEqual(Buffer.from('II*\0', 'latin1'));
    const tags = await exifr.parse(head, { tiff: true, ifd1: true, exif: true });
    expect(tags).toMatchObject({ Make: 'SONY', Model: 'ILCE-7M4', ISO: 800, FNumber: 5.6 });
    const preview = await exifr.thumbnail(head);
    expect(preview).toBeDefined();
    const meta = await sharp(Buffer.from(preview as Uint8Array)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1616, 1080]);
  });

  it('fills the raw data from the shared noise block without copying it', async () => {
    const file = await buildArw(spec, 30_000_000);
    const tail = file.read(file.size - 3 * 1024 * 1024, 3 * 1024 * 1024);
    expect(tail.every((view) => view.buffer === noise().buffer)).toBe(true);
  });

  it('makes movie clips that start with an MP4 ftyp box', () => {
    const movie = buildMovie(50_000_000, 7);
    expect(movie.size).toBe(50_000_000);
    expect(Buffer.concat(movie.read(0, 12)).toString('latin1', 4, 8)).toBe('ftyp');
  });

  it('renders a letterboxed 160×120 thumbnail and a 1616×1080 screennail', async () => {
    const thumb = await sharp(await buildContentImage(spec, 'thumbnail')).metadata();
    const screen = await sharp(await buildContentImage(spec, 'screennail')).metadata();
    expect([thumb.width, thumb.height, screen.width, screen.height]).toEqual([160, 120, 1616, 1080]);
  });
});
