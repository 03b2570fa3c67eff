import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../shared/studio-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import { confinedRealPath } from '../core/path-guard';
import { ShotImageService } from './shot-images';

let dir: string;
const shots = new Map<string, ShotInfo>();
const lookup = {
  shot(id: string): ShotInfo {
    const s = shots.get(id);
    if (!s) throw new TetherError(ErrorCode.NotFound, id);
    return s;
  },
  async shotFile(id: string) {
    const shot = lookup.shot(id);
    return { shot, path: await confinedRealPath(dir, shot.path) };
  },
};

function addShot(id: string, fileName: string, kind: ShotInfo['kind']): void {
  shots.set(id, {
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
  });
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
  it('resizes to thumbnail and preview sizes and caches on disk', async () => {
    const service = new ShotImageService(lookup, join(dir, 'cache'));
    const thumb = await service.get('jpg', 'thumbnail');
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
    const preview = await sharp(await service.get('jpg', 'preview')).metadata();
    expect(preview.width).toBe(1600);
    // Cached: a second service reads the same bytes without the source.
    const again = await new ShotImageService(lookup, join(dir, 'cache')).get('jpg', 'thumbnail');
    expect(Buffer.compare(Buffer.from(again), Buffer.from(thumb))).toBe(0);
  });

  it('reports clear errors for missing files, movies and unknown shots', async () => {
    const service = new ShotImageService(lookup, join(dir, 'cache'));
    await expect(service.get('gone', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.get('mov', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    await expect(service.get('nope', 'thumbnail')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
