import { z } from 'zod';
import { driverKindSchema } from './camera-types';

/** True when `s` contains an ASCII control character (U+0000–U+001F or U+007F). */
export function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** A shooting session: a folder under the session root plus its naming template and counters. */
export const sessionInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  folder: z.string(),
  createdAt: z.string(),
  /** The naming template in force for this session. */
  template: z.string(),
  /** The next sequence number the template's `{seq}` will use. */
  nextSeq: z.number().int().nonnegative(),
  shotCount: z.number().int().nonnegative(),
});
/** A shooting session. */
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** Session names are folder names: printable, no separators, bounded. */
export const sessionNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine(
    (s) => !/[\\/:*?"<>|]/.test(s) && !hasControlChars(s) && s !== '.' && s !== '..',
    'invalid session name',
  );

/** Studio-wide settings as the UI sees them. */
export const studioSettingsViewSchema = z.object({
  /** Absolute folder new session folders are created in. */
  sessionRoot: z.string(),
  /** The naming template every new session starts with. */
  namingTemplate: z.string(),
});
/** Studio-wide settings as the UI sees them. */
export type StudioSettingsView = z.infer<typeof studioSettingsViewSchema>;

/** A shot imported into a session: on disk, complete and verified. */
export const shotInfoSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  fileName: z.string(),
  path: z.string(),
  size: z.number().int().nonnegative(),
  cameraId: z.string(),
  /** Camera-provided original name (sanitised). */
  originalName: z.string(),
  kind: z.enum(['jpeg', 'raw', 'heif', 'movie', 'other']),
  /** Sequence number shared by a RAW+JPEG pair. */
  seq: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** The camera's clock at capture, `YYYY-MM-DDTHH:MM:SS` (the card listing's time, or the file's EXIF). */
  capturedAt: z.string().optional(),
  /** How the shot arrived: pulled from the card, or delivered by the camera while tethered. */
  origin: z.enum(['card', 'tether']).optional(),
});
/** A shot imported into a session. */
export type ShotInfo = z.infer<typeof shotInfoSchema>;

/** Which image of a shot: ~320 px thumbnail, ~1600 px preview, or `full` resolution (review at 100 %). */
export const shotImageKindSchema = z.enum(['thumbnail', 'preview', 'full']);
/** Which image of a shot. */
export type ShotImageKind = z.infer<typeof shotImageKindSchema>;

/** A naming template such as `{session}_{seq:4}{ext}`. */
export const namingTemplateSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((t) => {
    const literal = t.replace(/\{[^}]*\}/g, '');
    return !/[\\/]/.test(literal) && !hasControlChars(literal);
  }, 'template must not contain path separators or control characters');

/** What a capture did: `focused` true when AF confirmed, false when it did not (shot taken anyway), null without AF. */
export const captureResultSchema = z.object({ focused: z.boolean().nullable() });
/** What a capture did. */
export type CaptureResult = z.infer<typeof captureResultSchema>;
/**
 * Whether the driver can find cameras. `ok: false` means enumeration itself fails (e.g. the SDK's transport
 * adapters are not where it looks): the studio stays up, says why here and keeps retrying.
 */
export const discoveryStateSchema = z.object({
  ok: z.boolean(),
  /** Why discovery fails, in words (absent when ok). */
  message: z.string().optional(),
  /** The shared error code of the failure (absent when ok). */
  code: z.string().optional(),
  /** Where the SDK looks for its transport adapters (CRSDK driver). */
  adapterDir: z.string().optional(),
  /** Epoch ms of the last enumeration attempt. */
  checkedAt: z.number().optional(),
});
/** Camera discovery state. */
export type DiscoveryState = z.infer<typeof discoveryStateSchema>;
/** What `--driver` asks for. */
export const driverRequestSchema = z.enum(['auto', 'sim', 'crsdk', 'gphoto2']);
/** What `--driver` asks for. */
export type DriverRequest = z.infer<typeof driverRequestSchema>;

/** The active driver: one family, or `multi` when several run side by side (CRSDK and gphoto2). */
export const activeDriverKindSchema = z.enum([...driverKindSchema.options, 'multi']);

/** One camera backend considered at start: whether it runs and why (e.g. libgphoto2 missing, Windows). */
export const driverBackendSchema = z.object({
  kind: driverKindSchema,
  active: z.boolean(),
  reason: z.string(),
  version: z.string().optional(),
});
/** One camera backend considered at start. */
export type DriverBackend = z.infer<typeof driverBackendSchema>;

/** How the active driver was chosen: what `/api/server/status` and the UI show. */
export const driverStatusSchema = z.object({
  kind: activeDriverKindSchema,
  requested: driverRequestSchema,
  reason: z.string(),
  sdkVersion: z.string(),
  /** Camera discovery: failing enumeration is reported here, not by stopping the studio. */
  discovery: discoveryStateSchema.optional(),
  /** Every backend that was considered, active or not, with its reason. */
  backends: z.array(driverBackendSchema).optional(),
});
/** How the active driver was chosen. */
export type DriverStatus = z.infer<typeof driverStatusSchema>;

/** Studio status shown in the UI header and by `/api/studio/status`. */
export const studioStatusSchema = z.object({
  version: z.string(),
  driver: driverStatusSchema,
  uptime: z.number(),
  server: z.object({ enabled: z.boolean(), url: z.string().nullable() }),
});
/** Studio status. */
export type StudioStatus = z.infer<typeof studioStatusSchema>;
