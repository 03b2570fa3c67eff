import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiRoute } from '../../../shared/api/route-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { parseInput } from './validate';

/** What a handler receives: validated input plus the raw Fastify objects. */
export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A route handler: returns the JSON body (sent with the current status), or sends/hijacks itself. */
export type RouteHandler<P, Q, B> = (ctx: RouteContext<P, Q, B>) => unknown;

/** Converts `/a/{b}` to Fastify's `/a/:b`. */
export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Registers routes from the shared tables, validating params, query and body with their zod schemas. */
export class RouteRegistrar {
  /** operationIds registered so far (a test checks every table route has a handler). */
  readonly registered = new Set<string>();

  constructor(private readonly app: FastifyInstance) {}

  /** Binds a handler to a route of the contract. */
  add<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
    route: ApiRoute<P, Q, B>,
    handler: RouteHandler<z.output<P>, z.output<Q>, z.output<B>>,
  ): void {
    if (this.registered.has(route.operationId)) throw new Error(`duplicate route ${route.operationId}`);
    this.registered.add(route.operationId);
    this.app.route({
      method: route.method,
      url: toFastifyPath(route.path),
      handler: async (request, reply) => {
        const params = parseInput(route.params, request.params, 'params');
        const query = parseInput(route.query, request.query, 'query');
        let rawBody: unknown = request.body;
        if (rawBody === undefined || rawBody === null) {
          if (route.bodyRequired)
            throw new TetherError(ErrorCode.InvalidArgument, 'request body is required');
          rawBody = {};
        }
        const body = parseInput(route.body, rawBody, 'body');
        const result = await handler({ params, query, body, request, reply });
        if (reply.sent || reply.raw.headersSent) return reply;
        return reply.send(result ?? { success: true });
      },
    });
  }
}
