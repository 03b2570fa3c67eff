import { z } from 'zod';
import {
  cameraCommandSchema,
  cameraInfoSchema,
  cardFileSchema,
  cardSlotSchema,
  connectionModeSchema,
  focusFrameSchema,
  liveViewStatusSchema,
} from '../camera-types';
import {
  namingTemplateSchema,
  sessionInfoSchema,
  sessionNameSchema,
  shotInfoSchema,
  studioSettingsViewSchema,
  studioStatusSchema,
} from '../studio-types';
import { transferJobSchema } from '../transfer-types';
import { cameraIdSchema, intString, studioOk } from './envelope';
import { hostPathSchema, normalizedPointSchema } from './alpha-requests';

/** A property as the studio shows it (mirrors `PropertyView`). */
export const propertyViewSchema = z.object({
  name: z.string(),
  code: z.number().int(),
  label: z.string(),
  group: z.string(),
  value: z.union([z.number(), z.string()]),
  hex: z.string(),
  formatted: z.string(),
  writable: z.boolean(),
  available: z.array(
    z.object({ value: z.union([z.number(), z.string()]), hex: z.string(), formatted: z.string() }),
  ),
});

/** A card file reference. */
export const cardRefSchema = z.object({
  slot: z.number().int().min(1).max(2),
  contentId: z.number().int().nonnegative(),
  fileId: z.number().int().nonnegative(),
});

/** Ids minted by the studio (sessions, shots, jobs). */
export const studioIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'invalid id');

// ---- request bodies ----

/** `POST /api/studio/cameras/{cameraId}/connect`. */
export const studioConnectBodySchema = z.object({ mode: connectionModeSchema.default('remote') });
/** `PUT /api/studio/cameras/{cameraId}/properties/{name}`. */
export const studioSetPropertyBodySchema = z.object({ value: z.string().trim().min(1).max(256) });
/** `POST /api/studio/cameras/{cameraId}/capture`. */
export const studioCaptureBodySchema = z.object({ autofocus: z.boolean().optional() });
/** `POST /api/studio/cameras/{cameraId}/command`. */
export const studioCommandBodySchema = cameraCommandSchema;
/** `PUT /api/studio/cameras/{cameraId}/af-area`: 0..1 fractions of the frame. */
export const studioAfAreaBodySchema = normalizedPointSchema;
/** `POST /api/studio/cameras/{cameraId}/card/pull`: up to 500 files per call. */
export const studioPullBodySchema = z.object({
  refs: z.array(cardRefSchema).min(1).max(500),
  destDir: hostPathSchema.optional(),
});
/** `POST /api/studio/sessions`. */
export const studioCreateSessionBodySchema = z.object({ name: sessionNameSchema });
/** `PUT /api/studio/naming-template`. */
export const studioTemplateBodySchema = z.object({ template: namingTemplateSchema });
/** `PUT /api/studio/session-root`: an absolute host folder (the service checks absolute and writable). */
export const studioSessionRootBodySchema = z.object({ path: hostPathSchema });

// ---- params / queries ----

/** `{cameraId}` + `{slot}`. */
export const studioSlotParamsSchema = z.object({ cameraId: cameraIdSchema, slot: intString(1, 2) });
/** A card image: `{cameraId}/{slot}/{contentId}/{fileId}/{kind}`. */
export const studioCardImageParamsSchema = z.object({
  cameraId: cameraIdSchema,
  slot: intString(1, 2),
  contentId: intString(0, 2 ** 32 - 1),
  fileId: intString(0, 2 ** 32 - 1),
  kind: z.enum(['thumbnail', 'screennail']),
});
/** `{cameraId}/{name}`. */
export const studioPropertyParamsSchema = z.object({
  cameraId: cameraIdSchema,
  name: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/i, 'invalid property name'),
});
/** `{jobId}`. */
export const studioJobParamsSchema = z.object({ jobId: studioIdSchema });
/** `{sessionId}`. */
export const studioSessionParamsSchema = z.object({ sessionId: studioIdSchema });
/** `{shotId}` + image kind. */
export const studioShotImageParamsSchema = z.object({
  shotId: studioIdSchema,
  kind: z.enum(['thumbnail', 'preview']),
});
/** `{shotId}`. */
export const studioShotParamsSchema = z.object({ shotId: studioIdSchema });
/** `GET /api/studio/shots?sessionId=`. */
export const studioShotsQuerySchema = z.object({ sessionId: studioIdSchema.optional() });
/** `GET /api/studio/naming-template/preview?template=`. */
export const studioPreviewQuerySchema = z.object({ template: namingTemplateSchema });

// ---- responses ----

/** Studio status. */
export const studioStatusResponseSchema = studioOk(studioStatusSchema);
/** Camera list. */
export const studioCamerasResponseSchema = studioOk(z.array(cameraInfoSchema));
/** One camera. */
export const studioCameraResponseSchema = studioOk(cameraInfoSchema);
/** Properties. */
export const studioPropertiesResponseSchema = studioOk(z.array(propertyViewSchema));
/** One property. */
export const studioPropertyResponseSchema = studioOk(propertyViewSchema);
/** Capture result. */
export const studioCaptureResponseSchema = studioOk(z.object({ focused: z.boolean().nullable() }));
/** Focus frames. */
export const studioFocusFramesResponseSchema = studioOk(z.array(focusFrameSchema));
/** Live-view status. */
export const studioLiveViewResponseSchema = studioOk(
  liveViewStatusSchema.extend({ consumers: z.number().int() }),
);
/** Card slots. */
export const studioSlotsResponseSchema = studioOk(z.array(cardSlotSchema));
/** Card files. */
export const studioCardFilesResponseSchema = studioOk(z.array(cardFileSchema));
/** Transfer jobs. */
export const studioJobsResponseSchema = studioOk(z.array(transferJobSchema));
/** One transfer job. */
export const studioJobResponseSchema = studioOk(transferJobSchema);
/** Sessions. */
export const studioSessionsResponseSchema = studioOk(z.array(sessionInfoSchema));
/** One session. */
export const studioSessionResponseSchema = studioOk(sessionInfoSchema);
/** The active session's template. */
export const studioTemplateResponseSchema = studioOk(
  z.object({ template: z.string(), sessionId: z.string() }),
);
/** A previewed file name. */
export const studioPreviewResponseSchema = studioOk(z.object({ name: z.string() }));
/** Shots. */
export const studioShotsResponseSchema = studioOk(z.array(shotInfoSchema));
/** Studio-wide settings. */
export const studioSettingsResponseSchema = studioOk(studioSettingsViewSchema);
