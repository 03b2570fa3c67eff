import type { StudioClient } from '../../shared/studio-client';
import type { StudioStore } from '../store/store';
import { CameraActions } from './camera-actions';
import { CaptureActions } from './capture-actions';
import { CardActions } from './card-actions';
import { createEventRouter } from './event-router';
import { ProActions } from './pro-actions';
import { SessionActions } from './session-actions';

/** Everything the UI does besides rendering: one instance per window, built around one client and store. */
export class StudioActions {
  readonly camera: CameraActions;
  readonly session: SessionActions;
  readonly card: CardActions;
  readonly capture: CaptureActions;
  readonly pro: ProActions;
  private unsubscribe: (() => void) | null = null;

  constructor(
    readonly client: StudioClient,
    readonly store: StudioStore,
  ) {
    this.camera = new CameraActions(client, store);
    this.session = new SessionActions(client, store);
    this.card = new CardActions(client, store);
    this.capture = new CaptureActions(client, store);
    this.pro = new ProActions(client, store);
  }

  /** Subscribes to events first (so nothing is missed), then loads everything and auto-connects. */
  async start(): Promise<void> {
    const router = createEventRouter({
      store: this.store,
      camera: this.camera,
      session: this.session,
      card: this.card,
      pro: this.pro,
      resync: () => void this.loadAll(),
    });
    this.unsubscribe = this.client.subscribeEvents(router);
    // The camera connects as soon as the cameras are known, beside the session and transfer reads (the
    // first live-view frame of a cold start waits for the connect, not for them).
    const cameras = this.camera.loadCameras().catch((e) => console.warn('[studio] cameras', e));
    const rest = this.loadRest();
    await cameras;
    await Promise.all([this.camera.maybeAutoConnect(), rest]);
  }

  /** Re-reads cameras, sessions, shots and transfers; each part fails on its own. */
  async loadAll(): Promise<void> {
    await Promise.all([
      this.camera.loadCameras().catch((e) => console.warn('[studio] cameras', e)),
      this.loadRest(),
    ]);
  }

  private async loadRest(): Promise<void> {
    await Promise.all([
      this.session
        .load()
        .then(() => this.pro.loadReviews())
        .catch((e) => console.warn('[studio] sessions', e)),
      this.card.loadTransfers().catch((e) => console.warn('[studio] transfers', e)),
      this.pro.load(),
    ]);
  }

  /** Stops listening to events. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
