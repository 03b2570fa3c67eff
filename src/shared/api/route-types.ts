import type { z } from 'zod';

/** HTTP methods the API uses. */
export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One documented response of a route. */
export interface ApiResponseSpec {
  description: string;
  /** JSON body schema (absent for binary or streaming bodies). */
  schema?: z.ZodType;
  /** Content type when not `application/json` (`image/jpeg`, `text/event-stream`, …). */
  contentType?: string;
}

/**
 * One REST route: the single source for server-side validation, the OpenAPI document and the renderer's
 * HTTP transport. `path` uses OpenAPI `{param}` syntax.
 */
export interface ApiRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: ApiMethod;
  path: string;
  summary: string;
  /** OpenAPI tag (group on the docs page). */
  tag: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** True when a request without a body is a 400 (otherwise the body is optional). */
  bodyRequired?: boolean;
  responses: Record<number, ApiResponseSpec>;
}

/** Identity helper that keeps the route's schema types for inference. */
export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(route: ApiRoute<P, Q, B>): ApiRoute<P, Q, B> {
  return route;
}

/** Inferred params/query/body of a route (after parsing). */
export type RouteInput<R> =
  R extends ApiRoute<infer P, infer Q, infer B>
    ? { params: z.output<P>; query: z.output<Q>; body: z.output<B> }
    : never;

/** Fills `{name}` placeholders of an OpenAPI path (values are URI-encoded). */
export function fillPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter '${name}'`);
    return encodeURIComponent(String(value));
  });
}
