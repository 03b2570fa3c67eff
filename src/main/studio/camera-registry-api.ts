import type { CameraInfo, ConnectionMode, ConnectionState, SaveInfo } from '../../shared/camera-types';
import type { DiscoveryState } from '../../shared/studio-types';

/** Camera list and connection lifecycle (implemented by `CameraRegistry`). */
export interface CameraRegistryApi {
  /** Cameras present now, with connection state and mode. */
  list(): Promise<CameraInfo[]>;
  /** One camera; throws CAMERA_NOT_FOUND. */
  get(cameraId: string): CameraInfo;
  /** Connection state (disconnected for unknown ids). */
  state(cameraId: string): ConnectionState;
  /**
   * Connects; resolves with the connected camera. Remote mode points save-info at the staging folder.
   * Without a mode: the camera's previous mode (`lastMode`), else the settings' default.
   */
  connect(cameraId: string, mode?: ConnectionMode, options?: { reconnect?: boolean }): Promise<CameraInfo>;
  /** The mode a connected camera is in (undefined when not connected). */
  mode(cameraId: string): ConnectionMode | undefined;
  /** Disconnects; resolves once the camera reports disconnected. */
  disconnect(cameraId: string): Promise<void>;
  /** Throws CAMERA_NOT_FOUND / NOT_CONNECTED / WRONG_CONNECTION_MODE unless connected in one of `modes`. */
  requireConnected(cameraId: string, modes?: readonly ConnectionMode[]): void;
  /**
   * Alpha API save-info: points auto-downloads at a client's absolute folder (kept across reconnects until a
   * requested disconnect; the camera's staging folder restores the default). The studio never moves the
   * client's files; it imports a copy into the active session.
   */
  setSaveInfo(cameraId: string, info: SaveInfo): Promise<SaveInfo>;
  /** The client's save-info when one is set, else the body's (the staging folder). */
  saveInfo(cameraId: string): SaveInfo | null;
  /** Whether camera discovery works, and why not (a failure is reported and retried, never fatal). */
  discovery(): DiscoveryState;
}
