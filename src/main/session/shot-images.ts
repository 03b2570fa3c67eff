import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Exif } from 'sharp';
import { sharp } from '../imaging/sharp-runtime';
import { ErrorCode, TetherError } from '../../shared/errors';
import { PUSHED_THUMBNAIL_MAX_BASE64 } from '../../shared/events';
import type { ShotImageKind, ShotInfo } from '../../shared/studio-types';
import type { EventBus } from '../core/event-bus';
import { EarlyThumbnails } from './early-thumbnails';
import { makeDir } from '../core/bounded-fs';
import type { ShotImageServiceApi } from './shot-images-api';
import { readRawExif } from './raw-exif';
import { thumbnailInput, type ThumbnailInput } from './jpeg-mpf';
import { readEmbeddedJpeg } from './tiff-preview';

/** Longest edge of each image kind, in pixels. */
export const SHOT_IMAGE_SIZES = { thumbnail: 320, preview: 1600 } as const;

/** Looks shots up by id, and their files confined to the session folder. */
export interface ShotLookup {
  shot(shotId: string): Promise<ShotInfo>;
  shotFile(shotId: string): Promise<{ shot: ShotInfo; path: string }>;
}

/**
 * Filmstrip thumbnails and large previews of shots, resized with sharp and cached on disk
 * (`<cacheDir>/<shotId>-<kind>.jpg`). RAW/TIFF files use their embedded JPEG preview. A shot the camera
 * just delivered has its thumbnail made while it is being imported (see {@link EarlyThumbnails}), so the
 * filmstrip's request, right after the shot is announced, finds it ready.
 */
export class ShotImageService implements ShotImageServiceApi {
  private readonly inflight = new Map<string, Promise<Uint8Array>>();
  private readonly storing = new Set<Promise<void>>();
  /** Thumbnails of new shots being filed in the cache (started by `shotAdded`). */
  private readonly filing = new Set<Promise<void>>();
  private readonly early = new EarlyThumbnails((from, name) => this.resize(from, name, 'thumbnail'));

  constructor(
    private readonly shots: ShotLookup,
    private readonly cacheDir: string,
  ) {}

  /**
   * Makes thumbnails of auto-imported shots while they are imported (bus `transferQueued`), and files each
   * in the disk cache once its shot joins the session (`shotAdded`), then pushes it (`shotThumbnail`): every
   * imported shot then costs the same (whether or not a filmstrip is watching), and nothing made is thrown away.
   */
  attach(bus: EventBus): () => void {
    const offQueued = bus.on('transferQueued', (job) => {
      if (job.source.kind === 'auto' && job.targetPath)
        this.early.prepare(job.source.stagedPath, job.targetPath, job.originalName);
    });
    const offAdded = bus.on('shotAdded', (shot) => {
      if (!this.early.has(shot.path)) return;
      const filing = this.get(shot.id, 'thumbnail').then(
        (bytes) => {
          // Pushed with the shot: a watching filmstrip shows it without a request of its own (one round trip
          // and a response read on a busy page less between the shutter and the thumbnail on screen).
          const jpegBase64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
          if (jpegBase64.length <= PUSHED_THUMBNAIL_MAX_BASE64)
            bus.emit('shotThumbnail', { shotId: shot.id, sessionId: shot.sessionId, jpegBase64 });
        },
        () => undefined,
      );
      this.filing.add(filing);
      void filing.finally(() => this.filing.delete(filing));
    });
    return () => {
      offQueued();
      offAdded();
    };
  }

  async get(shotId: string, kind: ShotImageKind): Promise<Uint8Array> {
    if (kind !== 'thumbnail' && kind !== 'preview' && kind !== 'full') {
      throw new TetherError(ErrorCode.InvalidArgument, `Unknown image kind '${String(kind)}'`);
    }
    if (kind === 'full') return this.full(shotId);
    const shot = await this.shots.shot(shotId);
    const key = `${shot.id}-${kind}`;
    let job = this.inflight.get(key);
    if (!job) {
      job = this.load(shot, kind, join(this.cacheDir, `${key}.jpg`), key);
      this.inflight.set(key, job);
      job.catch(() => this.inflight.delete(key));
    }
    return job;
  }

  /**
   * Resolves once every image asked for so far is made and stored in the disk cache (shutdown, tests): the
   * new shots' thumbnails being filed, answers still being made, the writes behind answers given.
   */
  async stored(): Promise<void> {
    await Promise.all([...this.filing]);
    await Promise.allSettled([...this.inflight.values()]);
    await Promise.all([...this.storing]);
  }

  private async load(
    shot: ShotInfo,
    kind: 'thumbnail' | 'preview',
    cachePath: string,
    key: string,
  ): Promise<Uint8Array> {
    try {
      const cached = await readFile(cachePath);
      this.inflight.delete(key);
      return cached;
    } catch {
      // Not cached yet.
    }
    const made = kind === 'thumbnail' ? await this.early.take(shot.path) : null;
    const out = made ?? (await this.fromFile(shot, kind));
    // Answer now; the cache is written behind the answer (the in-flight entry answers until it is stored).
    const storing = this.store(cachePath, out)
      .catch(() => undefined) // an unwritable cache only costs a resize next time
      .finally(() => {
        this.inflight.delete(key);
        this.storing.delete(storing);
      });
    this.storing.add(storing);
    return out;
  }

  private async store(cachePath: string, out: Buffer): Promise<void> {
    await makeDir(this.cacheDir);
    const part = `${cachePath}.${process.pid}.part`;
    await writeFile(part, out);
    await rename(part, cachePath);
  }

  private async fromFile(shot: ShotInfo, kind: 'thumbnail' | 'preview'): Promise<Buffer> {
    // Only a file inside the session folder is ever decoded (a planted record or symlink is refused).
    const { path } = await this.shots.shotFile(shot.id);
    const source = await this.sourceJpeg({ ...shot, path });
    // A RAW's embedded JPEG carries no exposure data: the preview gets the RAW's own EXIF instead.
    const exif = kind === 'preview' && typeof source !== 'string' ? await readRawExif(path) : null;
    return this.render(source, shot.fileName, kind, exif);
  }

  /**
   * Every pixel, for review at 100 %: a JPEG as it is on disk, a RAW/TIFF's embedded JPEG (other kinds are
   * refused as for previews). Not cached: the file itself is the cache.
   */
  private async full(shotId: string): Promise<Uint8Array> {
    const { shot, path } = await this.shots.shotFile(shotId);
    const source = await this.sourceJpeg({ ...shot, path });
    if (typeof source !== 'string') return source;
    try {
      return await readFile(source);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new TetherError(ErrorCode.NotFound, `${shot.fileName} is no longer on disk`);
      throw new TetherError(ErrorCode.IoError, `Cannot read ${shot.fileName}: ${(err as Error).message}`);
    }
  }

  /** Resizes a JPEG (path or bytes) to `kind`; a preview keeps the JPEG's EXIF, or gets `exif`. */
  private async render(
    source: Buffer | string,
    name: string,
    kind: 'thumbnail' | 'preview',
    exif: Exif | null = null,
  ): Promise<Buffer> {
    // A thumbnail comes from the camera's own MPF preview when the JPEG has one (a few ms, not ~50).
    const from = kind === 'thumbnail' ? await thumbnailInput(source) : { input: source, rotate: null };
    return this.resize(from, name, kind, exif);
  }

  /** Resizes `from` (turned by its rotation, or its own EXIF) to `kind`. */
  private async resize(
    from: ThumbnailInput,
    name: string,
    kind: 'thumbnail' | 'preview',
    exif: Exif | null = null,
  ): Promise<Buffer> {
    const size = SHOT_IMAGE_SIZES[kind];
    try {
      const pipeline = sharp(from.input, { failOn: 'none' })
        .rotate(from.rotate ?? undefined)
        .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
      // The large preview keeps EXIF so the viewer can show the exposure summary; thumbnails stay small.
      if (kind === 'preview') {
        if (exif) pipeline.withExif(exif);
        else pipeline.keepExif();
      }
      return await pipeline.jpeg({ quality: kind === 'thumbnail' ? 75 : 85 }).toBuffer();
    } catch (err) {
      throw new TetherError(ErrorCode.NotSupported, `Cannot decode ${name}: ${(err as Error).message}`);
    }
  }

  /** The JPEG to resize: the file itself, or a RAW/TIFF's embedded preview. */
  private async sourceJpeg(shot: Pick<ShotInfo, 'kind' | 'fileName' | 'path'>): Promise<Buffer | string> {
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
