import { join } from 'node:path';
import { z } from 'zod';
import { transferJobSchema, type TransferJob } from '../../shared/transfer-types';
import { JsonFile } from '../core/json-file';
import type { CorruptionReporter } from '../core/corruption-reporter';

const historySchema = z.object({ version: z.literal(1), jobs: z.array(transferJobSchema) });

/** Finished transfers (done, failed, cancelled), persisted in `dataDir/import-history.json`, newest last. */
export class ImportHistory {
  private readonly file: JsonFile<typeof historySchema>;
  private jobs: TransferJob[] = [];

  constructor(
    dataDir: string,
    private readonly reporter: CorruptionReporter,
    private readonly limit = 1000,
  ) {
    this.file = new JsonFile(join(dataDir, 'import-history.json'), historySchema);
  }

  /** Loads the persisted history; a corrupt file is moved aside and reported. */
  async load(): Promise<void> {
    const { value, corrupt } = await this.file.load();
    if (corrupt) this.reporter.report(corrupt);
    this.jobs = value?.jobs ?? [];
  }

  /** Appends (or replaces, on retry) a finished job and persists. */
  add(job: TransferJob): Promise<void> {
    this.jobs = this.jobs.filter((j) => j.id !== job.id);
    this.jobs.push(structuredClone(job));
    if (this.jobs.length > this.limit) this.jobs.splice(0, this.jobs.length - this.limit);
    return this.file.save({ version: 1, jobs: this.jobs });
  }

  /** Copies of every recorded job, oldest first. */
  list(): TransferJob[] {
    return this.jobs.map((j) => structuredClone(j));
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
