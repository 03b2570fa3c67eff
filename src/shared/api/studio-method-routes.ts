/**
 * The REST face of the StudioClient methods, derived from `studio-methods`: one route per method (its
 * params, query and body schemas are the method's own argument schemas, numeric path/query strings read as
 * numbers), and the two conversions between a method's argument tuple and a route's input. The server
 * (`main/server/routes/studio-method-routes.ts`) and the renderer's HTTP client both use these.
 */
import { z } from 'zod';
import { STUDIO_METHODS, studioMethods, type MethodSpec, type StudioMethod } from '../studio-methods';
import { err, ok } from './alpha-route-helpers';
import { studioOk, studioOkEmptySchema } from './envelope';
import { defineRoute, type ApiResponseSpec, type ApiRoute } from './route-types';

/** Where one argument travels: a path parameter, a query field, a body field, or spread into path/body. */
interface Placement {
  kind: 'path' | 'query' | 'field' | 'path-spread' | 'body-spread';
  name: string;
  schema: z.ZodType;
  optional: boolean;
}

/** A route input, as the registrar validates it and the HTTP client sends it. */
export interface MethodHttpInput {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

const unwrap = (s: z.ZodType): z.ZodType =>
  s.def.type === 'optional' ? unwrap((s as z.ZodOptional<z.ZodType>).unwrap()) : s;
const isOptional = (s: z.ZodType): boolean => s.def.type === 'optional';
const shapeOf = (s: z.ZodType): Record<string, z.ZodType> | null => {
  const inner = unwrap(s);
  return inner.def.type === 'object' ? (inner as z.ZodObject).shape : null;
};

/** Path and query values arrive as strings: a decimal string reads as a number where the schema wants one. */
function fromString(schema: z.ZodType): z.ZodType {
  if (unwrap(schema).def.type !== 'number') return schema;
  return z.preprocess(
    (v) => (typeof v === 'string' && /^-?\d{1,16}(\.\d+)?$/.test(v) ? Number(v) : v),
    schema,
  );
}

function placements(m: MethodSpec): Placement[] {
  const pathNames = new Set([...m.http.path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]));
  return (m.args.def.items as z.ZodType[]).map((schema, i): Placement => {
    const name = m.names[i];
    const optional = isOptional(schema);
    if (m.http.spread?.includes(name)) {
      const shape = shapeOf(schema);
      const intoPath = shape !== null && Object.keys(shape).every((k) => pathNames.has(k));
      return { kind: intoPath ? 'path-spread' : 'body-spread', name, schema, optional };
    }
    if (pathNames.has(name)) return { kind: 'path', name, schema, optional };
    return { kind: m.http.verb === 'GET' ? 'query' : 'field', name, schema, optional };
  });
}

function objectOf(entries: [string, z.ZodType][]): z.ZodObject | undefined {
  return entries.length > 0 ? z.object(Object.fromEntries(entries)).strict() : undefined;
}

function bodySchema(ps: Placement[]): { body?: z.ZodType; required: boolean } {
  const fields = ps.filter((p) => p.kind === 'field');
  const spreads = ps.filter((p) => p.kind === 'body-spread');
  if (spreads.length === 1 && fields.length === 0)
    return { body: spreads[0].schema, required: !spreads[0].optional };
  const entries: [string, z.ZodType][] = fields.map((p) => [p.name, p.schema]);
  for (const p of spreads) {
    const shape = shapeOf(p.schema);
    if (!shape) throw new Error(`${p.name}: only object arguments can share the body with other fields`);
    for (const [k, s] of Object.entries(shape)) entries.push([k, p.optional ? s.optional() : s]);
  }
  return { body: objectOf(entries), required: fields.some((p) => !isOptional(p.schema)) };
}

function responses(m: MethodSpec): Record<number, ApiResponseSpec> {
  const success: ApiResponseSpec =
    m.result === 'jpeg'
      ? { description: 'JPEG bytes', contentType: 'image/jpeg' }
      : m.result === 'none'
        ? ok(studioOkEmptySchema)
        : ok(studioOk(m.result));
  return {
    [m.http.status ?? 200]: success,
    400: err('Invalid input, or refused (state, mode, value)'),
    404: err('No such camera, session, shot or job'),
    403: err('Refused: a path outside its folder, or a request from another site'),
    409: err('Busy (e.g. one transfer at a time)'),
    500: err('The studio could not do it (I/O, camera)'),
    503: err('The studio did not answer in time'),
    504: err('The disk did not answer in time'),
    507: err('The disk is full'),
  };
}

function buildRoute(name: StudioMethod): ApiRoute {
  const m = studioMethods[name] as unknown as MethodSpec;
  const ps = placements(m);
  const pathEntries: [string, z.ZodType][] = [];
  for (const p of ps) {
    if (p.kind === 'path') pathEntries.push([p.name, fromString(p.schema)]);
    if (p.kind === 'path-spread')
      for (const [k, s] of Object.entries(shapeOf(p.schema) ?? {})) pathEntries.push([k, fromString(s)]);
  }
  const query = objectOf(ps.filter((p) => p.kind === 'query').map((p) => [p.name, fromString(p.schema)]));
  const { body, required } = bodySchema(ps);
  return defineRoute({
    operationId: `studio${name[0].toUpperCase()}${name.slice(1)}`,
    method: m.http.verb,
    path: m.http.path,
    summary: m.summary,
    tag: 'Studio',
    ...(pathEntries.length > 0 ? { params: z.object(Object.fromEntries(pathEntries)) } : {}),
    ...(query ? { query } : {}),
    ...(body ? { body, bodyRequired: required } : {}),
    responses: responses(m),
  }) as ApiRoute;
}

/**
 * A record whose values are made on first read and kept. A window calls a few dozen of the methods, and
 * building all their routes' schemas up front was ~13 ms of every page load before the first render.
 */
function lazyRecord<K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key of keys)
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make(key);
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  return out;
}

/** The REST route of every StudioClient method (operationId `studio<Method>`), each built on first use. */
export const studioMethodRoutes: Record<StudioMethod, ApiRoute> = lazyRecord(STUDIO_METHODS, buildRoute);

/** A method's arguments as a route input (what the HTTP client sends). */
export function toHttpInput(name: StudioMethod, args: readonly unknown[]): MethodHttpInput {
  const input: MethodHttpInput = { params: {}, query: {}, body: undefined };
  const fields: Record<string, unknown> = {};
  let hasFields = false;
  placements(studioMethods[name] as unknown as MethodSpec).forEach((p, i) => {
    const v = args[i];
    if (p.kind === 'path') input.params[p.name] = v;
    else if (p.kind === 'path-spread') Object.assign(input.params, v);
    else if (p.kind === 'query') input.query[p.name] = v;
    else if (p.kind === 'field') {
      fields[p.name] = v;
      hasFields = true;
    } else if (shapeOf(p.schema) && v !== undefined) {
      Object.assign(fields, v);
      hasFields = true;
    } else input.body = v;
  });
  if (hasFields) input.body = fields;
  return input;
}

/** A validated route input as the method's arguments (what the server hands the handler table). */
export function fromHttpInput(name: StudioMethod, input: MethodHttpInput): unknown[] {
  const ps = placements(studioMethods[name] as unknown as MethodSpec);
  const body = (input.body ?? {}) as Record<string, unknown>;
  const named = new Set(ps.filter((p) => p.kind === 'field').map((p) => p.name));
  const onlySpread = ps.filter((p) => p.kind === 'body-spread').length === 1 && named.size === 0;
  return ps.map((p) => {
    if (p.kind === 'path') return input.params[p.name];
    if (p.kind === 'query') return input.query[p.name];
    if (p.kind === 'field') return body[p.name];
    const shape = shapeOf(p.schema) ?? {};
    if (p.kind === 'path-spread')
      return Object.fromEntries(Object.keys(shape).map((k) => [k, input.params[k]]));
    if (onlySpread) return input.body;
    const rest = Object.fromEntries(Object.entries(body).filter(([k]) => !named.has(k) && k in shape));
    return Object.keys(rest).length > 0 || !p.optional ? rest : undefined;
  });
}
