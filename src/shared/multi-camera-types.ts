import { z } from 'zod';
import { cameraIdSchema } from './arg-schemas';
import { errorValueSchema } from './errors';

/** Options of a capture-all: which bodies (default every connected one in a shooting mode). */
export const captureAllOptionsSchema = z
  .object({ cameraIds: z.array(cameraIdSchema).min(1).max(32).optional() })
  .strict();
/** Options of a capture-all. */
export type CaptureAllOptions = z.infer<typeof captureAllOptionsSchema>;

/** What one body did in a capture-all. */
export const captureAllShotSchema = z.object({
  cameraId: z.string(),
  model: z.string(),
  ok: z.boolean(),
  /** Release time (midpoint of the release-down call) relative to the first body's, ms. */
  offsetMs: z.number(),
  /** How long the body took to accept the release, ms. */
  latencyMs: z.number(),
  error: errorValueSchema.optional(),
});
/** What one body did in a capture-all. */
export type CaptureAllShot = z.infer<typeof captureAllShotSchema>;

/** A capture-all: one release on every body at once, with the measured skew between them. */
export const captureAllResultSchema = z.object({
  groupId: z.string(),
  /** Epoch ms of the first release. */
  at: z.number(),
  /** Largest spread between the bodies' releases, ms. */
  skewMs: z.number(),
  shots: z.array(captureAllShotSchema),
});
/** A capture-all result. */
export type CaptureAllResult = z.infer<typeof captureAllResultSchema>;
