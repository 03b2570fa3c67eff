import type { z } from 'zod';
import { cameraParamsSchema, cameraResponseSchema, errorResponseSchema } from './envelope';
import { defineRoute } from './route-types';

/** A JSON success response. */
export const ok = (schema: z.ZodType, description = 'OK') => ({ description, schema });
/** A JSON error response. */
export const err = (description: string) => ({ description, schema: errorResponseSchema });
/** The spec's OperationRejected (400). */
export const rejected = err(
  'The camera or server rejected the request (state, mode, priority key, capability)',
);
/** A validation failure (400). */
export const badInput = err('Invalid parameters or body');
/** Unknown camera (404). */
export const notFound = err('Camera not found');
/** `{cameraId}` params. */
export const cam = cameraParamsSchema;

/** Simple camera operation: `{cameraId}` only, generic envelope, 400 when refused. */
export function cameraOp(
  operationId: string,
  method: 'GET' | 'POST',
  suffix: string,
  summary: string,
  tag: string,
) {
  return defineRoute({
    operationId,
    method,
    path: `/api/cameras/{cameraId}/${suffix}`,
    summary,
    tag,
    params: cam,
    responses: { 200: ok(cameraResponseSchema), 400: rejected, 404: notFound },
  });
}
