import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  FocusFrame,
  LiveViewStatus,
} from './camera-types';
import type { StudioEvent } from './events';
import type { ProStudioClient } from './pro-client';
import type { PropertyView } from './properties/property-view';
import type { CaptureResult, SessionInfo, ShotInfo, StudioSettingsView, StudioStatus } from './studio-types';
import type { TransferJob } from './transfer-types';

/** A live-view frame as the renderer receives it (binary JPEG; never base64 over IPC). */
export interface ClientFrame {
  cameraId: string;
  seq: number;
  timestamp: number;
  width: number;
  height: number;
  jpeg: Uint8Array;
}

/** A card file reference. */
export interface CardRef {
  slot: number;
  contentId: number;
  fileId: number;
}

/** What can be dragged out of the window: a session shot, or a card file (pulled first, with progress). */
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
  /** Starts an OS drag of a shot file, or of a card file once it has been pulled into the session. */
  startDrag(target: DragTarget): Promise<void>;
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
  /** Connects in a mode; resolves with the connected camera. */
  connect(cameraId: string, mode: ConnectionMode): Promise<CameraInfo>;
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
  listCardFiles(cameraId: string, slot: number): Promise<CardFile[]>;
  /** A card thumbnail/screennail as an object URL-able blob of JPEG bytes. */
  getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array>;
  /** Queues pulls of card files into the active session (or `destDir`). */
  pullCardFiles(cameraId: string, refs: CardRef[], options?: { destDir?: string }): Promise<TransferJob[]>;

  listTransfers(): Promise<TransferJob[]>;
  /** Cancels a job (no file under a final name); resolves with the job as it is now. */
  cancelTransfer(jobId: string): Promise<TransferJob>;
  /** Requeues a failed or cancelled job; resolves with the job as it is now. */
  retryTransfer(jobId: string): Promise<TransferJob>;

  listSessions(): Promise<SessionInfo[]>;
  getActiveSession(): Promise<SessionInfo>;
  createSession(name: string): Promise<SessionInfo>;
  switchSession(sessionId: string): Promise<SessionInfo>;
  setNamingTemplate(template: string): Promise<SessionInfo>;
  previewName(template: string): Promise<string>;
  listShots(sessionId?: string): Promise<ShotInfo[]>;
  /** Studio-wide settings the UI shows (where session folders are created). */
  getStudioSettings(): Promise<StudioSettingsView>;
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
  /** JPEG bytes for a shot: a small thumbnail or a large preview (RAW: its embedded preview). */
  getShotImage(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array>;

  /** All studio events (one EventSource per window in the browser). Returns unsubscribe. */
  subscribeEvents(handler: (event: StudioEvent) => void): () => void;
}
