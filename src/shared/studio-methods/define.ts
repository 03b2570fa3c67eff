/**
 * How a StudioClient request/response method is declared: ONE argument tuple schema (validated by the IPC
 * handler and, field by field, by the REST route), the result schema (validated by the HTTP client) and
 * where each argument travels over HTTP. Both transports are derived from this; see `http-binding.ts`.
 */
import type { z } from 'zod';
import { ErrorCode, TetherError } from '../errors';

/** What a method answers: JSON checked against a schema, JPEG bytes, or nothing. */
export type ResultSpec = z.ZodType | 'jpeg' | 'none';

/** The REST binding of a method (paths under `/api/studio`). */
export interface HttpSpec {
  /** HTTP verb; a GET carries its non-path arguments in the query string. */
  verb: 'GET' | 'POST' | 'PUT';
  /** OpenAPI-style path; an argument named `{x}` in it travels in the path. */
  path: string;
  /**
   * Object arguments whose fields are spread into the path (when the path names them) or the JSON body,
   * instead of travelling as one field named after the argument.
   */
  spread?: readonly string[];
  /** Success status (default 200). */
  status?: 200 | 201 | 202;
  /** `Cache-Control` for JPEG answers. */
  cache?: string;
}

/** One StudioClient request/response method. */
export interface MethodSpec<A extends z.ZodTuple = z.ZodTuple, R extends ResultSpec = ResultSpec> {
  /** The arguments, in call order: the single schema both transports validate with. */
  args: A;
  /** Argument names, in call order (the HTTP field and path-parameter names). */
  names: readonly string[];
  result: R;
  http: HttpSpec;
  /** One line for the OpenAPI document. */
  summary: string;
}

/** Declares a method (identity, keeps the schema types). */
export function method<A extends z.ZodTuple, R extends ResultSpec>(spec: MethodSpec<A, R>): MethodSpec<A, R> {
  if (spec.names.length !== spec.args.def.items.length)
    throw new Error(
      `${spec.summary}: ${spec.names.length} names for ${spec.args.def.items.length} arguments`,
    );
  return spec;
}

/** What a method resolves with, from its result spec. */
export type ResultOf<R extends ResultSpec> = R extends z.ZodType
  ? z.output<R>
  : R extends 'jpeg'
    ? Uint8Array
    : void;

/** The INVALID_ARGUMENT error every transport answers bad arguments with: `method: path: problem; …`. */
export function invalidArguments(method: string, error: z.ZodError): TetherError {
  const detail = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    .join('; ');
  return new TetherError(ErrorCode.InvalidArgument, `${method}: ${detail}`);
}

/** Validates a call's arguments with its tuple; throws {@link invalidArguments} on failure. */
export function parseArgs<A extends z.ZodTuple>(method: string, schema: A, args: unknown): z.output<A> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw invalidArguments(method, parsed.error);
  return parsed.data;
}
