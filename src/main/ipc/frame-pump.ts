import type { LiveViewFrame } from '../../shared/camera-types';
import type { ClientFrame } from '../../shared/studio-client';

/** Subscribes to a camera's frames (the live-view hub's `subscribe`); returns the unsubscribe. */
export type FrameSource = (cameraId: string, consumer: (frame: LiveViewFrame) => void) => () => void;

interface CameraFlow {
  unsubscribe: () => void;
  /** Seq of the frame sent and not yet acked, or null when nothing is in flight. */
  inFlight: number | null;
  /** The newest frame that arrived while one was in flight (older ones were replaced: dropped). */
  pending: LiveViewFrame | null;
}

/** Counters for diagnostics and tests. */
export interface FramePumpStats {
  sent: number;
  /** Frames replaced while waiting for an ack (never queued). */
  dropped: number;
}

/**
 * Live-view frames for one renderer window: at most one frame in flight per camera. A frame arriving while the
 * previous one is unacked replaces the pending one; the ack releases the newest pending frame. The JPEG bytes
 * cross as binary (structured clone), never base64.
 */
export class FramePump {
  private readonly flows = new Map<string, CameraFlow>();
  readonly stats: FramePumpStats = { sent: 0, dropped: 0 };

  constructor(
    private readonly source: FrameSource,
    private readonly sendFrame: (frame: ClientFrame) => void,
  ) {}

  /** Starts (or, after a renderer reload, restarts) the flow of a camera's frames to this window. */
  subscribe(cameraId: string): void {
    const existing = this.flows.get(cameraId);
    if (existing) {
      // The renderer subscribed again (page reload): whatever was in flight will never be acked.
      existing.inFlight = null;
      return;
    }
    const flow: CameraFlow = { unsubscribe: () => {}, inFlight: null, pending: null };
    this.flows.set(cameraId, flow);
    flow.unsubscribe = this.source(cameraId, (frame) => this.offer(flow, frame));
  }

  /** Stops a camera's frames to this window. */
  unsubscribe(cameraId: string): void {
    const flow = this.flows.get(cameraId);
    if (!flow) return;
    this.flows.delete(cameraId);
    flow.unsubscribe();
  }

  /** The renderer took frame `seq`: send the newest pending frame, if any. Stale acks are ignored. */
  ack(cameraId: string, seq: number): void {
    const flow = this.flows.get(cameraId);
    if (!flow || flow.inFlight !== seq) return;
    flow.inFlight = null;
    const next = flow.pending;
    if (next) {
      flow.pending = null;
      this.transmit(flow, next);
    }
  }

  /** Cameras currently flowing to this window. */
  cameras(): string[] {
    return [...this.flows.keys()];
  }

  /** Stops every flow (window closed or renderer gone). */
  dispose(): void {
    for (const cameraId of [...this.flows.keys()]) this.unsubscribe(cameraId);
  }

  private offer(flow: CameraFlow, frame: LiveViewFrame): void {
    if (flow.inFlight === null) {
      this.transmit(flow, frame);
      return;
    }
    if (flow.pending) this.stats.dropped += 1;
    flow.pending = frame;
  }

  private transmit(flow: CameraFlow, frame: LiveViewFrame): void {
    flow.inFlight = frame.seq;
    this.stats.sent += 1;
    // An explicit ClientFrame: only the contract's fields cross the boundary.
    this.sendFrame({
      cameraId: frame.cameraId,
      seq: frame.seq,
      timestamp: frame.timestamp,
      width: frame.width,
      height: frame.height,
      jpeg: frame.jpeg,
    });
  }
}
