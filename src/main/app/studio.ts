/**
 * The Studio: every service the adapters (IPC bridge, HTTP server) need, built once by `createStudio`.
 * Adapters depend on these interfaces only; each StudioClient method maps to one call here.
 */
import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  ConnectionState,
  FocusFrame,
  LiveViewFrame,
  LiveViewStatus,
  SaveInfo,
} from '../../shared/camera-types';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CardRef } from '../../shared/studio-client';
import type { DriverStatus, SessionInfo, ShotInfo, StudioStatus } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import type { CameraDriver } from '../camera/driver';
import type { LogBuffer } from '../log/logger';
import type { CorruptFileReport, StudioSettings, StudioSettingsPatch } from '../settings/settings-schema';
import type { EventBus } from '../studio/event-bus';
import type { TransferQueueOptions } from '../transfer/transfer-queue';

/** Which driver the caller asked for. */
export type DriverRequest = 'auto' | 'sim' | 'crsdk' | 'gphoto2';

/** Options of {@link createStudio}. */
export interface StudioOptions {
  /** User data folder: settings.json, sessions.json, import history, staging folder, thumbnail cache. */
  dataDir: string;
  /** Session root; overrides the settings. Default: settings, else `sessionRootFallback`, else `~/Pictures/Tether Studio`. */
  sessionRoot?: string;
  /** Session root when neither `sessionRoot` nor the settings name one (`serve --data-dir DIR`: `DIR/sessions`). */
  sessionRootFallback?: string;
  /** Driver selection; default `auto`. */
  driver?: DriverRequest;
  /** Number of simulated bodies (default: `TETHER_SIM_CAMERAS` or 1). */
  simCameras?: number;
  /** Extra options handed to the SimDriver constructor (rates, faults). */
  simOptions?: Record<string, unknown>;
  /** Log buffer (default: the process-wide one). */
  logs?: LogBuffer;
  /** Overrides the settings' auto-connect (connect when exactly one camera is present). */
  autoConnect?: boolean;
  /** Tests: use this driver instance instead of selecting one. */
  driverInstance?: CameraDriver;
  /** Transfer retry/timing policy (tests and benchmarks shorten it). */
  transfer?: Partial<TransferQueueOptions>;
}

/** Camera list and connection lifecycle. */
export interface CameraRegistryApi {
  /** Cameras present now, with connection state and mode. */
  list(): Promise<CameraInfo[]>;
  /** One camera; throws CAMERA_NOT_FOUND. */
  get(cameraId: string): CameraInfo;
  /** Connection state (disconnected for unknown ids). */
  state(cameraId: string): ConnectionState;
  /** Connects; resolves with the connected camera. Remote mode points save-info at the staging folder. */
  connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<CameraInfo>;
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
}

/** Cached, validated property access. */
export interface PropertyServiceApi {
  /** Every catalog-known property of a connected camera. */
  getAll(cameraId: string): Promise<PropertyView[]>;
  /** One property by Alpha API name; throws UNKNOWN_PROPERTY. */
  get(cameraId: string, name: string): Promise<PropertyView>;
  /**
   * Parses `input` (hex, decimal or friendly), checks it is writable and currently available, writes it and
   * resolves with the re-read view. Errors: UNKNOWN_PROPERTY, PROPERTY_NOT_WRITABLE, VALUE_NOT_AVAILABLE, INVALID_VALUE.
   */
  set(cameraId: string, name: string, input: string): Promise<PropertyView>;
  /** The priority-key property. */
  getPriorityKey(cameraId: string): Promise<PropertyView>;
  /** Sets the priority key (`pc-remote` / `camera-position`, or hex/decimal). */
  setPriorityKey(cameraId: string, input: string): Promise<PropertyView>;
}

/** What a capture did. */
export interface CaptureResult {
  /** True when AF confirmed focus, false when it timed out/failed and the shot went anyway, null without AF. */
  focused: boolean | null;
}

/** Shutter, commands and AF area. */
export interface CaptureServiceApi {
  /** S1 lock → wait for focus → release down/up → S1 unlock (`autofocus`, default true), or a plain release. */
  capture(cameraId: string, options?: { autofocus?: boolean }): Promise<CaptureResult>;
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

/** A frame consumer: called synchronously with the shared frame; must not block or mutate it. */
export type FrameConsumer = (frame: LiveViewFrame) => void;

/** Live-view fan-out: latest frame only, refcounted driver streaming. */
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

/** Card contents (needs remote-transfer or contents mode for files). */
export interface CardServiceApi {
  slots(cameraId: string): Promise<CardSlot[]>;
  list(cameraId: string, slot: number): Promise<CardFile[]>;
  image(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array>;
}

/** Sessions, naming template and the shot index. */
export interface SessionServiceApi {
  list(): SessionInfo[];
  active(): SessionInfo;
  create(name: string): Promise<SessionInfo>;
  switchTo(sessionId: string): Promise<SessionInfo>;
  /** Sets the active session's template (validated); resolves with the updated session. */
  setTemplate(template: string): Promise<SessionInfo>;
  /** The name the next shot would get with `template` (sample camera name `DSC00001.JPG`). */
  previewName(template: string): string;
  /** Shots of a session (default: active), oldest first. */
  shots(sessionId?: string): ShotInfo[];
  /** One shot by id across sessions; throws NOT_FOUND. */
  shot(shotId: string): ShotInfo;
  /** Where new session folders are created (absolute). */
  readonly root: string;
  /**
   * Moves the session root: absolute, created when missing, writable (INVALID_ARGUMENT / IO_ERROR);
   * persisted in the settings; re-opens the active session by name under it. Emits `sessionChanged`.
   */
  setRoot(path: string): Promise<SessionInfo>;
}

/** Filmstrip images for shots (cached). */
export interface ShotImageServiceApi {
  /** JPEG bytes: `thumbnail` (~320 px) or `preview` (~1600 px); RAW/TIFF use the embedded preview. */
  get(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array>;
}

/** The transfer queue: card pulls and auto-imports. */
export interface TransferQueueApi {
  /** Queues pulls into the active session (or `destDir`), one job per ref. */
  pullCardFiles(cameraId: string, refs: CardRef[], options?: { destDir?: string }): Promise<TransferJob[]>;
  /** Live jobs (queued, running, paused) and recently finished ones, oldest first. */
  list(): TransferJob[];
  /** One job; throws NOT_FOUND. */
  get(jobId: string): TransferJob;
  /** Cancels a queued/running/paused job: no file under a final name, `.part` removed. */
  cancel(jobId: string): Promise<void>;
  /** Requeues a failed or cancelled job (resuming from its `.part` where one is kept). */
  retry(jobId: string): Promise<void>;
  /** Persisted import history (finished jobs, newest last). */
  history(): TransferJob[];
}

/** Persisted settings. */
export interface SettingsServiceApi {
  get(): StudioSettings;
  update(patch: StudioSettingsPatch): Promise<StudioSettings>;
  /** Files found corrupt at load (moved aside); the UI shows these. */
  readonly problems: readonly CorruptFileReport[];
}

/** Everything built by the composition root. */
export interface Studio {
  /** Resolved options (absolute dataDir, and the sessionRoot at start: `sessions.root` follows later changes). */
  readonly options: Readonly<Required<Pick<StudioOptions, 'dataDir' | 'sessionRoot' | 'driver'>>>;
  /** The active driver (for rarely used Alpha API calls: OSD, save-info, settings files, LUT, fingerprint). */
  readonly driver: CameraDriver;
  /** Which driver is active and why. */
  readonly driverStatus: DriverStatus;
  readonly logs: LogBuffer;
  /** The one event bus adapters subscribe to (`on`, `onAny`). */
  readonly bus: EventBus;
  readonly settings: SettingsServiceApi;
  readonly cameras: CameraRegistryApi;
  readonly properties: PropertyServiceApi;
  readonly capture: CaptureServiceApi;
  readonly liveView: LiveViewHubApi;
  readonly cards: CardServiceApi;
  readonly sessions: SessionServiceApi;
  readonly shotImages: ShotImageServiceApi;
  readonly transfers: TransferQueueApi;
  /** Epoch ms at `start()` (0 before). */
  readonly startedAt: number;
  /** Studio status; the HTTP/IPC adapter supplies its server state. */
  status(server?: { enabled: boolean; url: string | null }): StudioStatus;
  /** Starts the driver, loads sessions, wires events, auto-connects when asked. */
  start(): Promise<void>;
  /** Stops transfers and live view, disconnects, stops the driver, flushes state. Idempotent. */
  stop(): Promise<void>;
}
