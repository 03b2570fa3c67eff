import { z } from 'zod';
import { connectionModeSchema } from '../camera-types';
import { cameraIdSchema } from '../arg-schemas';
import { intString } from './envelope';

/** `POST /connection` body. */
export const connectionRequestSchema = z.object({
  mode: connectionModeSchema.optional(),
  auth: z
    .object({
      username: z.string().max(256).optional(),
      password: z.string().max(256).optional(),
      fingerprint: z.string().max(1024).optional(),
    })
    .optional(),
  username: z.string().max(256).optional(),
  password: z.string().max(256).optional(),
  reconnecting: z.enum(['on', 'off']).optional(),
});

/** `PUT /properties/{name}` body: hex (`0x1007d`), decimal or friendly (`1/125`); numbers are accepted as decimal. */
export const propertySetRequestSchema = z.object({
  value: z.union([z.string().trim().min(1).max(256), z.number().finite().transform(String)]),
});

/** The two priority-key settings. */
export const priorityKeySettingSchema = z.enum(['pc-remote', 'camera-position']);

/** `PUT /priority-key` body. */
export const setPriorityKeyRequestSchema = z.object({ setting: priorityKeySettingSchema });

/** 0..1 fractions of the live-view frame. */
export const normalizedPointSchema = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) });

/**
 * AF area / touch position: `x`+`y` in the 640×480 AF space or `normalized` (wins when both are present).
 */
export const positionRequestSchema = z
  .object({
    x: z.number().int().min(0).max(639).optional(),
    y: z.number().int().min(0).max(479).optional(),
    normalized: normalizedPointSchema.optional(),
  })
  .refine((b) => b.normalized !== undefined || (b.x !== undefined && b.y !== undefined), {
    message: 'send x and y (0-639, 0-479) or normalized {x, y} (0-1)',
  });

/** `POST /actions/shutter` body: omit for a single shot. */
export const shutterRequestSchema = z.object({ action: z.enum(['down', 'up']).optional() });

/** Every button name the Alpha API knows. */
export const BUTTON_NAMES = [
  'up',
  'down',
  'left',
  'right',
  'enter',
  'menu',
  'multi-selector-up',
  'multi-selector-down',
  'multi-selector-left',
  'multi-selector-right',
  'multi-selector-enter',
  'multi-selector-right-up',
  'multi-selector-right-down',
  'multi-selector-left-up',
  'multi-selector-left-down',
  'fn',
  'playback',
  'delete',
  'mode',
  'c1',
  'c2',
  'c3',
  'c4',
  'c5',
  'c6',
  'c7',
  'movie',
  'ael',
  'af-on',
  'home',
  'clips',
  'slot-select',
  'display',
  'cancel-back',
  'thumbnail',
] as const;

/** `POST /actions/button` body. */
export const buttonRequestSchema = z.object({
  button: z.enum(BUTTON_NAMES),
  action: z.enum(['press', 'down', 'up']).optional(),
});

/** `POST /actions/zoom` body: `{direction, speed: normal|fast}` or `{speed: -10..10}` (disjoint on `speed`'s type). */
export const zoomRequestSchema = z.union([
  z.object({ direction: z.enum(['in', 'out']), speed: z.enum(['normal', 'fast']) }),
  z.object({ speed: z.number().int().min(-10).max(10) }),
]);

/** `POST /actions/focus-near-far` body. */
export const focusNearFarRequestSchema = z.object({
  step: z
    .number()
    .int()
    .min(-7)
    .max(7)
    .refine((v) => v !== 0, 'step must be -7..-1 or 1..7 (0 is invalid)'),
});

/** Host paths given to the API: bounded, no NUL. Whether absolute is checked by the handler. */
export const hostPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\u0000'), 'path must not contain NUL');

/** `PUT /settings/save-info` body. */
export const saveInfoRequestSchema = z.object({
  path: hostPathSchema,
  prefix: z
    .string()
    .max(32)
    .regex(/^[A-Za-z0-9_-]*$/, 'prefix: letters, digits, _ and - only')
    .optional(),
  startNo: z.number().int().min(1).max(9999).optional(),
});

/** SD card download body: optional host directory. */
export const sdCardDownloadRequestSchema = z.object({ save_path: hostPathSchema.optional() });

/** Settings-file body (`CUMSET.DAT`). */
export const settingsFileRequestSchema = z.object({
  filename: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, 'filename: a plain file name (letters, digits, . _ -)')
    .optional(),
});

/** `POST /lut/import` body. */
export const lutImportRequestSchema = z.object({
  filePath: hostPathSchema.refine((p) => /\.cube$/i.test(p), 'filePath must be a .cube file'),
  slot: z.number().int().min(1).max(16).default(1),
});

/** `GET /api/server/logs` query. */
export const logsQuerySchema = z.object({
  lines: intString(1, 10_000).optional(),
  level: z.enum(['debug', 'info', 'warn', 'error']).optional(),
});

/** `{cameraId}/{propertyName}` params (unknown names are a 400 from the handler, with the catalog's word). */
export const propertyParamsSchema = z.object({
  cameraId: cameraIdSchema,
  propertyName: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/i, 'invalid property name'),
});

/** `{cameraId}/{slotNumber}` params. */
export const slotParamsSchema = z.object({ cameraId: cameraIdSchema, slotNumber: intString(1, 2) });

/** `{cameraId}/{slotNumber}/{contentId}/{fileId}` params. */
export const cardFileParamsSchema = z.object({
  cameraId: cameraIdSchema,
  slotNumber: intString(1, 2),
  contentId: intString(0, 2 ** 32 - 1),
  fileId: intString(0, 2 ** 32 - 1),
});

/** Comma-separated event names (`?events=a,b`). */
const eventListSchema = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
  );

/** SSE stream query: filter, resume id (also the `Last-Event-ID` header) and, for `/api/events`, a camera. */
export const eventsQuerySchema = z.object({
  events: eventListSchema.optional(),
  cameraId: cameraIdSchema.optional(),
  lastEventId: z.string().max(32).optional(),
});

/** `GET /api/events/poll` query. */
export const pollQuerySchema = z.object({
  after: intString(0, Number.MAX_SAFE_INTEGER).optional(),
  events: eventListSchema.optional(),
  cameraId: cameraIdSchema.optional(),
  limit: intString(1, 10_000).optional(),
});

/** `GET …/live-view/events` query: PST-style bare base64 `data:` lines, or `json` frames with metadata. */
export const imageStreamQuerySchema = z.object({
  format: z.enum(['base64', 'json']).optional(),
});
