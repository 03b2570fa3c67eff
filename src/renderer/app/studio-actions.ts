import type { StudioClient, StudioLink } from '../../shared/studio-client';
import type { StudioStore } from '../store/store';
import { CameraActions } from './camera-actions';
import { CaptureActions } from './capture-actions';
import { CardActions } from './card-actions';
import { coalesced } from './coalesce';
import { createEventRouter } from './event-router';
import { FrameWarmup } from './frame-warmup';
import { MagnifierActions } from './magnifier-actions';
import { ProActions } from './pro-actions';
import { SessionActions } from './session-actions';

/** Everything the UI does besides rendering: one instance per window, built around one client and store. */
export class StudioActions {
  readonly camera: CameraActions;
  readonly session: SessionActions;
  readonly card: CardActions;
  readonly capture: CaptureActions;
  readonly magnifier: MagnifierActions;
  readonly pro: ProActions;
  /** Live-view streams opened as a camera connects, for the live view to take over. */
  readonly frameWarmup: FrameWarmup;
  /** Re-reads everything after the link came back; calls during a run collapse into one more. */
  readonly resync: () => Promise<void>;
  private unsubscribe: (() => void) | null = null;
  private unsubscribeLink: (() => void) | null = null;

  constructor(
    readonly client: StudioClient,
    readonly store: StudioStore,
  ) {
    this.frameWarmup = new FrameWarmup(client);
    this.camera = new CameraActions(client, store, this.frameWarmup);
    this.session = new SessionActions(client, store);
    this.card = new CardActions(client, store);
    this.capture = new CaptureActions(client, store);
    this.magnifier = new MagnifierActions(client, store);
    this.pro = new ProActions(client, store);
    const run = coalesced(() => this.fullResync());
    this.resync = () => run('all');
  }

  /** Subscribes to events first (so nothing is missed), then loads everything and auto-connects. */
  async start(): Promise<void> {
    const router = createEventRouter({
      store: this.store,
      camera: this.camera,
      session: this.session,
      card: this.card,
      pro: this.pro,
    });
    this.unsubscribe = this.client.subscribeEvents(router);
    this.unsubscribeLink = this.client.subscribeLink((link) => this.onLink(link));
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
    this.frameWarmup.stop();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unsubscribeLink?.();
    this.unsubscribeLink = null;
  }

  private onLink(link: StudioLink): void {
    const s = this.store.getState();
    const was = s.link.state;
    s.setLink(link);
    if (link.state === 'down' && was !== 'down') {
      // Nothing the window knew still holds: no camera is known to be connected (so the live view lets go
      // of its last frame and auto-connect may run after the re-sync) and no shutter is half-pressed.
      for (const c of s.cameras) s.setConnection(c.id, 'disconnected');
      s.patchCapture({ halfPressed: false, inFlight: 0 });
    }
    if (link.state === 'up' && was === 'down') void this.resync();
  }

  /**
   * The studio may have restarted: every camera, connection, property, session, shot and transfer is
   * re-read, notices from before (e.g. "lost contact") are dropped, and auto-connect runs again.
   */
  private async fullResync(): Promise<void> {
    const s = this.store.getState();
    s.clearNotices();
    s.patchCapture({ error: null });
    await this.loadAll();
    await this.camera.maybeAutoConnect();
    const st = this.store.getState();
    if (st.viewer === 'card' && st.activeCameraId)
      await this.card.load(st.activeCameraId).catch(() => undefined);
  }
}
