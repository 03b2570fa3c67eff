import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardFile } from '../../shared/camera-types';
import type { Logger } from '../core/logger';

/** Default bound of the cache folder: thumbnails are ~5–30 KB, so tens of thousands fit. */
export const CARD_THUMB_CACHE_BYTES = 256 * 1024 * 1024;

/** What the cache did since start (the card-scale benchmark reads it). */
export interface CardThumbStats {
  /** Answered from the folder (or from a request already in flight). */
  hits: number;
  /** Fetched from the camera: one USB round trip each on a real body. */
  fetches: number;
}

/** A complete JPEG: SOI at the start, EOI at the end (a torn cache file is neither served nor kept). */
function isWholeJpeg(b: Uint8Array): boolean {
  const n = b.length;
  return n > 4 && b[0] === 0xff && b[1] === 0xd8 && b[n - 2] === 0xff && b[n - 1] === 0xd9;
}

/**
 * Card thumbnails on disk, in the data folder: each one is fetched from the camera once, whatever asks
 * for it (the UI, the Alpha API, a drag) and across restarts. The key is the camera (serial) and the file
 * as listed (slot, content and file id, name, size, time), so a content id the camera reuses for another
 * file is another thumbnail. Concurrent requests for one thumbnail share one fetch. The folder is kept
 * under `maxBytes` by dropping the least recently written files.
 */
export class CardThumbCache {
  readonly stats: CardThumbStats = { hits: 0, fetches: 0 };
  private readonly inflight = new Map<string, Promise<Uint8Array>>();
  private writtenSincePrune = 0;
  private pruning: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly dir: string,
    private readonly log: Logger,
    private readonly maxBytes = CARD_THUMB_CACHE_BYTES,
  ) {}

  /** The cache key of a listed card file on the body with `serial`. */
  static key(serial: string, file: CardFile): string {
    return createHash('sha256')
      .update(
        [serial, file.slot, file.contentId, file.fileId, file.name, file.size, file.createdAt].join('\0'),
      )
      .digest('hex')
      .slice(0, 40);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.jpg`);
  }

  /** The thumbnail for `key`: from the folder, else from `fetch` (then kept). */
  get(key: string, fetch: () => Promise<Uint8Array>): Promise<Uint8Array> {
    let job = this.inflight.get(key);
    if (job) {
      this.stats.hits++;
      return job;
    }
    job = this.load(key, fetch).finally(() => this.inflight.delete(key));
    this.inflight.set(key, job);
    return job;
  }

  private async load(key: string, fetch: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const path = this.path(key);
    const cached = await readFile(path).catch(() => null);
    if (cached && isWholeJpeg(cached)) {
      this.stats.hits++;
      return cached;
    }
    this.stats.fetches++;
    const bytes = await fetch();
    if (isWholeJpeg(bytes)) await this.keep(path, bytes);
    return bytes;
  }

  private async keep(path: string, bytes: Uint8Array): Promise<void> {
    try {
      await mkdir(join(path, '..'), { recursive: true });
      const part = `${path}.${process.pid}.part`;
      // A cache: no fsync (a file torn by a power cut fails the JPEG check and is fetched again).
      await writeFile(part, bytes);
      await rename(part, path);
    } catch (err) {
      this.log.warn(`cannot keep a card thumbnail: ${(err as Error).message}`);
      return;
    }
    this.writtenSincePrune += bytes.length;
    if (this.writtenSincePrune > this.maxBytes / 8) {
      this.writtenSincePrune = 0;
      void this.prune();
    }
  }

  /**
   * Drops the oldest files until the folder is under 3/4 of its bound. One pass at a time; a call during a
   * pass makes it look again, so when this resolves every thumbnail written before the call was counted.
   */
  prune(): Promise<void> {
    if (this.pruning) {
      this.again = true;
      return this.pruning;
    }
    this.pruning = (async () => {
      do {
        this.again = false;
        await this.pruneNow().catch((err: Error) =>
          this.log.warn(`cannot prune the card thumbnail cache: ${err.message}`),
        );
      } while (this.again);
    })().finally(() => {
      this.pruning = null;
    });
    return this.pruning;
  }

  private async pruneNow(): Promise<void> {
    const files: { path: string; size: number; mtime: number }[] = [];
    for (const sub of await readdir(this.dir).catch(() => [] as string[])) {
      for (const name of await readdir(join(this.dir, sub)).catch(() => [] as string[])) {
        const path = join(this.dir, sub, name);
        const st = await stat(path).catch(() => null);
        if (st?.isFile()) files.push({ path, size: st.size, mtime: st.mtimeMs });
      }
    }
    let total = files.reduce((n, f) => n + f.size, 0);
    if (total <= this.maxBytes) return;
    files.sort((a, b) => a.mtime - b.mtime);
    for (const f of files) {
      if (total <= (this.maxBytes * 3) / 4) break;
      await rm(f.path, { force: true });
      total -= f.size;
    }
  }
}
