import { z } from 'zod';

/** The three CRSDK connection modes, named as the Alpha Camera REST API names them. */
export const connectionModeSchema = z.enum(['remote', 'remote-transfer', 'contents']);
/** A CRSDK connection mode. */
export type ConnectionMode = z.infer<typeof connectionModeSchema>;

/** Which driver family speaks to a camera. */
export const driverKindSchema = z.enum(['sim', 'crsdk', 'gphoto2']);
/** Which driver family speaks to a camera. */
export type DriverKind = z.infer<typeof driverKindSchema>;

/**
 * Connection lifecycle as the studio tracks it. `connecting` and `disconnecting` last while a requested change
 * runs (requests for one camera run one at a time, in arrival order); `reconnecting` after a link loss.
 */
export const connectionStateSchema = z.enum([
  'disconnected',
  'connecting',
  'connected',
  'disconnecting',
  'reconnecting',
]);
/** Connection lifecycle as the studio tracks it. */
export type ConnectionState = z.infer<typeof connectionStateSchema>;

/** A camera found by enumeration. `id` is stable across replugs (derived from the serial). */
export const cameraInfoSchema = z.object({
  id: z.string(),
  model: z.string(),
  serial: z.string(),
  connectionType: z.enum(['USB', 'Network']),
  connected: z.boolean(),
  driver: driverKindSchema,
  mode: connectionModeSchema.optional(),
  state: connectionStateSchema.optional(),
  /** The mode of this camera's previous connection: what a reconnect without a mode restores. */
  lastMode: connectionModeSchema.optional(),
  /** USB vendor and product id, where the driver knows them (a body seen by two drivers is offered once). */
  usb: z.object({ vendorId: z.number().int(), productId: z.number().int() }).optional(),
});
/** A camera found by enumeration. */
export type CameraInfo = z.infer<typeof cameraInfoSchema>;

/** A raw property value as CRSDK carries it: an integer (already sign-decoded for signed types) or a string. */
export type RawValue = number | string;

/** One property as a driver reports it: CRSDK code, raw value, and the camera's current constraints. */
export interface RawProperty {
  /** CRSDK `CrDevicePropertyCode`. */
  code: number;
  /** Current raw value. */
  value: RawValue;
  /** Writable right now (CRSDK enable flag == enabled and priority key allows it). */
  writable: boolean;
  /** Values the camera accepts right now (CRSDK possible values); empty for ranges/free values. */
  available: RawValue[];
}

/** One JPEG live-view frame. `jpeg` is shared by every consumer and must never be mutated. */
export interface LiveViewFrame {
  cameraId: string;
  /** Monotonic frame number from the camera (or driver). */
  seq: number;
  /** Epoch milliseconds at which the driver obtained the frame. */
  timestamp: number;
  width: number;
  height: number;
  jpeg: Uint8Array;
}

/** Live-view state as the Alpha API reports it. */
export const liveViewStatusSchema = z.object({ enabled: z.boolean(), streaming: z.boolean() });
/** Live-view state as the Alpha API reports it. */
export type LiveViewStatus = z.infer<typeof liveViewStatusSchema>;

/** Autofocus state as carried by the `afStatus` event. */
export const afStateSchema = z.enum(['focused', 'unlocked', 'tracking', 'focusing', 'failed']);
/** Autofocus state as carried by the `afStatus` event. */
export type AfState = z.infer<typeof afStateSchema>;

/** A file on the camera's card. One content may carry several files (RAW+JPEG) with distinct `fileId`s. */
export const cardFileSchema = z.object({
  slot: z.number().int().min(1).max(2),
  contentId: z.number().int().nonnegative(),
  fileId: z.number().int().nonnegative(),
  /** Path on the card, e.g. `DCIM/100MSDCF/DSC00001.ARW` (untrusted). */
  path: z.string(),
  /** Base name of `path` (untrusted). */
  name: z.string(),
  size: z.number().int().nonnegative(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  /** ISO 8601 local capture time. */
  createdAt: z.string(),
  kind: z.enum(['jpeg', 'raw', 'heif', 'movie', 'other']),
});
/** A file on the camera's card. */
export type CardFile = z.infer<typeof cardFileSchema>;

/** Card slot state. */
export const cardSlotSchema = z.object({
  slot: z.number().int(),
  status: z.enum(['ok', 'none', 'error', 'full']),
  remainingPhotos: z.number().int().nonnegative(),
  fileCount: z.number().int().nonnegative(),
});
/** Card slot state. */
export type CardSlot = z.infer<typeof cardSlotSchema>;

/** Where CRSDK writes auto-downloaded shots (`SetSaveInfo`). */
export const saveInfoSchema = z.object({
  path: z.string().min(1),
  prefix: z.string().max(32).default('DSC'),
  startNo: z.number().int().min(1).max(9999).default(1),
});
/** Where CRSDK writes auto-downloaded shots. */
export type SaveInfo = z.infer<typeof saveInfoSchema>;

/** A command sent to the camera body (CRSDK `SendCommand` and friends). */
export const cameraCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('release'), action: z.enum(['down', 'up']) }),
  z.object({ type: z.literal('s1'), action: z.enum(['lock', 'unlock']) }),
  z.object({ type: z.literal('afShutter') }),
  z.object({ type: z.literal('movieRecord'), action: z.enum(['toggle', 'down', 'up']) }),
  z.object({
    type: z.literal('focusNearFar'),
    step: z
      .number()
      .int()
      .min(-7)
      .max(7)
      .refine((v) => v !== 0, 'step 0 is invalid'),
  }),
  z.object({ type: z.literal('zoom'), speed: z.number().int().min(-10).max(10) }),
  z.object({
    type: z.literal('button'),
    button: z.string().min(1).max(40),
    action: z.enum(['press', 'down', 'up']),
  }),
  z.object({
    type: z.literal('touch'),
    x: z.number().int().min(0).max(639),
    y: z.number().int().min(0).max(479),
  }),
  z.object({ type: z.literal('touchCancel') }),
]);
/** A command sent to the camera body. */
export type CameraCommand = z.infer<typeof cameraCommandSchema>;

/** One AF or tracking frame in the camera's 640×480 AF coordinate space. */
export const focusFrameSchema = z.object({
  type: z.string(),
  state: z.enum(['focused', 'not-focused', 'moving', 'selection', 'registration-af', 'island', 'unknown']),
  priority: z.number().int(),
  position: z.object({ x: z.number().int(), y: z.number().int() }),
  size: z.object({ width: z.number().int(), height: z.number().int() }),
});
/** One AF or tracking frame. */
export type FocusFrame = z.infer<typeof focusFrameSchema>;

/** AF coordinate space width (CRSDK AF area position x range is 0..639). */
export const AF_SPACE_WIDTH = 640;
/** AF coordinate space height (y range 0..479). */
export const AF_SPACE_HEIGHT = 480;
