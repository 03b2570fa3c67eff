import exifr from 'exifr';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutterValue } from '../../shared/properties';
import type { ShotInfo } from '../../shared/studio-types';
import { buildArw, type ShotSpec } from '../camera/sim/shot-factory';
import { exifDictionaryOf, rationalText, readRawExif } from './raw-exif';
import { ShotImageService } from './shot-images';

let dir: string;
const spec: ShotSpec = {
  exif: {
    model: 'ILCE-7M4',
    firmware: 'ILCE-7M4 v4.01',
    serial: '5021337',
    lens: 'FE 24-70mm F2.8 GM II',
    focalMm: 50,
    capturedAt: new Date(2025, 4, 1, 14, 5, 12),
    shutter: shutterValue(1, 250),
    fnumber: 560,
    iso: 800,
    biasEv: -0.3,
    exposureProgram: 1,
    width: 7008,
    height: 4672,
  },
  look: { blur: [0, 0, 0, 0, 0], step: 0, quality: 90 },
  rawWidth: 7040,
  rawHeight: 4688,
  seed: 7,
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-rawexif-'));
  const arw = await buildArw(spec, 2_500_000);
  await writeFile(join(dir, 'DSC00001.ARW'), arw.toBuffer());
  await writeFile(join(dir, 'not-a-raw.ARW'), 'hello');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('RAW exposure EXIF', () => {
  it('writes decimals as the rationals cameras use', () => {
    expect(rationalText(1 / 250)).toBe('1/250');
    expect(rationalText(5.6)).toBe('56/10');
    expect(rationalText(-0.3)).toBe('-3/10');
    expect(rationalText(30)).toBe('30/1');
    expect(rationalText(0.8)).toBe('8/10');
  });

  it('maps the ARW IFD0 and Exif IFD to a sharp dictionary', async () => {
    const exif = await readRawExif(join(dir, 'DSC00001.ARW'));
    expect(exif?.IFD0).toMatchObject({ Make: 'SONY', Model: 'ILCE-7M4' });
    expect(exif?.IFD2).toMatchObject({
      ExposureTime: '1/250',
      FNumber: '56/10',
      ISOSpeedRatings: '800',
      FocalLength: '50/1',
      ExposureBiasValue: '-3/10',
      LensModel: 'FE 24-70mm F2.8 GM II',
    });
    expect(exifDictionaryOf({})).toBeNull();
    expect(await readRawExif(join(dir, 'not-a-raw.ARW'))).toBeNull();
  });

  it('gives the preview of a RAW shot the RAW exposure data, readable like a JPEG', async () => {
    const shot: ShotInfo = {
      id: 'raw',
      sessionId: 's',
      fileName: 'DSC00001.ARW',
      path: join(dir, 'DSC00001.ARW'),
      size: 2_500_000,
      cameraId: 'c',
      originalName: 'DSC00001.ARW',
      kind: 'raw',
      seq: 1,
      importedAt: '',
    };
    const lookup = {
      shot: async () => shot,
      shotFile: async () => ({ shot, path: shot.path }),
    };
    const service = new ShotImageService(lookup, join(dir, 'cache'));
    const preview = await service.get('raw', 'preview');
    // The lite build the renderer uses reads the same tags.
    const tags = (await exifr.parse(Buffer.from(preview), { exif: true })) as Record<string, unknown>;
    expect(tags).toMatchObject({
      Make: 'SONY',
      Model: 'ILCE-7M4',
      ExposureTime: 1 / 250,
      FNumber: 5.6,
      ISO: 800,
      FocalLength: 50,
      LensModel: 'FE 24-70mm F2.8 GM II',
    });
    await service.stored();
  });
});
