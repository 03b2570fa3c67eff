import type { CameraInfo, ConnectionMode, ConnectionState, SaveInfo } from '../../shared/camera-types';
import type { DiscoveryState } from '../../shared/studio-types';

/** What a connect request did: the camera afterwards, and whether it had to connect (false: it already was). */
export interface ConnectOutcome {
  camera: CameraInfo;
  changed: boolean;
}

/** Camera list and connection lifecycle (implemented by `CameraRegistry`). */
export interface CameraRegistryApi {
  /** Cameras present now, with connection state and mode. */
  list(): Promise<CameraInfo[]>;
  /** One camera; throws CAMERA_NOT_FOUND. */
  get(cameraId: string): CameraInfo;
  /** Connection state (disconnected for unknown ids). */
  state(cameraId: string): ConnectionState;
  /**
   * Connects; resolves with the connected camera. Without a mode: the camera's previous mode (`lastMode`),
   * else the settings' default. Idempotent: a connected camera stays as it is (in its mode, as the Alpha
   * server answers "Camera already connected"). Connects and disconnects of one camera run one at a time in
   * arrival order. Remote mode points save-info at the staging folder.
   */
  connect(cameraId: string, mode?: ConnectionMode, options?: { reconnect?: boolean }): Promise<CameraInfo>;
  /** {@link connect}, saying whether the camera had to connect. */
  requestConnect(
    cameraId: string,
    mode?: ConnectionMode,
    options?: { reconnect?: boolean },
  ): Promise<ConnectOutcome>;
  /** The mode a connected camera is in (undefined when not connected). */
  mode(cameraId: string): ConnectionMode | undefined;
  /**
   * Disconnects (idempotent); resolves once the camera reports disconnected. Waits for the work in flight and
   * for shots already taken to reach the host. Throws CAMERA_NOT_FOUND for an id never seen.
   */
  disconnect(cameraId: string): Promise<void>;
  /** {@link disconnect}, saying whether the camera had to disconnect. */
  requestDisconnect(cameraId: string): Promise<{ changed: boolean }>;
  /**
   * Runs work that needs the connection to stay as it is (a capture, a property write, a card request): after
   * the connects and disconnects requested before it; those requested later wait for it.
   */
  work<T>(cameraId: string, fn: () => Promise<T>): Promise<T>;
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
  /** The save-info an Alpha API client set (folder, prefix, start number), or null when none did. */
  clientSaveInfo(cameraId: string): SaveInfo | null;
  /** Whether camera discovery works, and why not (a failure is reported and retried, never fatal). */
  discovery(): DiscoveryState;
}
