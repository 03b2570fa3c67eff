import { join } from 'node:path';
import { z } from 'zod';
import { colorLabelSchema, pickSchema, ratingSchema, shotGroupSchema } from '../../shared/review-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { JsonFile } from '../core/json-file';

/** One shot's review entry as persisted. */
export const reviewEntrySchema = z.object({
  rating: ratingSchema,
  label: colorLabelSchema.nullable(),
  pick: pickSchema,
  group: shotGroupSchema.optional(),
  /** mtime of the primary sidecar when the studio last wrote or read it (a newer one was edited elsewhere). */
  xmpMtimeMs: z.number().optional(),
});
/** One shot's review entry. */
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

const reviewFileSchema = z.object({
  version: z.literal(1),
  shots: z.record(z.string(), reviewEntrySchema),
});

/** Name of the review file inside a session folder. */
export const REVIEW_FILE = '.tether-review.json';

/** A fresh entry. */
export function blankEntry(): ReviewEntry {
  return { rating: 0, label: null, pick: 'none' };
}

/**
 * The review entries of one session (`<session>/.tether-review.json`): groups and skew that XMP has no
 * place for, plus a cache of what the sidecars say (the sidecars stay the truth for rating, label, pick).
 */
export class ReviewStore {
  private readonly file: JsonFile<typeof reviewFileSchema>;
  private shots: Record<string, ReviewEntry> = {};
  /** True once the sidecars were compared with the cache (session load). */
  synced = false;

  constructor(folder: string) {
    this.file = new JsonFile(join(folder, REVIEW_FILE), reviewFileSchema);
  }

  /** Loads the file; a corrupt one is moved aside and reported (the sidecars still hold the ratings). */
  async load(reporter: CorruptionReporter): Promise<void> {
    const { value, corrupt } = await this.file.load().catch(() => ({ value: null, corrupt: undefined }));
    if (corrupt) reporter.report(corrupt);
    this.shots = value?.shots ?? {};
  }

  /** The entry of a shot, when there is one. */
  get(shotId: string): ReviewEntry | undefined {
    return this.shots[shotId];
  }

  /** Replaces a shot's entry (call `save` after a batch). */
  set(shotId: string, entry: ReviewEntry): void {
    this.shots[shotId] = entry;
  }

  /** Persists atomically (coalesced). */
  save(): Promise<void> {
    return this.file.save({ version: 1, shots: this.shots });
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
