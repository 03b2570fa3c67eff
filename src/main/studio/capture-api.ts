import type { CameraCommand, FocusFrame } from '../../shared/camera-types';

/** What a capture did. */
export interface CaptureResult {
  /** True when AF confirmed focus, false when it timed out/failed and the shot went anyway, null without AF. */
  focused: boolean | null;
}

/** How {@link CaptureServiceApi.capture} shoots. */
export interface CaptureOptions {
  /** S1 → focus → release (default true), or a plain release. */
  autofocus?: boolean;
  /** Refuse (OPERATION_REJECTED, `focus_mode_not_af`) in manual focus instead of releasing without AF. */
  refuseManualFocus?: boolean;
  /** Told when the body accepted the release (monotonic ms before and after the release-down call): capture-all skew. */
  onRelease?: (t: { issuedAt: number; acceptedAt: number }) => void;
}

/** Shutter, commands and AF area (implemented by `CaptureService`). */
export interface CaptureServiceApi {
  /** S1 lock → wait for focus → release down/up → S1 unlock (`autofocus`, default true), or a plain release. */
  capture(cameraId: string, options?: CaptureOptions): Promise<CaptureResult>;
  /** Half-press: S1 lock, wait for AF (the settings' timeout), S1 unlock; `focused` says whether AF confirmed. */
  halfPress(cameraId: string): Promise<{ focused: boolean }>;
  /** Sends one camera command (validated). */
  sendCommand(cameraId: string, command: CameraCommand): Promise<void>;
  /** Sets the AF area from 0..1 fractions of the frame (UI clicks). */
  setAfAreaNormalized(cameraId: string, pos: { x: number; y: number }): Promise<void>;
  /** Sets the AF area in the camera's 640×480 AF space (Alpha API). */
  setAfArea(cameraId: string, x: number, y: number): Promise<void>;
  /** Current AF frames. */
  getFocusFrames(cameraId: string): Promise<FocusFrame[]>;
  /** Current tracking frames. */
  getTrackingFrames(cameraId: string): Promise<FocusFrame[]>;
}
