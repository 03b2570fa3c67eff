import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import type { StudioStore } from '../store/store';
import { connectedCamera } from './connected-camera';

/**
 * Shutter, half-press and movie, shared by the capture bar, shortcuts and app menu. The interval timer is a
 * time-lapse run by the studio (`ProActions.startSequence`), so it keeps running when the window goes.
 */
export class CaptureActions {
  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {}

  private camera(): string | null {
    return connectedCamera(this.store);
  }

  /** Fires the shutter (with AF first when `autofocus`). Errors land in the capture state and are rethrown. */
  async capture(autofocus = false): Promise<void> {
    const id = this.camera();
    const s = this.store.getState();
    if (!id) {
      const err = new TetherError(ErrorCode.NotConnected, 'no connected camera');
      s.patchCapture({ error: err.toValue() });
      throw err;
    }
    s.patchCapture({ inFlight: s.capture.inFlight + 1, error: null });
    try {
      await this.client.capture(id, { autofocus });
      this.store.getState().patchCapture({ lastAt: Date.now() });
    } catch (err) {
      this.store.getState().patchCapture({ error: asErrorValue(err) });
      throw err;
    } finally {
      const st = this.store.getState();
      st.patchCapture({ inFlight: Math.max(0, st.capture.inFlight - 1) });
    }
  }

  /** Half-press (S1) down or up: hold to focus, release to let go. */
  async halfPress(down: boolean): Promise<void> {
    const id = this.camera();
    const s = this.store.getState();
    if (!id || s.capture.halfPressed === down) return;
    s.patchCapture({ halfPressed: down, error: null });
    try {
      await this.client.sendCommand(id, { type: 's1', action: down ? 'lock' : 'unlock' });
    } catch (err) {
      this.store.getState().patchCapture({ error: asErrorValue(err), halfPressed: false });
    }
  }

  /**
   * Starts (`true`) or stops recording. The body only has a toggle, so this toggles only when the camera's
   * recording state (as last reported) differs: a Rec click that lands after another client started
   * recording does not stop it.
   */
  async setMovie(record: boolean): Promise<void> {
    const id = this.camera();
    if (!id) return;
    const v = this.store.getState().properties[id]?.['recording-state']?.formatted ?? '';
    if (/^recording$/i.test(v.trim()) === record) return;
    await this.toggleMovie();
  }

  /** Starts or stops movie recording (the body's toggle; key R). */
  async toggleMovie(): Promise<void> {
    const id = this.camera();
    if (!id) return;
    try {
      await this.client.sendCommand(id, { type: 'movieRecord', action: 'toggle' });
    } catch (err) {
      this.store.getState().patchCapture({ error: asErrorValue(err) });
    }
  }

  /** Clears the last capture error. */
  clearError(): void {
    this.store.getState().patchCapture({ error: null });
  }
}
