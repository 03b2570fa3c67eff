import type { ClientFrame } from '../../shared/studio-client';
import type { RendererIpc } from './renderer-ipc';

type FrameListener = (frame: ClientFrame) => void;

/**
 * Live-view frames in the preload: one main-side subscription per camera however many page listeners
 * there are, and an ack after every delivered frame so main keeps at most one frame in flight.
 */
export class FrameSubscriptions {
  private readonly listeners = new Map<string, Set<{ fn: FrameListener }>>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly ipc: RendererIpc) {}

  /** Adds a listener for a camera's frames; returns the unsubscribe (idempotent). */
  subscribe(cameraId: string, onFrame: FrameListener): () => void {
    // A wrapper object, so the same function subscribed twice is two subscriptions.
    const entry = { fn: onFrame };
    let set = this.listeners.get(cameraId);
    if (!set) {
      set = new Set();
      this.listeners.set(cameraId, set);
      this.stopListening ??= this.ipc.on('tether:frame', (frame) => this.deliver(frame));
      this.ipc.send('tether:frames:subscribe', { cameraId });
    }
    set.add(entry);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.remove(cameraId, entry);
    };
  }

  /** Cameras with at least one listener (diagnostics and tests). */
  cameras(): string[] {
    return [...this.listeners.keys()];
  }

  private remove(cameraId: string, entry: { fn: FrameListener }): void {
    const set = this.listeners.get(cameraId);
    if (!set) return;
    set.delete(entry);
    if (set.size > 0) return;
    this.listeners.delete(cameraId);
    this.ipc.send('tether:frames:unsubscribe', { cameraId });
    if (this.listeners.size === 0 && this.stopListening) {
      this.stopListening();
      this.stopListening = null;
    }
  }

  private deliver(frame: ClientFrame): void {
    const set = this.listeners.get(frame.cameraId);
    if (set) {
      for (const entry of [...set]) {
        try {
          entry.fn(frame);
        } catch (err) {
          console.error('live-view frame listener failed', err);
        }
      }
    }
    // Always ack (even with no listener left) so main never stalls with a frame marked in flight.
    this.ipc.send('tether:frames:ack', { cameraId: frame.cameraId, seq: frame.seq });
  }
}
