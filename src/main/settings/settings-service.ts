import { join } from 'node:path';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { CorruptionReporter } from '../core/corruption-reporter';
import { JsonFile, type CorruptFileReport } from '../core/json-file';
import type { SettingsServiceApi } from './settings-api';
import { studioSettingsSchema, type StudioSettings, type StudioSettingsPatch } from './settings-schema';

/** Studio settings in `dataDir/settings.json`: zod-validated, atomic writes, corrupt files moved aside. */
export class SettingsService implements SettingsServiceApi {
  private readonly file: JsonFile<typeof studioSettingsSchema>;
  private current: StudioSettings = studioSettingsSchema.parse({});

  constructor(
    dataDir: string,
    private readonly reporter: CorruptionReporter,
  ) {
    this.file = new JsonFile(join(dataDir, 'settings.json'), studioSettingsSchema);
  }

  /** Corrupt files reported so far (settings and every other persisted file). */
  get problems(): readonly CorruptFileReport[] {
    return this.reporter.reports;
  }

  /** Loads from disk; a missing file gives defaults; a corrupt one is moved aside and reported. */
  async load(): Promise<StudioSettings> {
    const { value, corrupt } = await this.file.load();
    if (corrupt) this.reporter.report(corrupt);
    this.current = value ?? studioSettingsSchema.parse({});
    return this.get();
  }

  /** A copy of the current settings. */
  get(): StudioSettings {
    return structuredClone(this.current);
  }

  /** Merges, validates (INVALID_ARGUMENT on bad input; nothing changes) and persists. */
  async update(patch: StudioSettingsPatch): Promise<StudioSettings> {
    const merged = { ...this.current, ...patch, extra: { ...this.current.extra, ...(patch.extra ?? {}) } };
    const parsed = studioSettingsSchema.safeParse(merged);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new TetherError(ErrorCode.InvalidArgument, `Invalid settings: ${detail}`);
    }
    this.current = parsed.data;
    await this.file.save(this.current);
    return this.get();
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
