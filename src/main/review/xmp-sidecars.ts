import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ExifTool, WriteTags } from 'exiftool-vendored';
import type { ColorLabel, Pick } from '../../shared/review-types';
import { writeFileAtomic } from '../core/json-file';

/** What the studio keeps in a shot's XMP sidecar. */
export interface SidecarFields {
  rating?: number;
  label?: ColorLabel | null;
  pick?: Pick;
  keywords?: string[];
  caption?: string;
  copyright?: string;
  creator?: string;
}

/** Review fields read back from a sidecar. */
export interface SidecarReview {
  rating: number;
  label: ColorLabel | null;
  pick: Pick;
}

const LABEL_TAG: Record<ColorLabel, string> = {
  red: 'Red',
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  purple: 'Purple',
};

/**
 * The sidecars of a shot file: `NAME.xmp` (Lightroom, Capture One, Bridge; shared by a RAW+JPEG pair) and
 * `NAME.EXT.xmp` (darktable's naming). The first is the one read back.
 */
export function sidecarPaths(shotPath: string): [primary: string, darktable: string] {
  const ext = extname(shotPath);
  return [join(dirname(shotPath), `${basename(shotPath, ext)}.xmp`), `${shotPath}.xmp`];
}

/** Maps the studio's fields onto ExifTool tag names (xmp:Rating/Label, xmpDM:pick/good, dc:*). */
export function toTags(f: SidecarFields): WriteTags {
  const tags: Record<string, unknown> = {};
  if (f.rating !== undefined || f.pick !== undefined) {
    // Lightroom, Bridge and darktable read a rejected image as xmp:Rating −1.
    if (f.pick === 'reject') tags.Rating = -1;
    else if (f.rating !== undefined) tags.Rating = f.rating;
  }
  if (f.label !== undefined) tags.Label = f.label ? LABEL_TAG[f.label] : null;
  if (f.pick !== undefined) {
    tags['XMP-xmpDM:Pick'] = f.pick === 'pick' ? 1 : f.pick === 'reject' ? -1 : null;
    tags['XMP-xmpDM:Good'] = f.pick === 'pick' ? true : f.pick === 'reject' ? false : null;
  }
  if (f.keywords) tags.Subject = f.keywords.length ? f.keywords : null;
  if (f.caption !== undefined) tags.Description = f.caption || null;
  if (f.copyright !== undefined) tags.Rights = f.copyright || null;
  if (f.creator !== undefined) tags.Creator = f.creator ? [f.creator] : null;
  return tags as WriteTags;
}

/** Reads the review fields out of ExifTool's tags. */
export function fromTags(tags: Record<string, unknown>): SidecarReview {
  const rawRating = Number(tags.Rating ?? 0);
  const pickTag = Number(tags.Pick ?? 0);
  // xmp:Rating is what every program edits (−1 = rejected); xmpDM:Pick only the studio, so it can be stale.
  const reject = rawRating < 0;
  const rating = reject ? 0 : Math.max(0, Math.min(5, Math.round(rawRating) || 0));
  const labelText = typeof tags.Label === 'string' ? tags.Label.toLowerCase() : '';
  const label = (Object.keys(LABEL_TAG) as ColorLabel[]).find((k) => k === labelText) ?? null;
  return { rating, label, pick: reject ? 'reject' : pickTag > 0 ? 'pick' : 'none' };
}

/**
 * Reads and writes XMP sidecars with ExifTool (exiftool-vendored: the Perl ExifTool, run as one long-lived
 * process). A write edits a private copy of the sidecar (so what Lightroom or darktable keep there stays)
 * and publishes it atomically: `.part`, fsync, rename. Writes to one sidecar are serialised.
 */
export class XmpSidecars {
  private tool: Promise<ExifTool> | null = null;
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(private readonly scratchDir: string) {}

  // Loaded on first use: the module costs ~80 ms at start-up, and a studio that never rates a shot never needs it.
  private exiftool(): Promise<ExifTool> {
    this.tool ??= import('exiftool-vendored').then(
      ({ ExifTool }) => new ExifTool({ maxProcs: 1, taskTimeoutMillis: 20_000 }),
    );
    return this.tool;
  }

  /** Writes `fields` into both sidecars of a shot. */
  async write(shotPath: string, fields: SidecarFields): Promise<void> {
    const tags = toTags(fields);
    if (Object.keys(tags).length === 0) return;
    for (const target of sidecarPaths(shotPath)) await this.serial(target, () => this.edit(target, tags));
  }

  /** Review fields of a shot's primary sidecar, with its mtime; null when there is none. */
  async read(shotPath: string): Promise<{ review: SidecarReview; mtimeMs: number } | null> {
    const [primary] = sidecarPaths(shotPath);
    const info = await stat(primary).catch(() => null);
    if (!info?.isFile()) return null;
    const tags = (await (await this.exiftool()).read(primary)) as unknown as Record<string, unknown>;
    return { review: fromTags(tags), mtimeMs: info.mtimeMs };
  }

  /** mtime of the primary sidecar (null when absent): cheap change detection at session load. */
  async mtime(shotPath: string): Promise<number | null> {
    const info = await stat(sidecarPaths(shotPath)[0]).catch(() => null);
    return info?.isFile() ? info.mtimeMs : null;
  }

  /** Ends the ExifTool process. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
    const tool = this.tool;
    this.tool = null;
    await (await tool?.catch(() => null))?.end();
  }

  private serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.chains.set(key, run);
    void run
      .catch(() => undefined)
      .finally(() => {
        if (this.chains.get(key) === run) this.chains.delete(key);
      });
    return run;
  }

  private async edit(target: string, tags: WriteTags): Promise<void> {
    await mkdir(this.scratchDir, { recursive: true });
    const scratch = join(this.scratchDir, `${randomUUID()}.xmp`);
    try {
      await copyFile(target, scratch).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await (await this.exiftool()).write(scratch, tags, { writeArgs: ['-overwrite_original'] });
      await writeFileAtomic(target, await readFile(scratch));
    } finally {
      await rm(scratch, { force: true });
    }
  }
}
