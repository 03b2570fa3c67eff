import { z } from 'zod';
import { cameraIdSchema } from '../arg-schemas';
import { errorCodeSchema } from '../errors';

/** Camera info embedded in Alpha API responses (`camera`). */
export const cameraSummarySchema = z.object({
  connected: z.boolean(),
  model: z.string(),
  id: z.string(),
});
/** Camera info embedded in Alpha API responses. */
export type CameraSummary = z.infer<typeof cameraSummarySchema>;

/**
 * Every non-2xx JSON body. `code` (a stable {@link errorCodeSchema} value) is Tether Studio's addition to
 * the Alpha API's `{success:false, message}`; `data` carries machine-readable extras (e.g. `supported_buttons`).
 */
export const errorResponseSchema = z.object({
  success: z.literal(false),
  message: z.string(),
  code: errorCodeSchema,
  camera: cameraSummarySchema.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
/** Every non-2xx JSON body. */
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The Alpha API's generic envelope (`CameraResponse`). */
export const cameraResponseSchema = z.object({
  success: z.boolean(),
  message: z.string().optional(),
  camera: cameraSummarySchema.optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
/** The Alpha API's generic envelope. */
export type CameraResponse = z.infer<typeof cameraResponseSchema>;

/** A Studio extension response: `{success: true, data}`; the HTTP transport unwraps `data`. */
export function studioOk<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

/** A Studio extension response without payload. */
export const studioOkEmptySchema = z.object({ success: z.literal(true), message: z.string().optional() });

/** A decimal integer carried in a path or query string (`"12"`), parsed to a number. */
export function intString(min: number, max: number) {
  return z
    .string()
    .regex(/^-?\d{1,16}$/, 'expected an integer')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** `{cameraId}` path parameters. */
export const cameraParamsSchema = z.object({ cameraId: cameraIdSchema });
