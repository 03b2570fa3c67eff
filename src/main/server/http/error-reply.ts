import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CameraSummary, ErrorResponse } from '../../../shared/api/envelope';
import { ErrorCode, TetherError, errorCodeSchema } from '../../../shared/errors';
import type { Logger } from '../../core/logger';
import { scopeOf, statusForCode, statusForIo, statusOverride } from './error-status';

/** Looks up the camera a request names (for the `camera` field of error bodies); undefined when unknown. */
export type CameraSummaryLookup = (cameraId: string) => CameraSummary | undefined;

const FASTIFY_CLIENT_CODES: Record<number, ErrorCode> = {
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  429: ErrorCode.TooManyStreams,
};

/** Maps anything thrown to a status and the `{success:false, message, code}` body. Client faults stay 4xx. */
export function toHttpError(err: unknown, url: string): { status: number; body: ErrorResponse } {
  if (err instanceof TetherError) {
    const body: ErrorResponse = { success: false, message: err.message, code: err.code };
    if (err.details && Object.keys(err.details).length > 0) body.data = err.details;
    const status =
      statusOverride(err) ??
      (err.code === ErrorCode.IoError ? statusForIo(err.details) : statusForCode(err.code, scopeOf(url)));
    return { status, body };
  }
  const e = err as { statusCode?: unknown; message?: unknown; code?: unknown } | null;
  const statusCode = typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    const message = typeof e?.message === 'string' ? e.message : 'bad request';
    return {
      status: statusCode,
      body: { success: false, message, code: FASTIFY_CLIENT_CODES[statusCode] ?? ErrorCode.InvalidArgument },
    };
  }
  // A plain {code, message} value from a service (ErrorValue shape) keeps its code.
  const parsed = errorCodeSchema.safeParse(e?.code);
  if (parsed.success && typeof e?.message === 'string') {
    return toHttpError(new TetherError(parsed.data, e.message), url);
  }
  return {
    status: 500,
    body: { success: false, message: 'internal server error', code: ErrorCode.Internal },
  };
}

/** Builds the Fastify error handler: the one place errors become JSON bodies. */
export function createErrorHandler(log: Logger, lookup: CameraSummaryLookup) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply): void => {
    const { status, body } = toHttpError(err, request.url);
    if (status >= 500)
      log.error(
        `${request.method} ${request.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    const cameraId = (request.params as Record<string, unknown> | undefined)?.cameraId;
    if (typeof cameraId === 'string' && !body.camera && status !== 403 && status !== 401) {
      const camera = lookup(cameraId);
      if (camera) body.camera = camera;
    }
    if (reply.raw.headersSent) {
      reply.raw.destroy();
      return;
    }
    void reply.code(status).type('application/json; charset=utf-8').send(body);
  };
}

/** 404 for any unknown route, same body shape. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send({
    success: false,
    message: `Route ${request.method} ${request.url.split('?')[0]} not found`,
    code: ErrorCode.NotFound,
  } satisfies ErrorResponse);
}
