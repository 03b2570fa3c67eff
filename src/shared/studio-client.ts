import type {
  CameraCommand,
  CameraInfo,
  CardSlot,
  ConnectionMode,
  FocusFrame,
  LiveViewStatus,
} from './camera-types';
import type { DiagnosticsBundle } from './diagnostics-types';
import type { ErrorCode } from './errors';
import type { StudioEvent } from './events';
import type { ProStudioClient } from './pro-client';
import type { PropertyView } from './properties/property-view';
import type {
  CaptureResult,
  SessionInfo,
  ShotImageKind,
  ShotInfo,
  StudioSettingsView,
  StudioStatus,
} from './studio-types';
import type { PendingImport, TransferJob } from './transfer-types';
import type { CardListingFile, CardPullOptions } from './card-import-types';

/** A live-view frame as the renderer receives it (binary JPEG; never base64 over IPC). */
export interface ClientFrame {
  cameraId: string;
  seq: number;
  timestamp: number;
  width: number;
  height: number;
  jpeg: Uint8Array;
}

/**
 * Whether the studio answers this window: `connecting` before the first answer, `up` while the event
 * stream is open, `down` after it dropped (a studio restart, a closed laptop lid on a LAN client) with
 * the time of the next attempt. The IPC transport is always `up` (the studio is the window's own process).
 */
export interface StudioLink {
  state: 'connecting' | 'up' | 'down';
  /** Epoch ms of the next reconnect attempt while `down`; null otherwise. */
  retryAt: number | null;
  /** Reconnect attempts since the link was last up. */
  attempts: number;
}

/** A card file reference. */
export interface CardRef {
  slot: number;
  contentId: number;
  fileId: number;
}

/** What can be dragged out of the window: a session shot, or a card file already pulled into a session. */
export type DragTarget = { kind: 'shot'; shotId: string } | { kind: 'card'; cameraId: string; ref: CardRef };

/** Commands the desktop shell's app menu sends to the UI (the UI binds the same keys itself). */
export type StudioCommand =
  | 'capture'
  | 'autofocus'
  | 'toggleGrid'
  | 'toggleHistogram'
  | 'nextShot'
  | 'prevShot'
  | 'newSession'
  | 'chooseSessionFolder'
  | 'zoomToggle';

/**
 * Desktop-only capabilities (present in Electron, absent in a browser: the UI then degrades to downloads
 * and typed paths). Each method rejects with an `ErrorValue`-shaped error like the rest of the client.
 */
export interface NativeCapabilities {
  /** Starts an OS drag of a shot file, or of a card file already pulled (OPERATION_REJECTED otherwise). */
  startDrag(target: DragTarget): Promise<void>;
  /**
   * The absolute path of a file or folder dropped from the OS (Electron `webUtils.getPathForFile`), or null
   * when it has none. A browser never learns such paths: there this capability is absent with the rest.
   */
  pathForFile(file: File): string | null;
  /** Native folder picker; resolves with the chosen absolute path, or null when cancelled. */
  chooseFolder(options?: { title?: string; defaultPath?: string }): Promise<string | null>;
  /** Shows a file (or folder) in the OS file manager. */
  reveal(path: string): Promise<void>;
  /** App-menu commands; returns unsubscribe. */
  onCommand(handler: (command: StudioCommand) => void): () => void;
}

/**
 * What the renderer talks to. Two transports implement it: IPC (`window.tether`, Electron) and
 * HTTP + SSE (a browser against `npm run serve`). Components never know which.
 * Every method rejects with an `ErrorValue`-shaped error (`{code, message}`) on failure.
 * Each request/response method has one entry in `studio-methods/` (argument and result schemas, REST
 * binding) that both transports are derived from; the conformance suite in `testing/` holds them to it.
 */
export interface StudioClient extends ProStudioClient {
  /** Which transport this is (for diagnostics only; components must not branch on it). */
  readonly transport: 'ipc' | 'http';
  /** Desktop integration, only where the transport has it (Electron). Check `client.native?.…` before use. */
  readonly native?: NativeCapabilities;

  getStatus(): Promise<StudioStatus>;
  listCameras(): Promise<CameraInfo[]>;
  /**
   * Connects in a mode; resolves with the connected camera. Without a mode, the camera's previous mode
   * (`lastMode`, e.g. "remote-transfer" after a cable drop mid-pull), else the studio's default.
   */
  connect(cameraId: string, mode?: ConnectionMode): Promise<CameraInfo>;
  disconnect(cameraId: string): Promise<void>;

  getProperties(cameraId: string): Promise<PropertyView[]>;
  /** Sets by friendly, hex or decimal value; resolves with the property as re-read from the camera. */
  setProperty(cameraId: string, name: string, value: string): Promise<PropertyView>;

  /** Full capture: S1 → focus → release → S1 off when `autofocus` (the default), a plain release when false. */
  capture(cameraId: string, options?: { autofocus?: boolean }): Promise<CaptureResult>;
  sendCommand(cameraId: string, command: CameraCommand): Promise<void>;
  /** Sets the AF area from a click on the live view (0..1 fractions). */
  setAfAreaPosition(cameraId: string, normalized: { x: number; y: number }): Promise<void>;
  getFocusFrames(cameraId: string): Promise<FocusFrame[]>;

  getLiveViewStatus(cameraId: string): Promise<LiveViewStatus>;
  /** Subscribes to frames (starting live view if needed). Only the latest frame matters: drop, never queue. */
  subscribeFrames(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void;

  getCardSlots(cameraId: string): Promise<CardSlot[]>;
  /** Files on a slot, oldest first; `imported` marks those a session already holds. */
  listCardFiles(cameraId: string, slot: number): Promise<CardListingFile[]>;
  /** A card thumbnail/screennail as an object URL-able blob of JPEG bytes. */
  getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array>;
  /**
   * Queues pulls of card files into the active session (or `sessionId`, or `destDir`); with `skipImported`
   * files already imported (or being pulled) are left out, so the answer can hold fewer jobs than refs.
   */
  pullCardFiles(cameraId: string, refs: CardRef[], options?: CardPullOptions): Promise<TransferJob[]>;

  listTransfers(): Promise<TransferJob[]>;
  /** Cancels a job (no file under a final name); resolves with the job as it is now. */
  cancelTransfer(jobId: string): Promise<TransferJob>;
  /** Requeues a failed or cancelled job; resolves with the job as it is now. */
  retryTransfer(jobId: string): Promise<TransferJob>;
  /** Requeues every failed job, or those that failed with `code` (one group); resolves with them. */
  retryFailedTransfers(code?: ErrorCode): Promise<TransferJob[]>;
  /** Files found without a job: shots left in the staging folder, stray `.part` files. */
  listPendingImports(): Promise<PendingImport[]>;
  /** Imports staged shots again (all, or those in `ids`); resolves with what is still pending. */
  retryPendingImports(ids?: string[]): Promise<PendingImport[]>;
  /** Deletes a stray `.part` file (never a staged shot); resolves with what is still pending. */
  discardPendingImport(id: string): Promise<PendingImport[]>;
  /** Versions, settings, cameras, queue state and logs in one document, every secret redacted. */
  exportDiagnostics(): Promise<DiagnosticsBundle>;

  listSessions(): Promise<SessionInfo[]>;
  getActiveSession(): Promise<SessionInfo>;
  /** Creates a session and makes it active; it starts with `template`, else the default template. */
  createSession(name: string, template?: string): Promise<SessionInfo>;
  switchSession(sessionId: string): Promise<SessionInfo>;
  setNamingTemplate(template: string): Promise<SessionInfo>;
  previewName(template: string): Promise<string>;
  /** Shots of a session (default: the active one), oldest first; `newest`: only the newest N of them. */
  listShots(sessionId?: string, newest?: number): Promise<ShotInfo[]>;
  /** Studio-wide settings the UI shows (where session folders are created, the default template). */
  getStudioSettings(): Promise<StudioSettingsView>;
  /** Sets the naming template every new session starts with (validated; persisted). */
  setDefaultTemplate(template: string): Promise<StudioSettingsView>;
  /**
   * Moves the session root (absolute; created when missing; must be writable) and re-opens the active
   * session, by name, under it. Old files stay where they are. Persisted; emits `sessionChanged`.
   */
  setSessionRoot(path: string): Promise<SessionInfo>;
  /**
   * A URL that downloads the shot's file (HTTP transport: `Content-Disposition: attachment`), or null
   * where the file is reached natively instead (IPC: drag-out and reveal).
   */
  shotFileUrl(shotId: string): string | null;
  /**
   * JPEG bytes for a shot: a small thumbnail, a large preview, or `full` (every pixel, for review at
   * 100 %). RAW: its embedded preview.
   */
  getShotImage(shotId: string, kind: ShotImageKind): Promise<Uint8Array>;

  /** All studio events (one EventSource per window in the browser). Returns unsubscribe. */
  subscribeEvents(handler: (event: StudioEvent) => void): () => void;
  /**
   * The link to the studio: the handler is called at once with the current state, then on every change
   * (the transport reconnects by itself, with backoff). Returns unsubscribe.
   */
  subscribeLink(handler: (link: StudioLink) => void): () => void;
  /** Skips the reconnect backoff and tries now (a no-op while the link is up). */
  reconnectNow(): void;
}
