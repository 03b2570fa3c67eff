import { fillPath, type ApiRoute } from '../../shared/api/route-types';
import { ErrorCode, TetherError, errorCodeSchema, type ErrorCode as ErrorCodeT } from '../../shared/errors';

/** Inputs of a route call: path params, query and JSON body. */
export interface CallInput {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** Minimal fetch signature (the real one, or a fake in tests). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Maps an HTTP status to the shared code when the body carries none. */
function codeForStatus(status: number): ErrorCodeT {
  if (status === 404) return ErrorCode.NotFound;
  if (status === 401) return ErrorCode.Unauthorized;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 409) return ErrorCode.CameraBusy;
  if (status === 429) return ErrorCode.TooManyStreams;
  if (status === 504) return ErrorCode.Timeout;
  if (status >= 500) return ErrorCode.Internal;
  return ErrorCode.OperationRejected;
}

/** Reads the stable code from an error body (`code`, `error.code` or `data.code`). */
function bodyCode(body: unknown): ErrorCodeT | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const candidates = [
    b.code,
    (b.error as Record<string, unknown> | undefined)?.code,
    (b.data as Record<string, unknown> | undefined)?.code,
  ];
  for (const c of candidates) {
    const parsed = errorCodeSchema.safeParse(c);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

function bodyMessage(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const m = (body as Record<string, unknown>).message;
    if (typeof m === 'string' && m) return m;
  }
  return fallback;
}

/**
 * A thin JSON/binary HTTP helper for the studio's REST API. Every failure becomes a `TetherError`
 * (an `ErrorValue`-shaped Error): the body's code when it has one, else one derived from the status;
 * a network failure is `INTERNAL` with `details.network`.
 */
export class HttpApi {
  constructor(
    /** Origin + optional prefix, no trailing slash; '' means same origin. */
    readonly base: string,
    private readonly fetchImpl: FetchLike,
  ) {}

  /** Absolute (or same-origin) URL for a path. */
  url(path: string): string {
    return this.base + path;
  }

  /** Sends a request and returns the raw response (throwing on network failure only). */
  async raw(method: string, path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await this.fetchImpl(this.url(path), { ...init, method });
    } catch (err) {
      if (init.signal?.aborted) throw new TetherError(ErrorCode.Cancelled, 'request aborted');
      const msg = err instanceof Error ? err.message : String(err);
      throw new TetherError(ErrorCode.Internal, `Cannot reach the studio: ${msg}`, { network: true });
    }
  }

  /** Sends JSON (when `body` is given) and parses a JSON answer; rejects on non-2xx or `success: false`. */
  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { headers: { accept: 'application/json' } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    }
    const res = await this.raw(method, path, init);
    if (res.status === 204) return {} as T;
    const text = await res.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (res.ok) throw new TetherError(ErrorCode.Internal, `Invalid JSON from ${method} ${path}`);
      }
    }
    if (
      !res.ok ||
      (parsed && typeof parsed === 'object' && (parsed as { success?: unknown }).success === false)
    ) {
      throw this.errorFrom(res.status, parsed, `${method} ${path} failed (${res.status})`);
    }
    return (parsed ?? {}) as T;
  }

  /**
   * Calls a route of the shared API table: fills the path, sends the body, validates the answer against
   * the route's response schema for that status and returns it (`{success, data}` envelopes unwrapped).
   * `fast`, when given, is a plain check of `data` with the schema's verdict, tried first.
   */
  async call<T>(route: ApiRoute, input: CallInput = {}, fast?: (data: unknown) => boolean): Promise<T> {
    let path = fillPath(route.path, input.params ?? {});
    const q = Object.entries(input.query ?? {}).filter(([, v]) => v !== undefined);
    if (q.length > 0)
      path += `?${q.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
    const body = await this.json<Record<string, unknown>>(route.method, path, input.body);
    // A plain check with the schema's verdict (big lists); anything it rejects goes through the schema.
    if (fast && body.success === true && fast(body.data)) return body.data as T;
    const spec = Object.entries(route.responses).find(
      ([status]) => Number(status) >= 200 && Number(status) < 300,
    )?.[1];
    if (spec?.schema) {
      const parsed = spec.schema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new TetherError(
          ErrorCode.Internal,
          `Unexpected answer from ${route.method} ${route.path}: ${issue?.path.join('.')} ${issue?.message}`,
        );
      }
      const data = parsed.data as Record<string, unknown>;
      return ('data' in data ? data.data : data) as T;
    }
    return body as T;
  }

  /** GETs binary content (e.g. a JPEG). */
  async bytes(path: string, method = 'GET'): Promise<Uint8Array> {
    const res = await this.raw(method, path);
    if (!res.ok) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await res.text());
      } catch {
        parsed = undefined;
      }
      throw this.errorFrom(res.status, parsed, `${method} ${path} failed (${res.status})`);
    }
    return new Uint8Array(await res.arrayBuffer());
  }

  /** Builds the error a failed response stands for. */
  errorFrom(status: number, body: unknown, fallback: string): TetherError {
    return new TetherError(bodyCode(body) ?? codeForStatus(status), bodyMessage(body, fallback), { status });
  }
}
