import type { Preset, PresetApplyResult, PresetFile } from '../../shared/preset-types';

/** Named camera-setting presets (implemented by `PresetService`). */
export interface PresetServiceApi {
  list(): Preset[];
  /** Saves the camera's current values of `properties` under `name` (replacing one of that name). */
  save(cameraId: string, name: string, properties: string[]): Promise<Preset>;
  /** Deletes a preset; NOT_FOUND for unknown names. */
  remove(name: string): Promise<void>;
  /** Writes a preset in dependency order, retrying refused values once after the rest. */
  apply(cameraId: string, name: string): Promise<PresetApplyResult>;
  /** The presets named (default all) as an export document. */
  exportFile(names?: string[]): PresetFile;
  /** Imports an export document (INVALID_ARGUMENT when it does not validate). */
  importFile(file: PresetFile): Promise<Preset[]>;
}
