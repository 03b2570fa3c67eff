import { request } from 'node:http';

/** A finished HTTP exchange. */
export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
}

/** Options of {@link httpCall}. */
export interface HttpCallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as-is when a string/Buffer, JSON-encoded otherwise. */
  body?: unknown;
}

/** Splits a URL without normalising its path (WHATWG URL parsing would resolve `%2e%2e` and `..`). */
function rawTarget(url: string): { host: string; port: number; path: string } {
  const m = /^http:\/\/(\[[^\]]+\]|[^/:]+):(\d+)(\/.*)?$/.exec(url);
  if (!m) throw new Error(`unsupported URL ${url}`);
  return { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]), path: m[3] ?? '/' };
}

/** One HTTP request with full control over headers (Host, Origin) — what fetch does not allow. */
export function httpCall(url: string, options: HttpCallOptions = {}): Promise<HttpResult> {
  const { method = 'GET', headers = {}, body } = options;
  const payload =
    body === undefined
      ? undefined
      : typeof body === 'string' || Buffer.isBuffer(body)
        ? body
        : JSON.stringify(body);
  const finalHeaders: Record<string, string> = { ...headers };
  if (payload !== undefined && !Object.keys(finalHeaders).some((h) => h.toLowerCase() === 'content-type')) {
    finalHeaders['Content-Type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request({ ...rawTarget(url), method, headers: finalHeaders, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        let json: unknown;
        try {
          json = buf.length > 0 ? JSON.parse(buf.toString('utf8')) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf, json });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
