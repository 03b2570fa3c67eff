import type { Readable } from 'node:stream';
import type {
  AfState,
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  DriverKind,
  FocusFrame,
  LiveViewFrame,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../shared/camera-types';
import type { ErrorValue } from '../../shared/errors';
import type { DiscoveryState } from '../../shared/studio-types';
import type { TypedEmitter } from '../core/typed-emitter';

/**
 * Events every driver emits. Payloads are plain data; the driver knows nothing of IPC, HTTP or React.
 * Errors thrown by driver methods are `TetherError`s with a shared code.
 */
/** `operationResult.operation` of the end of an absolute focus move (CRSDK `CrWarning_FocusPosition_Result_*`). */
export const FOCUS_POSITION_OPERATION = 'focusPosition';

export interface DriverEventMap {
  /** A camera appeared (enumeration or hot-plug). */
  cameraAdded: CameraInfo;
  /** A camera was unplugged / vanished from enumeration. */
  cameraRemoved: { cameraId: string };
  /** Connection completed (CRSDK `OnConnected`), also after an automatic reconnect. */
  connected: { cameraId: string; mode: ConnectionMode };
  /** Connection lost or closed (CRSDK `OnDisconnected`). `expected` is true for a requested disconnect. */
  disconnected: { cameraId: string; reason: string; expected: boolean };
  /** Link lost but the driver is trying to reconnect (CRSDK reconnecting warnings). */
  reconnecting: { cameraId: string };
  /** Property values changed (CRSDK `OnPropertyChangedCodes`). */
  propertyChanged: { cameraId: string; codes: number[] };
  /** AF state changed (CRSDK `OnWarning` AF status). */
  afStatus: { cameraId: string; state: AfState };
  /**
   * The camera wrote a shot into the save-info folder (CRSDK `OnCompleteDownload`). The file at
   * `stagedPath` is complete; the studio imports it into the session.
   */
  downloadComplete: { cameraId: string; filename: string; stagedPath: string; size: number };
  /** A shot landed on the card (its content list changed). */
  contentsChanged: { cameraId: string; slot: number; added: CardFile[] };
  /** A new live-view frame while streaming. */
  frame: LiveViewFrame;
  /** A camera-side warning worth showing. */
  warning: { cameraId: string; code: string; message: string };
  /** An asynchronous camera error. */
  error: { cameraId: string; error: ErrorValue; sdkCode?: number };
  /** A generic operation completed ({@link FOCUS_POSITION_OPERATION}: an absolute focus move ended, `ok` or not). */
  operationResult: { cameraId: string; operation: string; result: string };
  /** Camera discovery started failing, changed its reason, or works again (driver-wide, no camera). */
  discovery: DiscoveryState;
}

/** Every driver event, by name: for code that subscribes to all of them (composite driver, contract log). */
export const DRIVER_EVENT_NAMES = [
  'cameraAdded',
  'cameraRemoved',
  'connected',
  'disconnected',
  'reconnecting',
  'propertyChanged',
  'afStatus',
  'downloadComplete',
  'contentsChanged',
  'frame',
  'warning',
  'error',
  'operationResult',
  'discovery',
] as const satisfies readonly (keyof DriverEventMap)[];
// A new event fails to compile here until it is listed above.
const _allListed: Exclude<keyof DriverEventMap, (typeof DRIVER_EVENT_NAMES)[number]> extends never
  ? true
  : never = true;

/** Options for opening a card file for reading. */
export interface OpenContentOptions {
  /** Byte offset to start from (resume after reconnect). */
  offset?: number;
  /** Aborts the read; the stream then errors with `CANCELLED`. */
  signal?: AbortSignal;
}

/** An open card-file read: a byte stream plus the total size. */
export interface ContentStream {
  /** Total bytes of the file (not of the remaining range). */
  size: number;
  /** Bytes from `offset` to the end. Errors with a `TetherError` (`DISCONNECTED`, `CANCELLED`, …). */
  stream: Readable;
}

/**
 * One camera family (simulated, CRSDK, …). Every implementation passes the shared driver contract suite
 * in `camera/contract/`.
 */
export interface CameraDriver {
  /** Which family this is (`multi`: several families side by side, see camera/composite). */
  readonly kind: DriverKind | 'multi';
  /** Typed events. */
  readonly events: TypedEmitter<DriverEventMap>;

  /** Starts the driver (SDK init, hot-plug watch). Emits `cameraAdded` for cameras already present. */
  start(): Promise<void>;
  /** Disconnects everything and releases the SDK. */
  stop(): Promise<void>;
  /** SDK / driver version string (e.g. `V2.00.00` or `sim-1.0`). */
  version(): string;
  /**
   * The app is up: get ready for a first connect in the background (the simulator rasterises its scene).
   * Optional; never awaited, never throws.
   */
  warmUp?(): void;

  /**
   * Cameras present now. When enumeration itself fails the driver answers the last known list, reports the
   * failure through `discoveryState()` and the `discovery` event, and keeps retrying.
   */
  listCameras(): Promise<CameraInfo[]>;
  /** Whether discovery works now (drivers whose enumeration cannot fail may omit it: always ok). */
  discoveryState?(): DiscoveryState;
  /** Connects in a mode. Resolves once the camera reports connected. */
  connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void>;
  /** Disconnects. Resolves once the camera reports disconnected. */
  disconnect(cameraId: string): Promise<void>;

  /** Every property the camera reports now. */
  getProperties(cameraId: string): Promise<RawProperty[]>;
  /** Selected properties by CRSDK code. Unknown codes are omitted. */
  getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]>;
  /** Writes a raw value. Throws `PRIORITY_KEY_NOT_PC_REMOTE`, `PROPERTY_NOT_WRITABLE`, `VALUE_NOT_AVAILABLE`, … */
  setProperty(cameraId: string, code: number, value: RawValue): Promise<void>;

  /** Sends a command (release, S1, AF-shutter, movie, focus, zoom, button, touch). */
  sendCommand(cameraId: string, command: CameraCommand): Promise<void>;
  /** Sets the AF area position in the 640×480 AF space. */
  setAfAreaPosition(cameraId: string, x: number, y: number): Promise<void>;
  /** Current AF frames (empty when the camera reports none). */
  getFocusFrames(cameraId: string): Promise<FocusFrame[]>;
  /** Current tracking frames (empty when nothing is tracked). */
  getTrackingFrames(cameraId: string): Promise<FocusFrame[]>;

  /** Enables/disables live view on the body (CRSDK `SetDeviceSetting`). */
  setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void>;
  /** Starts emitting `frame` events at camera rate. */
  startLiveView(cameraId: string): Promise<void>;
  /** Stops emitting `frame` events. */
  stopLiveView(cameraId: string): Promise<void>;
  /** Live-view state. */
  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean };
  /** The latest frame, or null before the first. */
  getLatestFrame(cameraId: string): LiveViewFrame | null;
  /** Enables/disables OSD composite frames; throws `NOT_SUPPORTED` where the body cannot. */
  setOsdEnabled(cameraId: string, enabled: boolean): Promise<void>;
  /** OSD state. */
  getOsdStatus(cameraId: string): { supported: boolean; enabled: boolean };
  /** The latest OSD composite frame, or null. */
  getLatestOsdFrame(cameraId: string): LiveViewFrame | null;

  /** Where auto-downloaded shots are written (CRSDK `SetSaveInfo`). */
  setSaveInfo(cameraId: string, info: SaveInfo): Promise<void>;
  /** The current save info. */
  getSaveInfo(cameraId: string): SaveInfo | null;

  /** Card slots (needs remote-transfer or contents mode for file access; slot status works in any mode). */
  getCardSlots(cameraId: string): Promise<CardSlot[]>;
  /** Files on a card slot, oldest first. Throws `WRONG_CONNECTION_MODE` in `remote`. */
  listContents(cameraId: string, slot: number): Promise<CardFile[]>;
  /** A thumbnail (~160 px) or screennail (~1616 px) JPEG for a card file. */
  getContentImage(
    cameraId: string,
    ref: { slot: number; contentId: number; fileId: number },
    kind: 'thumbnail' | 'screennail',
  ): Promise<Uint8Array>;
  /**
   * Opens a card file for reading. One remote transfer per camera at a time: a second concurrent open
   * throws `CAMERA_BUSY` (CRSDK 0x8D03).
   */
  openContent(
    cameraId: string,
    ref: { slot: number; contentId: number; fileId: number },
    options?: OpenContentOptions,
  ): Promise<ContentStream>;

  /** Camera settings files (`CUMSET.DAT`): list, download to a host path, upload from one. */
  listSettingsFiles(cameraId: string): Promise<string[]>;
  /** Downloads the camera settings file to `hostPath`. */
  downloadSettings(cameraId: string, filename: string, hostPath: string): Promise<void>;
  /** Uploads a settings file from `hostPath` to the camera. */
  uploadSettings(cameraId: string, hostPath: string): Promise<void>;
  /** Imports a `.cube` LUT into a user slot. */
  importLut(cameraId: string, hostPath: string, slot: number): Promise<void>;
  /** Access-authentication fingerprint (network bodies); `null` for USB bodies. */
  getFingerprint(cameraId: string): Promise<string | null>;
}
