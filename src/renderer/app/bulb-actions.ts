import { SHUTTER_BULB } from '../../shared/properties/index';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import type { StudioStore } from '../store/store';
import { requireConnectedCamera } from './connected-camera';

/** The longest a held exposure stays open if the page never lets go (it closed, crashed or lost the studio). */
export const HOLD_CAP_MS = 10 * 60_000;

/**
 * BULB from the capture bar, run by the studio (a one-frame bulb sequence) so the studio times the exposure,
 * not the page: a timed exposure of the set seconds, or press-and-hold (the studio opens the shutter on press
 * and closes it on release, with {@link HOLD_CAP_MS} as the safety net). Errors land in the capture state.
 */
export class BulbActions {
  /** The run a hold started (resolves to its id; null when it could not start). */
  private holding: Promise<string | null> | null = null;

  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {}

  /** True when the active camera is connected with its shutter on BULB. */
  active(): boolean {
    const s = this.store.getState();
    const id = s.activeCameraId;
    if (!id || s.connections[id]?.state !== 'connected') return false;
    return s.properties[id]?.['shutter-speed']?.value === SHUTTER_BULB;
  }

  /** The shutter button went down: a timed exposure starts, or a hold opens the shutter. */
  press(): Promise<void> {
    return this.store.getState().bulb.mode === 'hold' ? this.hold() : this.expose();
  }

  /** The shutter button came up: a hold closes the shutter (a timed exposure runs on). */
  async release(): Promise<void> {
    const holding = this.holding;
    this.holding = null;
    const runId = await holding;
    if (runId) await this.guard(() => this.client.endExposure(runId));
  }

  /** Ends the open exposure of the active camera now (the frame is kept). */
  async endNow(runId: string): Promise<void> {
    await this.guard(() => this.client.endExposure(runId));
  }

  /** A BULB exposure of the set seconds, timed by the studio. */
  async expose(): Promise<void> {
    const seconds = this.store.getState().bulb.seconds;
    await this.start(false, seconds * 1000);
  }

  private async hold(): Promise<void> {
    if (this.holding) return;
    const started = this.start(true, HOLD_CAP_MS).catch(() => null);
    this.holding = started;
    await started;
  }

  private async start(hold: boolean, exposureMs: number): Promise<string> {
    return this.guard(async () => {
      const id = this.camera();
      const { frames: _f, ...run } = await this.client.startSequence(id, {
        kind: 'bulb',
        exposureMs,
        frames: 1,
        ...(hold ? { hold: true } : {}),
      });
      this.store.getState().upsertRun(run);
      return run.id;
    });
  }

  private camera(): string {
    return requireConnectedCamera(this.store);
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    this.store.getState().patchCapture({ error: null });
    try {
      return await work();
    } catch (err) {
      this.store.getState().patchCapture({ error: asErrorValue(err) });
      throw err;
    }
  }
}
