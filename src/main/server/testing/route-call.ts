import type { ApiRoute } from '../../../shared/api/route-types';
import { fillPath } from '../../../shared/api/route-types';
import type { Harness } from './contract-harness';
import type { HttpResult } from './http-call';

/**
 * Calls a route of the contract and checks the answer against the route's documented responses: the
 * status must be documented and a JSON body must parse with that status's schema.
 */
export async function callRoute(
  h: Harness,
  route: ApiRoute,
  input: {
    params?: Record<string, string | number>;
    query?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpResult> {
  const path = fillPath(route.path, input.params ?? {}) + (input.query ? `?${input.query}` : '');
  const res = await h.call(route.method, path, { body: input.body, headers: input.headers });
  const spec = route.responses[res.status];
  if (!spec) {
    throw new Error(
      `${route.operationId}: undocumented status ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`,
    );
  }
  if (spec.schema) {
    const parsed = spec.schema.safeParse(res.json);
    if (!parsed.success) {
      throw new Error(
        `${route.operationId} ${res.status}: body does not match its schema: ${parsed.error.message}\n${res.body.toString('utf8').slice(0, 500)}`,
      );
    }
  }
  return res;
}

/**
 * The JSON body as a loose record. Its shape was already checked against the route's zod schema by
 * {@link callRoute}; tests then read fields freely.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = Record<string, any>;

/** The JSON body of a response, loosely typed (see {@link LooseJson}). */
export function body(res: HttpResult): LooseJson {
  return res.json as LooseJson;
}
