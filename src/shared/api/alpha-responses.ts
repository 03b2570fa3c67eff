import { z } from 'zod';
import { connectionModeSchema } from '../camera-types';
import {
  activeDriverKindSchema,
  discoveryStateSchema,
  driverBackendSchema,
  driverRequestSchema,
} from '../studio-types';
import { cameraSummarySchema } from './envelope';
import { logEntrySchema } from './log-entry';
import { priorityKeySettingSchema } from './alpha-requests';

const envelope = {
  success: z.boolean(),
  message: z.string().optional(),
  camera: cameraSummarySchema.optional(),
};

/** `GET /api/server/status` (`driver` is Tether Studio's addition). */
export const serverStatusResponseSchema = z.object({
  success: z.boolean(),
  server: z.object({
    version: z.string(),
    apiVersion: z.string(),
    sdkVersion: z.string(),
    uptime: z.number().int(),
    platform: z.string(),
  }),
  cameras: z.object({ connected: z.number().int(), discovered: z.number().int() }),
  driver: z.object({
    kind: activeDriverKindSchema,
    reason: z.string(),
    requested: driverRequestSchema,
    /** Whether camera discovery works; a failure (e.g. no CrAdapter/) is reported here and retried. */
    discovery: discoveryStateSchema.optional(),
    /** Every backend that was considered, active or not, with its reason. */
    backends: z.array(driverBackendSchema).optional(),
  }),
});

export { logEntrySchema };

/** `GET /api/server/logs`. */
export const serverLogsResponseSchema = z.object({
  success: z.boolean(),
  logs: z.array(logEntrySchema),
  total: z.number().int(),
});

/** `POST /api/server/shutdown`. */
export const shutdownResponseSchema = z.object({ success: z.boolean(), message: z.string().optional() });

/** A camera in `GET /api/cameras` (spec fields plus the studio's serial, driver and state). */
export const alphaCameraInfoSchema = z.object({
  id: z.string(),
  model: z.string(),
  connectionType: z.enum(['USB', 'Network']),
  connected: z.boolean(),
  serial: z.string().optional(),
  driver: z.string().optional(),
  mode: connectionModeSchema.optional(),
  state: z.string().optional(),
});

/** `GET /api/cameras`. */
export const cameraListResponseSchema = z.object({
  success: z.boolean(),
  message: z.string().optional(),
  cameras: z.array(alphaCameraInfoSchema),
});

/** `GET /connection`: `data.mode` only while connected. */
export const connectionStatusResponseSchema = z.object({
  ...envelope,
  data: z.object({ mode: connectionModeSchema }).optional(),
});

/** One entry of a single-GET `available_values`. */
export const availableValueSchema = z.object({ value: z.string(), formatted: z.string() });

/** Single-property GET payload. */
export const propertyDataSchema = z.object({
  property: z.string(),
  value: z.string(),
  formatted: z.string(),
  writable: z.boolean(),
  available_values: z.array(availableValueSchema),
});

/** `GET /properties/{name}`. */
export const getPropertyResponseSchema = z.object({ ...envelope, data: propertyDataSchema });

/** One bulk `available_values` entry (numeric `value` plus `hex_value`). */
export const bulkAvailableValueSchema = z.object({
  value: z.number(),
  hex_value: z.string(),
  formatted: z.string(),
});

/** One bulk property entry (a different shape from the single GET, as the spec says). */
export const bulkPropertyEntrySchema = z.object({
  current_value: z.number(),
  current_hex_value: z.string(),
  current_formatted: z.string(),
  writable: z.boolean(),
  available_values: z.array(bulkAvailableValueSchema),
});

/** `GET /properties/all`. */
export const getAllPropertiesResponseSchema = z.object({
  ...envelope,
  data: z.object({
    properties: z.record(z.string(), bulkPropertyEntrySchema),
    total_properties: z.number().int(),
  }),
});

/** `GET /priority-key`. */
export const getPriorityKeyResponseSchema = z.object({
  ...envelope,
  data: z.object({ setting: priorityKeySettingSchema.optional(), rawValue: z.string().optional() }),
});

/** `GET /live-view/status`. */
export const liveViewStatusResponseSchema = z.object({
  ...envelope,
  data: z.object({ enabled: z.boolean(), streaming: z.boolean() }),
});

/** `GET /live-view/osd-status`. */
export const osdStatusResponseSchema = z.object({
  ...envelope,
  data: z.object({ supported: z.boolean(), enabled: z.boolean() }),
});

/** `GET /settings/save-info`. */
export const saveInfoResponseSchema = z.object({
  ...envelope,
  data: z.object({ path: z.string(), prefix: z.string(), startNo: z.number().int() }).optional(),
});

/** One SD card file (Alpha field names). */
export const sdCardFileSchema = z.object({
  content_id: z.number().int(),
  file_id: z.number().int(),
  file_path: z.string(),
  file_size: z.number().int(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  creation_year: z.number().int().optional(),
  creation_month: z.number().int().optional(),
  creation_day: z.number().int().optional(),
  creation_hour: z.number().int().optional(),
  creation_minute: z.number().int().optional(),
  creation_second: z.number().int().optional(),
});

/** `GET /sd-card/slot/{n}/files`. */
export const sdCardFileListResponseSchema = z.object({
  success: z.boolean(),
  slot: z.number().int(),
  file_count: z.number().int(),
  files: z.array(sdCardFileSchema),
});

/** 202 for async operations (`data.jobs` lists the transfer jobs the studio queued). */
export const asyncOperationResponseSchema = z.object({
  success: z.boolean(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/** 202 for thumbnail/screennail downloads (`data.path`: where the JPEG was written). */
export const compressedDownloadResponseSchema = z.object({
  success: z.boolean(),
  message: z.string(),
  type: z.enum(['thumbnail', 'screennail']),
  data: z.object({ path: z.string(), size: z.number().int() }).optional(),
});

const pointInt = z.object({ x: z.number().int(), y: z.number().int() });

/** One AF or tracking frame as the Alpha API reports it. */
export const alphaFrameSchema = z.object({
  type: z.string(),
  state: z.string(),
  priority: z.number().int(),
  normalized: z.object({ x: z.number(), y: z.number() }),
  position: pointInt,
  size: z.object({
    width: z.number().int(),
    height: z.number().int(),
    normalized_width: z.number(),
    normalized_height: z.number(),
  }),
  raw: z.object({
    xNumerator: z.number().int(),
    xDenominator: z.number().int(),
    yNumerator: z.number().int(),
    yDenominator: z.number().int(),
  }),
});

/** `GET /af-area-position` and `GET /tracking-frame`. */
export const framesResponseSchema = z.object({
  ...envelope,
  data: z.object({
    available: z.boolean(),
    frame_count: z.number().int(),
    frames: z.array(alphaFrameSchema),
  }),
});

/** `GET /fingerprint`. */
export const fingerprintResponseSchema = z.object({
  ...envelope,
  data: z.object({
    ssh_supported: z.boolean(),
    fingerprint: z.string().optional(),
    length: z.number().int().optional(),
  }),
});

/** `GET /settings/files`. */
export const settingsFileListResponseSchema = z.object({
  success: z.boolean(),
  message: z.string().optional(),
  files: z.array(z.string()),
  count: z.number().int(),
});

/** `POST /lut/import` (202). */
export const lutImportResponseSchema = z.object({
  success: z.boolean(),
  message: z.string(),
  data: z.object({ slot: z.number().int(), file: z.string() }),
});

/** One buffered event as the poll endpoint returns it. */
export const polledEventSchema = z.object({ id: z.number().int(), event: z.string(), data: z.unknown() });

/** `GET /api/events/poll` (200; 204 when nothing is newer). `gap` says events older than `oldest` were lost. */
export const pollResponseSchema = z.object({
  events: z.array(polledEventSchema),
  lastId: z.number().int(),
  gap: z.object({ requested: z.number().int(), oldest: z.number().int() }).optional(),
});
