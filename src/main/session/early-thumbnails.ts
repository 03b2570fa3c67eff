import { readThumbnailInput, type ReadThumbnailInput } from './jpeg-mpf';
import { readEmbeddedJpeg } from './tiff-preview';

/** Resizes a shot's JPEG (its MPF preview, the file's bytes or a RAW's embedded preview) to a thumbnail. */
export type ThumbnailRenderer = (source: ReadThumbnailInput, name: string) => Promise<Buffer>;

/** What a thumbnail of the JPEG or RAW at `path` is made from, read into memory now; null when it has none. */
async function readSource(path: string, jpeg: boolean): Promise<ReadThumbnailInput | null> {
  if (jpeg) return readThumbnailInput(path);
  const embedded = await readEmbeddedJpeg(path);
  return embedded ? { input: embedded, rotate: null } : null;
}

interface Made {
  at: number;
  job: Promise<Buffer | null>;
}

/**
 * Thumbnails made from a shot's staged file while the transfer queue imports it (copy, fsync, verify,
 * rename take longer than the resize), kept by the shot's final path until the filmstrip asks for them.
 * Bounded: at most `max` kept, each for `keepMs`, at most `concurrency` made at once; anything that fails
 * here simply leaves the thumbnail to be made from the final file as before.
 */
export class EarlyThumbnails {
  private readonly made = new Map<string, Made>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly render: ThumbnailRenderer,
    private readonly concurrency = 2,
    private readonly keepMs = 60_000,
    private readonly max = 64,
  ) {}

  /** Starts a thumbnail of `stagedPath` (a JPEG or RAW named `name`) for the shot that will be `targetPath`. */
  prepare(stagedPath: string, targetPath: string, name: string): void {
    const jpeg = /\.jpe?g$/i.test(name);
    if (!jpeg && !/\.(arw|srf|sr2|dng|tiff?)$/i.test(name)) return;
    this.expire();
    if (this.made.size >= this.max || this.made.has(targetPath)) return;
    const job = this.slot(async () => {
      // The staged file is removed once imported; by then the final file holds the same bytes.
      const source = await readSource(stagedPath, jpeg).catch(() => readSource(targetPath, jpeg));
      return source ? this.render(source, name) : null;
    }).catch(() => null);
    this.made.set(targetPath, { at: Date.now(), job });
  }

  /** The thumbnail made for the shot at `targetPath` (then forgotten), or null. */
  async take(targetPath: string): Promise<Buffer | null> {
    const e = this.made.get(targetPath);
    if (!e) return null;
    this.made.delete(targetPath);
    return e.job;
  }

  /** True when a thumbnail for the shot at `targetPath` is kept or in the making. */
  has(targetPath: string): boolean {
    return this.made.has(targetPath);
  }

  /** Thumbnails kept or in the making. */
  get size(): number {
    return this.made.size;
  }

  private expire(): void {
    const cutoff = Date.now() - this.keepMs;
    for (const [path, e] of this.made) {
      if (e.at >= cutoff) break;
      this.made.delete(path);
    }
  }

  private async slot<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      return await fn();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
