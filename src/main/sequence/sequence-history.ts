import { join } from 'node:path';
import { z } from 'zod';
import { SEQUENCE_HISTORY_LIMIT, sequenceRunSchema, type SequenceRun } from '../../shared/sequence-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { JsonFile } from '../core/json-file';

const fileSchema = z.object({ version: z.literal(1), runs: z.array(sequenceRunSchema) });

/**
 * The persisted run history (`dataDir/sequences.json`), written at every start, frame and end, so a
 * studio that stops mid-run reports after its restart what ran and where it stopped.
 */
export class SequenceHistory {
  private readonly file: JsonFile<typeof fileSchema>;

  constructor(dataDir: string) {
    this.file = new JsonFile(join(dataDir, 'sequences.json'), fileSchema);
  }

  /**
   * Loads the history; runs still marked running did not end: they become `interrupted`, with where they
   * stopped and which settings were left changed.
   */
  async load(reporter: CorruptionReporter, now = Date.now()): Promise<SequenceRun[]> {
    const { value, corrupt } = await this.file.load().catch(() => ({ value: null, corrupt: undefined }));
    if (corrupt) reporter.report(corrupt);
    const runs = value?.runs ?? [];
    let changed = false;
    for (const run of runs) {
      if (run.state !== 'running') continue;
      changed = true;
      const last = run.frames.at(-1);
      const where = `stopped after frame ${run.done}${run.total ? ` of ${run.total}` : ''}`;
      const when = last ? ` (last frame at ${new Date(last.at).toISOString()})` : '';
      Object.assign(run, { state: 'interrupted', nextAt: null, finishedAt: last?.at ?? now });
      run.warnings.push(`the studio stopped while this ran: ${where}${when}`);
      for (const [name, value] of Object.entries(run.restore ?? {}))
        run.warnings.push(`${name} was not restored (it was ${value} before the run)`);
    }
    if (changed) await this.save(runs);
    return runs;
  }

  /** Saves the newest runs (coalesced, atomic). */
  save(runs: SequenceRun[]): Promise<void> {
    return this.file.save({ version: 1, runs: runs.slice(-SEQUENCE_HISTORY_LIMIT) });
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
