import type { FastifyReply, FastifyRequest } from 'fastify';
import { alphaExtensionRoutes, alphaRoutes } from '../../../shared/api/alpha-routes';
import { buildFilter, type EventFilter } from '../sse/event-filter';
import { SSE_HEADERS } from '../sse/sse-frame';
import type { ServerContext } from '../server-context';

/** Answers HEAD on a stream endpoint with its headers only (a HEAD must never hold a stream open). */
export function headOnly(
  request: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
): FastifyReply | null {
  if (request.method !== 'HEAD') return null;
  return reply.code(200).header('Content-Type', contentType).send();
}

/** SSE streams (all events, one camera) and the polling alternative. */
export function registerEventRoutes(ctx: ServerContext<never>): void {
  const { hub, routes } = ctx;

  const open = (
    request: FastifyRequest,
    reply: FastifyReply,
    filter: EventFilter,
    handshake: string,
    queryId?: string,
  ) => {
    const header = request.headers['last-event-id'];
    const lastEventId = (Array.isArray(header) ? header[0] : header) ?? queryId;
    reply.hijack();
    hub.open(reply.raw, { filter, lastEventId, handshakeCameraId: handshake });
    return reply;
  };

  routes.add(alphaRoutes.subscribeAllEvents, ({ query, request, reply }) => {
    const filter = buildFilter(query.events, query.cameraId);
    return (
      headOnly(request, reply, SSE_HEADERS['Content-Type']) ??
      open(request, reply, filter, query.cameraId ?? '*', query.lastEventId)
    );
  });

  routes.add(alphaRoutes.subscribeCameraEvents, ({ params, query, request, reply }) => {
    // No 404 for an unknown id: a client may subscribe before its camera is plugged in.
    const filter = buildFilter(query.events, params.cameraId);
    return (
      headOnly(request, reply, SSE_HEADERS['Content-Type']) ??
      open(request, reply, filter, params.cameraId, query.lastEventId)
    );
  });

  routes.add(alphaExtensionRoutes.pollEvents, ({ query, reply }) => {
    const filter = buildFilter(query.events, query.cameraId);
    const result = hub.poll(query.after, filter, query.limit ?? 1000);
    if (!result) return reply.code(204).header('X-Last-Event-Id', String(hub.lastId)).send();
    return reply.type('application/json; charset=utf-8').send(result.json);
  });
}
