import { join } from 'node:path';
import { z } from 'zod';
import { transferJobSchema, type TransferJob } from '../../shared/transfer-types';
import { JsonFile } from '../core/json-file';
import type { CorruptionReporter } from '../core/corruption-reporter';

const historySchema = z.object({ version: z.literal(1), jobs: z.array(transferJobSchema) });

/** How long finished jobs are gathered before the history file is rewritten. */
export const HISTORY_SAVE_DELAY_MS = 1000;

/**
 * Finished transfers (done, failed, cancelled), persisted in `dataDir/import-history.json`, newest last.
 * The file holds up to `limit` jobs and is rewritten whole, so writes are gathered: at most one per
 * {@link HISTORY_SAVE_DELAY_MS} however fast shots arrive (a burst of shots costs one write, not one each).
 * It is a record of what happened, not what makes a shot safe: the session journal holds every shot.
 */
export class ImportHistory {
  private readonly file: JsonFile<typeof historySchema>;
  private jobs: TransferJob[] = [];
  private timer: NodeJS.Timeout | null = null;
  private waiting: { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } | null =
    null;

  constructor(
    dataDir: string,
    private readonly reporter: CorruptionReporter,
    private readonly limit = 1000,
    private readonly delayMs = HISTORY_SAVE_DELAY_MS,
  ) {
    this.file = new JsonFile(join(dataDir, 'import-history.json'), historySchema);
  }

  /** Loads the persisted history; a corrupt file is moved aside and reported. */
  async load(): Promise<void> {
    const { value, corrupt } = await this.file.load();
    if (corrupt) this.reporter.report(corrupt);
    this.jobs = value?.jobs ?? [];
  }

  /** Appends (or replaces, on retry) a finished job; resolves when the gathered write is on disk. */
  add(job: TransferJob): Promise<void> {
    // A retried job is rare: only then is the list scanned.
    if (this.jobs.some((j) => j.id === job.id)) this.jobs = this.jobs.filter((j) => j.id !== job.id);
    this.jobs.push(structuredClone(job));
    // Trim in batches, so the array is not shifted on every job once full.
    if (this.jobs.length > this.limit + 100) this.jobs.splice(0, this.jobs.length - this.limit);
    return this.schedule();
  }

  private schedule(): Promise<void> {
    if (!this.waiting) {
      let resolve!: () => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.waiting = { promise, resolve, reject };
      this.timer = setTimeout(() => void this.write(), this.delayMs);
      this.timer.unref();
    }
    return this.waiting.promise;
  }

  private async write(): Promise<void> {
    const w = this.waiting;
    this.waiting = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!w) return;
    try {
      await this.file.save({ version: 1, jobs: this.jobs.slice(-this.limit) });
      w.resolve();
    } catch (err) {
      w.reject(err);
    }
  }

  /** Copies of every recorded job, oldest first. */
  list(): TransferJob[] {
    return this.jobs.slice(-this.limit).map((j) => structuredClone(j));
  }

  /** Writes what is gathered now and waits for it. */
  async flush(): Promise<void> {
    await this.write();
    await this.file.flush();
  }
}
