import { z } from 'zod';
import {
  afStateSchema,
  cameraInfoSchema,
  cardFileSchema,
  connectionModeSchema,
  connectionStateSchema,
} from './camera-types';
import { errorCodeSchema } from './errors';
import { proEventSchemas } from './pro-events';
import { pendingImportSchema, transferJobSchema } from './transfer-types';
import { shotInfoSchema } from './studio-types';

/** Thumbnails larger than this (base64 characters; 64 KiB of JPEG) are not pushed, only served. */
export const PUSHED_THUMBNAIL_MAX_BASE64 = Math.ceil((64 * 1024) / 3) * 4;

/**
 * The event catalog: the events of the Alpha Camera REST API (its document: `api/fixtures/`, checked by
 * `events.test.ts`) plus the studio's own.
 * Every payload carries `cameraId` except the handshake and studio-wide events.
 */
export const eventSchemas = {
  /** SSE handshake (`{cameraId: "*" | id}`) or a real camera connect (full camera info). */
  connected: z.union([
    z.object({ cameraId: z.string() }).strict(),
    cameraInfoSchema.extend({ cameraId: z.string(), mode: connectionModeSchema }),
  ]),
  /** Camera disconnected (real, or synthetic before a clean disconnect). */
  disconnected: z.object({ cameraId: z.string(), reason: z.string().optional() }),
  /**
   * One or more property values changed. `count` as the Alpha server sends it; `codes` are integers (the Alpha
   * server sends hex strings, see docs/ALPHA-API-COMPATIBILITY.md); `names` is the studio's addition.
   */
  propertyChanged: z.object({
    cameraId: z.string(),
    codes: z.array(z.number().int()),
    count: z.number().int().optional(),
    names: z.array(z.string()).optional(),
  }),
  /** Autofocus state changed. */
  afStatus: z.object({ cameraId: z.string(), state: afStateSchema, source: z.string().optional() }),
  /**
   * A shot landed on the host: `savedPath` is final, complete and verified. `filename` is the same full host
   * path (as the Alpha server sends it); `type` is `image`, or `settings` for a camera-settings file.
   */
  downloadComplete: z.object({
    cameraId: z.string(),
    filename: z.string(),
    savedPath: z.string(),
    type: z.enum(['image', 'settings']).optional(),
    size: z.number().int().optional(),
    jobId: z.string().optional(),
  }),
  /**
   * Card pull, thumbnail/screennail or import progress. The last one has `percent: 100` and `savedPath` (with
   * `filename`, the same full path, as the Alpha server sends it); `notify` is the CRSDK notification code
   * (`0x20099` in progress, `0x20093` done). Plus the studio's job detail.
   */
  transferProgress: z.object({
    cameraId: z.string(),
    contentId: z.number().int(),
    fileId: z.number().int(),
    percent: z.number().int().min(0).max(100),
    notify: z.string().optional(),
    savedPath: z.string().optional(),
    filename: z.string().optional(),
    jobId: z.string().optional(),
    bytesDone: z.number().int().optional(),
    bytesTotal: z.number().int().optional(),
    speed: z.number().optional(),
  }),
  /** Contents-transfer mode file list update. */
  contentsTransfer: z.object({ cameraId: z.string(), files: z.array(cardFileSchema) }),
  /** A generic camera operation completed. */
  operationResult: z.object({ cameraId: z.string(), operation: z.string(), result: z.string() }),
  /**
   * An absolute focus-position move ended (CRSDK `CrWarning_FocusPosition_Result_*`): named and shaped as the
   * Alpha server sends it, plus `cameraId`.
   */
  focusResult: z.object({ cameraId: z.string(), success: z.boolean() }),
  /** An SDK or camera error. `code` is the shared error code; `sdkCode` the SDK's own when there is one. */
  error: z.object({
    cameraId: z.string(),
    code: z.union([errorCodeSchema, z.string()]),
    message: z.string(),
    sdkCode: z.number().int().optional(),
  }),
  /** A camera warning (e.g. reconnecting, card almost full). */
  warning: z.object({ cameraId: z.string(), code: z.string(), message: z.string() }),

  // ---- studio additions ----
  /** A camera appeared (hot-plug). */
  cameraAdded: cameraInfoSchema,
  /** A camera disappeared (hot-plug). */
  cameraRemoved: z.object({ cameraId: z.string() }),
  /** Connection state changed (connecting, connected, disconnecting, disconnected, reconnecting). */
  connectionState: z.object({
    cameraId: z.string(),
    state: connectionStateSchema,
    mode: connectionModeSchema.optional(),
  }),
  /** A transfer was queued. */
  transferQueued: transferJobSchema,
  /** A transfer finished: the file is on disk under its final name. */
  transferDone: transferJobSchema,
  /** A transfer failed or was cancelled: no file under a final name. */
  transferFailed: transferJobSchema,
  /** A shot joined a session's shot index (its file is final and recorded durably): the filmstrip adds it. */
  shotAdded: shotInfoSchema,
  /**
   * A new shot's thumbnail, pushed as soon as it is made (a tethered shot's is made while it imports): a
   * JPEG of at most 320 px, base64, so a window shows it without asking (`GET …/shots/{id}/thumbnail` serves
   * the same bytes).
   */
  shotThumbnail: z.object({
    shotId: z.string(),
    sessionId: z.string(),
    jpegBase64: z
      .string()
      .max(PUSHED_THUMBNAIL_MAX_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  }),
  /** A transfer changed state without finishing: paused, waiting for the camera or its mode, resumed. */
  transferUpdated: transferJobSchema,
  /** The files found without a job (staged shots to import, stray `.part` files) changed. */
  pendingImports: z.object({ items: z.array(pendingImportSchema) }),
  /** The active session changed. */
  sessionChanged: z.object({ id: z.string(), name: z.string(), folder: z.string() }),
  /** Live view started or stopped for a camera. */
  liveViewState: z.object({ cameraId: z.string(), enabled: z.boolean(), streaming: z.boolean() }),
  /** Sequences, review, capture-all and presets (issue 11). */
  ...proEventSchemas,
} as const;

/** The catalog's event names. */
export type StudioEventName = keyof typeof eventSchemas;

/** Payload type of each event. */
export type StudioEventMap = { [K in StudioEventName]: z.infer<(typeof eventSchemas)[K]> };

/** One event with its name: what the bus carries and the transports frame. */
export type StudioEvent = { [K in StudioEventName]: { event: K; data: StudioEventMap[K] } }[StudioEventName];

/** All event names, in catalog order. */
export const STUDIO_EVENT_NAMES = Object.keys(eventSchemas) as StudioEventName[];

/** The nine event names the Alpha Camera REST API documents. */
export const ALPHA_EVENT_NAMES = [
  'connected',
  'disconnected',
  'propertyChanged',
  'afStatus',
  'downloadComplete',
  'transferProgress',
  'contentsTransfer',
  'operationResult',
  'error',
] as const satisfies readonly StudioEventName[];

/** True when `name` is in the catalog. */
export function isStudioEventName(name: string): name is StudioEventName {
  return Object.prototype.hasOwnProperty.call(eventSchemas, name);
}
