import type { z } from 'zod';
import { ErrorCode, TetherError } from '../../../shared/errors';

/** Parses one part of a request with its schema; failures are a 400 naming the field. */
export function parseInput<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  where: 'params' | 'query' | 'body',
): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  throw new TetherError(ErrorCode.InvalidArgument, `invalid ${where}: ${detail}`);
}

/** Body parsing policy: empty bodies are "no body"; anything else must be JSON. Never throws a 5xx. */
export function parseJsonBody(text: string): unknown {
  if (text.trim().length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new TetherError(ErrorCode.InvalidArgument, `request body is not valid JSON (${why})`);
  }
}
