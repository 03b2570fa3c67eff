import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sharp } from '../imaging/sharp-runtime';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { ShotInfo } from '../../shared/studio-types';
import { makeDir } from '../core/bounded-fs';
import type { ShotImageServiceApi } from './shot-images-api';
import { readEmbeddedJpeg } from './tiff-preview';

/** Longest edge of each image kind, in pixels. */
export const SHOT_IMAGE_SIZES = { thumbnail: 320, preview: 1600 } as const;

/** Looks shots up by id, and their files confined to the session folder. */
export interface ShotLookup {
  shot(shotId: string): ShotInfo;
  shotFile(shotId: string): Promise<{ shot: ShotInfo; path: string }>;
}

/**
 * Filmstrip thumbnails and large previews of shots, resized with sharp and cached on disk
 * (`<cacheDir>/<shotId>-<kind>.jpg`). RAW/TIFF files use their embedded JPEG preview.
 */
export class ShotImageService implements ShotImageServiceApi {
  private readonly inflight = new Map<string, Promise<Uint8Array>>();

  constructor(
    private readonly shots: ShotLookup,
    private readonly cacheDir: string,
  ) {}

  async get(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array> {
    if (kind !== 'thumbnail' && kind !== 'preview') {
      throw new TetherError(ErrorCode.InvalidArgument, `Unknown image kind '${String(kind)}'`);
    }
    const shot = this.shots.shot(shotId);
    const key = `${shot.id}-${kind}`;
    let job = this.inflight.get(key);
    if (!job) {
      job = this.load(shot, kind, join(this.cacheDir, `${key}.jpg`)).finally(() => this.inflight.delete(key));
      this.inflight.set(key, job);
    }
    return job;
  }

  private async load(shot: ShotInfo, kind: 'thumbnail' | 'preview', cachePath: string): Promise<Uint8Array> {
    try {
      return await readFile(cachePath);
    } catch {
      // Not cached yet.
    }
    // Only a file inside the session folder is ever decoded (a planted record or symlink is refused).
    const { path } = await this.shots.shotFile(shot.id);
    const source = await this.sourceJpeg({ ...shot, path });
    const size = SHOT_IMAGE_SIZES[kind];
    let out: Buffer;
    try {
      const pipeline = sharp(source, { failOn: 'none' })
        .rotate()
        .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
      // The large preview keeps EXIF so the viewer can show the exposure summary; thumbnails stay small.
      if (kind === 'preview') pipeline.keepExif();
      out = await pipeline.jpeg({ quality: kind === 'thumbnail' ? 75 : 85 }).toBuffer();
    } catch (err) {
      throw new TetherError(
        ErrorCode.NotSupported,
        `Cannot decode ${shot.fileName}: ${(err as Error).message}`,
      );
    }
    await makeDir(this.cacheDir);
    const part = `${cachePath}.${process.pid}.part`;
    await writeFile(part, out);
    await rename(part, cachePath);
    return out;
  }

  /** The JPEG to resize: the file itself, or a RAW/TIFF's embedded preview. */
  private async sourceJpeg(shot: ShotInfo): Promise<Buffer | string> {
    if (shot.kind === 'jpeg') return shot.path;
    if (shot.kind === 'raw' || /\.(tiff?|arw|dng)$/i.test(shot.fileName)) {
      const embedded = await readEmbeddedJpeg(shot.path).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT')
          throw new TetherError(ErrorCode.NotFound, `${shot.fileName} is no longer on disk`);
        throw new TetherError(ErrorCode.NotSupported, `Cannot read ${shot.fileName}: ${err.message}`);
      });
      if (!embedded)
        throw new TetherError(ErrorCode.NotSupported, `${shot.fileName} has no embedded preview`);
      return embedded;
    }
    throw new TetherError(ErrorCode.NotSupported, `No preview for ${shot.kind} files (${shot.fileName})`);
  }
}
