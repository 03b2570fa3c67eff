import { ErrorCode, TetherError } from '../../shared/errors';
import type { PresetFile } from '../../shared/preset-types';
import type { ReviewPatch } from '../../shared/review-types';
import type { SequenceSpec } from '../../shared/sequence-types';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import type { StudioStore } from '../store/store';
import { requireConnectedCamera } from './connected-camera';
import { BulbActions } from './bulb-actions';

/**
 * Sequences (run by the studio, so they outlive the window), review and culling, presets and capture-all,
 * shared by the panels, the filmstrip's keyboard and the shortcuts. Errors land in the capture state (the
 * capture bar shows them) and are rethrown to the caller.
 */
export class ProActions {
  /** BULB from the capture bar (a studio-timed bulb run). */
  readonly bulb: BulbActions;

  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {
    this.bulb = new BulbActions(client, store);
  }

  private camera(): string {
    return requireConnectedCamera(this.store);
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      this.store.getState().patchCapture({ error: asErrorValue(err) });
      throw err;
    }
  }

  /** Loads runs and presets; each part fails on its own (reviews follow the session load). */
  async load(): Promise<void> {
    await Promise.all([
      this.loadRuns().catch((e) => console.warn('[studio] sequences', e)),
      this.loadPresets().catch((e) => console.warn('[studio] presets', e)),
    ]);
  }

  /** Re-reads the runs (a reload shows a time-lapse that kept running). */
  async loadRuns(): Promise<void> {
    const runs = await this.client.listSequences();
    this.store.getState().setRuns(runs.map(({ frames: _f, ...summary }) => summary));
  }

  /** Starts a sequence on the active camera. */
  startSequence(spec: SequenceSpec): Promise<void> {
    return this.guard(async () => {
      const { frames: _f, ...run } = await this.client.startSequence(this.camera(), spec);
      this.store.getState().upsertRun(run);
    });
  }

  /** Cancels a run (the studio restores the settings it changed). */
  cancelSequence(runId: string): Promise<void> {
    return this.guard(async () => {
      const { frames: _f, ...run } = await this.client.cancelSequence(runId);
      this.store.getState().upsertRun(run);
    });
  }

  /** Re-reads the reviews of a session (default: the active one); kept only while it is still the active one. */
  async loadReviews(sessionId = this.store.getState().activeSession?.id): Promise<void> {
    if (!sessionId) return;
    const reviews = await this.client.listShotReviews(sessionId);
    const active = this.store.getState().activeSession?.id;
    if (active === undefined || active === sessionId) this.store.getState().setReviews(reviews);
  }

  /** Rates, labels, picks or rejects the selected shot (nothing selected: nothing happens). */
  async reviewSelected(patch: ReviewPatch): Promise<void> {
    const id = this.store.getState().selectedShotId;
    if (!id) return;
    await this.guard(async () =>
      this.store.getState().mergeReviews(await this.client.reviewShots([id], patch)),
    );
  }

  /** Re-reads the presets. */
  async loadPresets(): Promise<void> {
    this.store.getState().setPresets(await this.client.listPresets());
  }

  /** Saves the active camera's current `properties` as a preset. */
  savePreset(name: string, properties: string[]): Promise<void> {
    return this.guard(async () => {
      await this.client.savePreset(this.camera(), name, properties);
      await this.loadPresets();
    });
  }

  /** Applies a preset to the active camera; resolves with the settings that could not be written. */
  applyPreset(name: string): Promise<string[]> {
    return this.guard(async () => {
      const result = await this.client.applyPreset(this.camera(), name);
      return result.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error?.message ?? 'refused'}`);
    });
  }

  /** Deletes a preset. */
  deletePreset(name: string): Promise<void> {
    return this.guard(async () => {
      await this.client.deletePreset(name);
      await this.loadPresets();
    });
  }

  /** Every preset as an export document. */
  exportPresets(): Promise<PresetFile> {
    return this.guard(() => this.client.exportPresets());
  }

  /** Imports an export document (JSON text). */
  importPresets(text: string): Promise<void> {
    return this.guard(async () => {
      let file: PresetFile;
      try {
        file = JSON.parse(text) as PresetFile;
      } catch {
        throw new TetherError(ErrorCode.InvalidArgument, 'not a preset file: the file is not JSON');
      }
      await this.client.importPresets(file);
      await this.loadPresets();
    });
  }

  /** Camera settings files saved on the host. */
  listSettingsFiles(): Promise<string[]> {
    return this.client.listCameraSettingsFiles();
  }

  /** Saves the active camera's settings file on the host (as `name`, else the body's own); the name it got. */
  saveSettingsFile(name?: string): Promise<string> {
    return this.guard(() => this.client.saveCameraSettings(this.camera(), name));
  }

  /** Loads a saved settings file into the active camera (it applies them; a real body may restart). */
  loadSettingsFile(name: string): Promise<void> {
    return this.guard(() => this.client.loadCameraSettings(this.camera(), name));
  }

  /** Fires every connected body at once. */
  captureAll(): Promise<void> {
    return this.guard(async () => this.store.getState().setLastCaptureAll(await this.client.captureAll()));
  }
}
