import type { LiveViewFrame, LiveViewStatus } from '../../shared/camera-types';

/** A frame consumer: called synchronously with the shared frame; must not block or mutate it. */
export type FrameConsumer = (frame: LiveViewFrame) => void;

/** Live-view fan-out: latest frame only, refcounted driver streaming (implemented by `LiveViewHub`). */
export interface LiveViewHubApi {
  /** Starts driver live view for the first consumer; returns the unsubscribe (stops after the last). */
  subscribe(cameraId: string, consumer: FrameConsumer): () => void;
  /** The latest frame, or null. */
  latest(cameraId: string): LiveViewFrame | null;
  /** Enabled/streaming as the Alpha API reports it, plus the consumer count. */
  status(cameraId: string): LiveViewStatus & { consumers: number };
  /** Alpha API `live-view/start`: holds one consumer slot until `stop`. Idempotent. */
  start(cameraId: string): Promise<void>;
  /** Alpha API `live-view/stop`: releases the slot `start` held. Idempotent. */
  stop(cameraId: string): Promise<void>;
  /** Alpha API `live-view/enable|disable`. */
  setEnabled(cameraId: string, enabled: boolean): Promise<void>;
}
