import type { CorruptFileReport } from '../core/json-file';
import type { StudioSettings, StudioSettingsPatch } from './settings-schema';

/** Persisted settings (implemented by `SettingsService`). */
export interface SettingsServiceApi {
  /** A copy of the current settings. */
  get(): StudioSettings;
  /** Merges, validates and persists; INVALID_ARGUMENT leaves everything unchanged. */
  update(patch: StudioSettingsPatch): Promise<StudioSettings>;
  /** Files found corrupt at load (moved aside); the UI shows these. */
  readonly problems: readonly CorruptFileReport[];
}
