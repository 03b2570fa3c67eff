import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { allowedHostnames, parseHostHeader } from './host-policy';

/** The security policy of one server. */
export interface GuardPolicy {
  /** Address the server is bound to. */
  bindHost: string;
  /** The listening port (read lazily: ephemeral ports are known only after listen). */
  port: () => number;
  /** When set, every request must carry it (Bearer header, `?token=`, or the cookie set from `?token=`). */
  token?: string;
  /** Origins allowed to write (and read with CORS), e.g. `http://localhost:5173`. */
  allowedOrigins?: readonly string[];
  /** Extra host names accepted in `Host`. */
  allowedHosts?: readonly string[];
  /**
   * GET paths that do something (start live view, drain a queue): refused when a browser asks from another
   * site (a cross-site `<img>` must not turn the camera's live view on).
   */
  sideEffectGet?: (path: string) => boolean;
}

/** The request fields the guard looks at. */
export interface GuardRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Outcome: an error, or headers to add (CORS, the token cookie) and whether this was a finished preflight. */
export type GuardResult =
  { ok: false; error: TetherError } | { ok: true; headers: Record<string, string>; preflight: boolean };

/** The cookie a browser gets after opening a `?token=` URL, so the UI's own requests authenticate. */
export const TOKEN_COOKIE = 'tether_token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function header(req: GuardRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Builds the per-request check: Host (DNS rebinding), preflight, token, cross-origin writes. */
export function createRequestGuard(policy: GuardPolicy): (req: GuardRequest) => GuardResult {
  const hostnames = allowedHostnames(policy.bindHost, policy.allowedHosts);
  const origins = new Set((policy.allowedOrigins ?? []).map((o) => o.toLowerCase().replace(/\/$/, '')));
  const tokenDigest = policy.token ? digest(policy.token) : null;
  const tokenMatches = (candidate: string | undefined): boolean =>
    candidate !== undefined && tokenDigest !== null && timingSafeEqual(digest(candidate), tokenDigest);

  return (req) => {
    const hostValue = header(req, 'host');
    const host = hostValue ? parseHostHeader(hostValue) : null;
    const port = policy.port();
    if (!host || !hostnames.has(host.hostname) || (host.port ?? 80) !== port) {
      return {
        ok: false,
        error: new TetherError(ErrorCode.Forbidden, `Host '${hostValue ?? ''}' is not allowed`),
      };
    }
    const headers: Record<string, string> = {};
    const origin = header(req, 'origin');
    const sameOrigin = origin !== undefined && origin.toLowerCase() === `http://${hostValue}`.toLowerCase();
    const allowedOrigin = origin !== undefined && origins.has(origin.toLowerCase());
    if (allowedOrigin) {
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Allow-Credentials'] = 'true';
      headers.Vary = 'Origin';
    }
    if (req.method === 'OPTIONS' && header(req, 'access-control-request-method')) {
      if (!allowedOrigin && !sameOrigin) {
        return {
          ok: false,
          error: new TetherError(ErrorCode.Forbidden, `Origin '${origin ?? ''}' is not allowed`),
        };
      }
      headers['Access-Control-Allow-Methods'] = 'GET, POST, PUT, DELETE, OPTIONS';
      headers['Access-Control-Allow-Headers'] = 'Content-Type, Authorization, Last-Event-ID';
      headers['Access-Control-Max-Age'] = '600';
      return { ok: true, headers, preflight: true };
    }
    if (tokenDigest) {
      const auth = header(req, 'authorization');
      const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
      const queryToken = new URLSearchParams(req.url.split('?')[1] ?? '').get('token') ?? undefined;
      const cookie = (header(req, 'cookie') ?? '')
        .split(';')
        .map((c) => c.trim())
        .find((c) => c.startsWith(`${TOKEN_COOKIE}=`))
        ?.slice(TOKEN_COOKIE.length + 1);
      if (tokenMatches(queryToken)) {
        headers['Set-Cookie'] =
          `${TOKEN_COOKIE}=${encodeURIComponent(policy.token ?? '')}; HttpOnly; SameSite=Strict; Path=/`;
      } else if (
        !tokenMatches(bearer || undefined) &&
        !tokenMatches(cookie ? decodeCookie(cookie) : undefined)
      ) {
        return {
          ok: false,
          error: new TetherError(
            ErrorCode.Unauthorized,
            'A valid API token is required (Authorization: Bearer <token> or ?token=)',
          ),
        };
      }
    }
    if (SAFE_METHODS.has(req.method) && policy.sideEffectGet?.(req.url.split('?')[0] ?? '')) {
      const foreign = foreignBrowserRequest(req, hostValue ?? '', origins);
      if (foreign)
        return {
          ok: false,
          error: new TetherError(
            ErrorCode.Forbidden,
            `${req.method} ${req.url.split('?')[0]} from another site (${foreign}) is not allowed: it would act on the camera`,
          ),
        };
    }
    if (!SAFE_METHODS.has(req.method) && origin !== undefined && !sameOrigin && !allowedOrigin) {
      return {
        ok: false,
        error: new TetherError(
          ErrorCode.Forbidden,
          `Cross-origin ${req.method} from '${origin}' is not allowed`,
        ),
      };
    }
    return { ok: true, headers, preflight: false };
  };
}

/** The origin of a URL header value, lower-cased ('' when unparsable). */
function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin.toLowerCase() : '';
  } catch {
    return '';
  }
}

/**
 * Who a browser request comes from when that is another site, else null. Browsers mark their requests:
 * `Origin` (fetch, forms), `Sec-Fetch-Site` (every request, `<img>` included) and `Referer`. Scripts and
 * tools send none of these and are not browsers acting for a page.
 */
function foreignBrowserRequest(req: GuardRequest, hostValue: string, allowed: Set<string>): string | null {
  const self = `http://${hostValue}`.toLowerCase();
  const origin = header(req, 'origin')?.toLowerCase();
  const referer = originOf(header(req, 'referer'));
  const site = header(req, 'sec-fetch-site')?.toLowerCase();
  const from = origin && origin !== 'null' ? origin : referer;
  if (from && (from === self || allowed.has(from))) return null;
  if (origin !== undefined && origin !== self) return origin;
  if (site === 'cross-site' || site === 'same-site') return from || site;
  if (referer && referer !== self) return referer;
  return null;
}

function decodeCookie(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
