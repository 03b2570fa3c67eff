import type { ClientFrame, StudioClient } from '../../shared/studio-client';

/** How long a stream opened ahead waits for the live view to take it over before it is closed. */
const HOLD_MS = 3000;

interface Held {
  latest: ClientFrame | null;
  release: () => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Opens a camera's live-view stream the moment the camera is connected, before the window has re-rendered
 * and the live view has mounted, keeping only its latest frame (never a queue): the live view shows that
 * frame as it subscribes, so the first frame of a cold start does not wait for the render after the
 * connect. The hold ends when the live view takes it, or after HOLD_MS unused.
 */
export class FrameWarmup {
  private readonly held = new Map<string, Held>();

  constructor(private readonly client: StudioClient) {}

  /** Opens `cameraId`'s stream now (no-op while it is held already). */
  start(cameraId: string): void {
    if (this.held.has(cameraId)) return;
    const entry: Held = {
      latest: null,
      release: () => undefined,
      timer: setTimeout(() => this.drop(cameraId), HOLD_MS),
    };
    this.held.set(cameraId, entry);
    entry.release = this.client.subscribeFrames(cameraId, (frame) => {
      entry.latest = frame;
    });
  }

  /**
   * The latest frame held for `cameraId`, ending the hold. Call it after subscribing yourself, so the
   * stream stays open across the hand-over.
   */
  take(cameraId: string): ClientFrame | null {
    const entry = this.held.get(cameraId);
    if (!entry) return null;
    this.drop(cameraId);
    return entry.latest;
  }

  /** Ends every hold (the window closes). */
  stop(): void {
    for (const id of [...this.held.keys()]) this.drop(id);
  }

  private drop(cameraId: string): void {
    const entry = this.held.get(cameraId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.held.delete(cameraId);
    entry.release();
  }
}
