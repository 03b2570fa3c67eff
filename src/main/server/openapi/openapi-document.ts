import { z } from 'zod';
import type { ApiRoute } from '../../../shared/api/route-types';

type JsonSchema = Record<string, unknown>;

/** JSON Schema of a zod schema (request side: input types; response side: output types). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** OpenAPI parameters from an object schema's properties. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input');
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

/** One operation object. */
function operation(route: ApiRoute): JsonSchema {
  const op: JsonSchema = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => {
        const content = r.schema
          ? { 'application/json': { schema: jsonSchema(r.schema, 'output') } }
          : r.contentType
            ? { [r.contentType]: { schema: { type: 'string', format: 'binary' } } }
            : undefined;
        return [status, content ? { description: r.description, content } : { description: r.description }];
      }),
    ),
  };
  if (route.description) op.description = route.description;
  if (route.body) {
    op.requestBody = {
      required: route.bodyRequired === true,
      content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
    };
  }
  return op;
}

/** Options of the generated document. */
export interface OpenApiInfo {
  version: string;
  serverUrl: string | null;
  tokenRequired: boolean;
}

/** The OpenAPI 3.1 document, generated from the same zod route tables the server validates with. */
export function buildOpenApiDocument(routes: readonly ApiRoute[], info: OpenApiInfo): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tether Studio API',
      version: info.version,
      description:
        'Alpha Camera REST API v3 compatible camera control, plus Tether Studio extensions under /api/studio. ' +
        'Errors are `{success:false, message, code}` with a stable `code`.',
    },
    servers: info.serverUrl ? [{ url: info.serverUrl }] : [],
    ...(info.tokenRequired ? { security: [{ bearer: [] }, { queryToken: [] }] } : {}),
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Required when the server binds a non-loopback address',
        },
        queryToken: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: 'For EventSource and <img> URLs',
        },
      },
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
  };
}
