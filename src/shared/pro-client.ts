import type { CaptureAllOptions, CaptureAllResult } from './multi-camera-types';
import type { Preset, PresetApplyResult, PresetFile } from './preset-types';
import type { CaptureMetadata, ReviewPatch, ShotReview } from './review-types';
import type { SequenceRun, SequenceSpec } from './sequence-types';

/**
 * The pro-shooting side of the StudioClient (issue 11): sequences run by the studio, review and culling,
 * next-capture metadata, presets, camera settings files and the multi-camera trigger. `StudioClient`
 * extends it; each method has its entry in `studio-methods/` like every other.
 */
export interface ProStudioClient {
  /** Starts a sequence on a camera (one at a time per camera); resolves with the run as it starts. */
  startSequence(cameraId: string, spec: SequenceSpec): Promise<SequenceRun>;
  /** Runs: the ones running and the recent history (persisted across restarts), newest first. */
  listSequences(): Promise<SequenceRun[]>;
  /** One run; NOT_FOUND for unknown ids. */
  getSequence(runId: string): Promise<SequenceRun>;
  /** Cancels a running sequence (settings are restored); resolves with the run once it has stopped. */
  cancelSequence(runId: string): Promise<SequenceRun>;

  /** Ratings, labels, picks and groups of a session's shots (default: the active session). */
  listShotReviews(sessionId?: string): Promise<ShotReview[]>;
  /** Rates, labels, picks or rejects shots; written to their XMP sidecars; resolves with the new states. */
  reviewShots(shotIds: string[], patch: ReviewPatch): Promise<ShotReview[]>;
  /** Metadata applied to every new shot's XMP. */
  getCaptureMetadata(): Promise<CaptureMetadata>;
  /** Replaces the next-capture metadata (persisted). */
  setCaptureMetadata(metadata: CaptureMetadata): Promise<CaptureMetadata>;

  /** Saved presets, by name. */
  listPresets(): Promise<Preset[]>;
  /** Saves the camera's current values of `properties` as a named preset (replacing one of that name). */
  savePreset(cameraId: string, name: string, properties: string[]): Promise<Preset>;
  /** Deletes a preset; NOT_FOUND for unknown names. */
  deletePreset(name: string): Promise<void>;
  /** Writes a preset to the camera in dependency order; resolves with each setting's outcome. */
  applyPreset(cameraId: string, name: string): Promise<PresetApplyResult>;
  /** The presets named (default all) as an export document. */
  exportPresets(names?: string[]): Promise<PresetFile>;
  /** Imports an export document (validated); presets of the same name are replaced. */
  importPresets(file: PresetFile): Promise<Preset[]>;

  /** Camera settings files saved on the host (the body's own save/load), by name. */
  listCameraSettingsFiles(): Promise<string[]>;
  /** Saves the body's settings file on the host; resolves with the file name it got. */
  saveCameraSettings(cameraId: string, filename?: string): Promise<string>;
  /** Loads a saved settings file into the body (it applies them and may restart). */
  loadCameraSettings(cameraId: string, filename: string): Promise<void>;

  /** Fires every connected body (or those named) at once; resolves with the measured skew. */
  captureAll(options?: CaptureAllOptions): Promise<CaptureAllResult>;
}
