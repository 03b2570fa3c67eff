import { join } from 'node:path';
import { z } from 'zod';
import { captureMetadataSchema, type CaptureMetadata } from '../../shared/review-types';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { JsonFile } from '../core/json-file';

const fileSchema = z.object({ version: z.literal(1), metadata: captureMetadataSchema });

/** The next-capture metadata (`dataDir/capture-metadata.json`): what every new shot's XMP gets. */
export class CaptureMetadataStore {
  private readonly file: JsonFile<typeof fileSchema>;
  private value: CaptureMetadata = {};

  constructor(dataDir: string) {
    this.file = new JsonFile(join(dataDir, 'capture-metadata.json'), fileSchema);
  }

  /** Loads it; a corrupt file is moved aside and reported. */
  async load(reporter: CorruptionReporter): Promise<void> {
    const { value, corrupt } = await this.file.load().catch(() => ({ value: null, corrupt: undefined }));
    if (corrupt) reporter.report(corrupt);
    this.value = value?.metadata ?? {};
  }

  /** The metadata now. */
  get(): CaptureMetadata {
    return structuredClone(this.value);
  }

  /** Replaces and persists it (validated). */
  async set(metadata: CaptureMetadata): Promise<CaptureMetadata> {
    const parsed = captureMetadataSchema.parse(metadata);
    this.value = parsed;
    await this.file.save({ version: 1, metadata: parsed });
    return this.get();
  }

  /** True when nothing would be written. */
  static isEmpty(m: CaptureMetadata): boolean {
    return (
      m.rating === undefined &&
      m.label === undefined &&
      !m.keywords?.length &&
      !m.caption &&
      !m.copyright &&
      !m.creator
    );
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
