import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../shared/studio-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import { EventBus } from '../core/event-bus';
import { EarlyThumbnails } from './early-thumbnails';
import { confinedRealPath } from '../core/path-guard';
import { mpfApp2 } from '../camera/sim/mpf-segment';
import { ShotImageService } from './shot-images';

let dir: string;
const shots = new Map<string, ShotInfo>();
const lookup = {
  async shot(id: string): Promise<ShotInfo> {
    const s = shots.get(id);
    if (!s) throw new TetherError(ErrorCode.NotFound, id);
    return s;
  },
  async shotFile(id: string) {
    const shot = await lookup.shot(id);
    return { shot, path: await confinedRealPath(dir, shot.path) };
  },
};

function addShot(id: string, fileName: string, kind: ShotInfo['kind']): ShotInfo {
  const shot: ShotInfo = {
    id,
    sessionId: 's',
    fileName,
    path: join(dir, fileName),
    size: 1,
    cameraId: 'c',
    originalName: fileName,
    kind,
    seq: 1,
    importedAt: '',
  };
  shots.set(id, shot);
  return shot;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-shotimg-'));
  await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#884422' } })
    .jpeg()
    .toFile(join(dir, 'big.jpg'));
  await writeFile(join(dir, 'movie.mp4'), 'x');
  addShot('jpg', 'big.jpg', 'jpeg');
  addShot('mov', 'movie.mp4', 'movie');
  addShot('gone', 'gone.jpg', 'jpeg');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ShotImageService', () => {
  it("makes a JPEG's thumbnail from the camera's MPF preview, turned like the image", async () => {
    const red = { width: 1500, height: 1000, channels: 3 as const, background: '#c01010' };
    const blue = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#1010c0' } })
      .jpeg()
      .toBuffer();
    const withPreview = (main: Buffer) =>
      Buffer.concat([main.subarray(0, 2), mpfApp2(0, main.length + 90, blue.length), main.subarray(2), blue]);
    const upright = await sharp({ create: red }).jpeg().toBuffer();
    const portrait = await sharp({ create: red }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    await writeFile(join(dir, 'mpf.jpg'), withPreview(upright));
    await writeFile(join(dir, 'mpf-portrait.jpg'), withPreview(portrait));
    addShot('mpf', 'mpf.jpg', 'jpeg');
    addShot('mpf-portrait', 'mpf-portrait.jpg', 'jpeg');
    const service = new ShotImageService(lookup, join(dir, 'cache-mpf'));
    const thumb = Buffer.from(await service.get('mpf', 'thumbnail'));
    const { channels } = await sharp(thumb).stats();
    expect(channels[2].mean).toBeGreaterThan(150); // the blue preview, not the red image
    expect(channels[0].mean).toBeLessThan(60);
    expect(await sharp(thumb).metadata()).toMatchObject({ width: 320, height: 213 });
    const turned = Buffer.from(await service.get('mpf-portrait', 'thumbnail'));
    expect(await sharp(turned).metadata()).toMatchObject({ width: 213, height: 320 });
    // The large preview is still made from the image itself (full resolution, its EXIF).
    const large = Buffer.from(await service.get('mpf', 'preview'));
    expect((await sharp(large).stats()).channels[0].mean).toBeGreaterThan(150);
    await service.stored();
  });

  it('resizes to thumbnail and preview sizes and caches on disk', async () => {
    const service = new ShotImageService(lookup, join(dir, 'cache'));
    const thumb = await service.get('jpg', 'thumbnail');
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
    const preview = await sharp(await service.get('jpg', 'preview')).metadata();
    expect(preview.width).toBe(1600);
    await service.stored();
    expect((await readdir(join(dir, 'cache'))).sort()).toEqual(['jpg-preview.jpg', 'jpg-thumbnail.jpg']);
    // Cached: a second service reads the same bytes without the source.
    const again = await new ShotImageService(lookup, join(dir, 'cache')).get('jpg', 'thumbnail');
    expect(Buffer.compare(Buffer.from(again), Buffer.from(thumb))).toBe(0);
  });

  it('serves every pixel for review at 100 % (a JPEG as it is on disk), without caching a copy', async () => {
    const service = new ShotImageService(lookup, join(dir, 'cache-full'));
    const full = await service.get('jpg', 'full');
    expect(Buffer.compare(Buffer.from(full), await readFile(join(dir, 'big.jpg')))).toBe(0);
    expect((await sharp(full).metadata()).width).toBe(3000);
    await service.stored();
    await expect(readdir(join(dir, 'cache-full'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(service.get('gone', 'full')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.get('mov', 'full')).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
  });

  it('reports clear errors for missing files, movies and unknown shots', async () => {
    const service = new ShotImageService(lookup, join(dir, 'cache'));
    await expect(service.get('gone', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.get('mov', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    await expect(service.get('nope', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('thumbnails made while a shot is imported', () => {
  it('makes the thumbnail from the staged file and hands it over by the final path, even once it is gone', async () => {
    const staged = join(dir, 'staged.jpg');
    await copyFile(join(dir, 'big.jpg'), staged);
    let renders = 0;
    const early = new EarlyThumbnails(async (source) => {
      renders++;
      return sharp(source.input).resize(32).jpeg().toBuffer();
    });
    early.prepare(staged, join(dir, 'final.jpg'), 'DSC1.JPG');
    early.prepare(staged, join(dir, 'clip.mp4'), 'C0001.MP4');
    await rm(staged);
    expect(early.size).toBe(1);
    const thumb = await early.take(join(dir, 'final.jpg'));
    expect((await sharp(thumb as Buffer).metadata()).width).toBe(32);
    expect(await early.take(join(dir, 'final.jpg'))).toBeNull();
    expect(renders).toBe(1);
  });

  it('serves the early thumbnail of a queued auto-import for the shot, without decoding the final file', async () => {
    const bus = new EventBus();
    const service = new ShotImageService(lookup, join(dir, 'cache-early'));
    const off = service.attach(bus);
    const staged = join(dir, 'staged2.jpg');
    await copyFile(join(dir, 'big.jpg'), staged);
    addShot('arrived', 'arrived.jpg', 'jpeg');
    bus.emit('transferQueued', {
      id: 'tr_1',
      cameraId: 'c',
      source: { kind: 'auto', stagedPath: staged },
      originalName: 'DSC2.JPG',
      targetPath: join(dir, 'arrived.jpg'),
      state: 'queued',
      bytesDone: 0,
      bytesTotal: 1,
      percent: 0,
      speed: 0,
      attempts: 0,
      createdAt: 0,
    });
    off();
    // The final file does not exist: only the early thumbnail can answer.
    const thumb = await service.get('arrived', 'thumbnail');
    expect(Math.max((await sharp(thumb).metadata()).width ?? 0)).toBe(320);
  });

  it('files the early thumbnail in the disk cache when the shot joins the session, unasked', async () => {
    const bus = new EventBus();
    const cache = join(dir, 'cache-filed');
    const service = new ShotImageService(lookup, cache);
    const off = service.attach(bus);
    const staged = join(dir, 'staged3.jpg');
    await copyFile(join(dir, 'big.jpg'), staged);
    const shot = addShot('filed', 'filed.jpg', 'jpeg');
    bus.emit('transferQueued', {
      id: 'tr_2',
      cameraId: 'c',
      source: { kind: 'auto', stagedPath: staged },
      originalName: 'DSC3.JPG',
      targetPath: shot.path,
      state: 'queued',
      bytesDone: 0,
      bytesTotal: 1,
      percent: 0,
      speed: 0,
      attempts: 0,
      createdAt: 0,
    });
    const pushed: { shotId: string; sessionId: string; jpegBase64: string }[] = [];
    bus.on('shotThumbnail', (p) => pushed.push(p));
    bus.emit('shotAdded', shot);
    off();
    await expect
      .poll(() => readdir(cache).catch(() => []), { timeout: 10_000 })
      .toEqual(['filed-thumbnail.jpg']);
    // The same bytes are pushed to the windows (`shotThumbnail`) as the thumbnail route serves.
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ shotId: 'filed', sessionId: shot.sessionId });
    expect(Buffer.from(pushed[0].jpegBase64, 'base64')).toEqual(
      Buffer.from(await service.get('filed', 'thumbnail')),
    );
  });
});
