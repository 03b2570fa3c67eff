import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ALL_API_ROUTES } from '../../shared/api';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { Studio } from '../app/studio';
import { createErrorHandler, notFoundHandler, toHttpError } from './http/error-reply';
import { RouteRegistrar } from './http/register-route';
import { parseJsonBody } from './http/validate';
import { LiveStreamRegistry } from './live-view/live-stream-registry';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { renderDocsPage } from './openapi/docs-page';
import { registerActionRoutes } from './routes/action-routes';
import { registerConnectionRoutes } from './routes/connection-routes';
import { registerEventRoutes } from './routes/event-routes';
import { registerFocusRoutes } from './routes/focus-routes';
import { registerLiveStreamRoutes } from './routes/live-stream-routes';
import { registerLiveViewRoutes } from './routes/live-view-routes';
import { registerPropertyRoutes } from './routes/property-routes';
import { registerSdCardRoutes } from './routes/sd-card-routes';
import { registerServerRoutes } from './routes/server-routes';
import { registerSettingsRoutes } from './routes/settings-routes';
import { registerStudioExtraRoutes } from './routes/studio-extra-routes';
import { registerStudioMethodRoutes } from './routes/studio-method-routes';
import { createRequestGuard } from './security/request-guard';
import { isLoopbackHost, isWildcardHost } from './security/host-policy';
import { tokenProblem } from './security/token-policy';
import type { ServerContext } from './server-context';
import type { ServerOptions } from './server-options';
import { registerRendererStatic } from './static/renderer-static';
import { SseHub } from './sse/sse-hub';

/** GET routes that act (start live view, drain a poll queue): refused for other sites' pages. */
const SIDE_EFFECT_GETS = [
  /^\/api\/cameras\/[^/]+\/live-view\/(stream|events)\/?$/,
  /^\/api\/events\/poll\/?$/,
];

/**
 * Answers 503 when a handler has not started its answer within `ms` (streams are answered at once, so they
 * are never cut). Every file-system wait is bounded well below this; it is the last line.
 */
function boundHandler(reply: FastifyReply, ms: number): void {
  const timer = setTimeout(() => {
    if (reply.sent || reply.raw.headersSent) return;
    const secs = Math.round(ms / 1000);
    void reply
      .code(503)
      .type('application/json; charset=utf-8')
      .send({
        success: false,
        message: `The studio did not answer within ${secs} s`,
        code: ErrorCode.Timeout,
      });
  }, ms);
  timer.unref();
  reply.raw.once('close', () => clearTimeout(timer));
  reply.raw.once('finish', () => clearTimeout(timer));
}

/** A listening server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly port: number;
  readonly hub: SseHub;
  readonly streams: LiveStreamRegistry;
  /** operationIds that have handlers. */
  readonly operations: ReadonlySet<string>;
  /** Closes streams and the listener (the studio is left to its owner). Idempotent. */
  close(): Promise<void>;
}

/** Starts the REST + SSE server on the studio's services. */
export async function startServer(studio: Studio, options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.token) {
    throw new TetherError(
      ErrorCode.InvalidArgument,
      `binding ${host} exposes the camera to the network: a token is required (--token)`,
    );
  }
  const weak = options.token !== undefined ? tokenProblem(options.token) : null;
  if (weak) throw new TetherError(ErrorCode.InvalidArgument, `The API token is too weak: ${weak}`);
  // Every log line from now on (memory, files, /api/server/logs, diagnostics) has the token blanked.
  if (options.token) studio.logs.addSecret(options.token);
  const log = studio.logs.logger('server');
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    forceCloseConnections: true,
    // Bounded requests: a request (headers and body) must arrive within requestTimeout (a partial body is
    // answered 408), a silent socket is closed, and handlers answer within handlerTimeout (below).
    requestTimeout,
    connectionTimeout: options.connectionTimeoutMs ?? 600_000,
    http: {
      headersTimeout: Math.min(requestTimeout, 20_000),
      connectionsCheckingInterval: options.timeoutCheckIntervalMs ?? 30_000,
    },
    routerOptions: { maxParamLength: 256 },
    frameworkErrors: (err, request, reply) => {
      const { status, body } = toHttpError(err, request.url);
      const raw = JSON.stringify(body);
      reply.raw.writeHead(status >= 500 ? 400 : status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(raw),
      });
      reply.raw.end(raw);
    },
  });
  let port = options.port ?? 8080;
  let url: string | null = null;
  const hub = new SseHub(options.sse);
  const streams = new LiveStreamRegistry(options.maxImageStreams ?? 2, options.maxMjpegStreams ?? 8);
  const routes = new RouteRegistrar(app);
  const guard = createRequestGuard({
    bindHost: host,
    port: () => port,
    token: options.token,
    allowedOrigins: options.allowedOrigins,
    allowedHosts: options.allowedHosts,
    sideEffectGet: (path) => SIDE_EFFECT_GETS.some((re) => re.test(path)),
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addHook('onRequest', (request, reply, done) => {
    const verdict = guard({ method: request.method, url: request.url, headers: request.headers });
    if (!verdict.ok) return done(verdict.error);
    for (const [name, value] of Object.entries(verdict.headers)) reply.raw.setHeader(name, value);
    reply.raw.setHeader('X-Content-Type-Options', 'nosniff');
    if (verdict.preflight) return void reply.code(204).send();
    done();
  });
  // Once the whole request is in (its arrival is bounded by requestTimeout), the handler's answer is too.
  app.addHook('preHandler', (_request, reply, done) => {
    boundHandler(reply, options.handlerTimeoutMs ?? 300_000);
    done();
  });
  app.setErrorHandler(
    createErrorHandler(log, (cameraId) => {
      try {
        const c = studio.cameras.get(cameraId);
        return { connected: c.connected, model: c.model, id: c.id };
      } catch {
        return undefined;
      }
    }),
  );
  app.setNotFoundHandler(notFoundHandler);

  let closing: Promise<void> | null = null;
  const ctx: ServerContext = {
    studio,
    hub,
    streams,
    routes,
    log,
    stallFrames: options.stallFrames ?? 150,
    url: () => url,
    requestShutdown: () => options.onShutdownRequest?.(),
  };
  for (const register of [
    registerServerRoutes,
    registerConnectionRoutes,
    registerPropertyRoutes,
    registerFocusRoutes,
    registerActionRoutes,
    registerLiveViewRoutes,
    registerLiveStreamRoutes,
    registerEventRoutes,
    registerSdCardRoutes,
    registerSettingsRoutes,
    registerStudioMethodRoutes,
    registerStudioExtraRoutes,
  ]) {
    register(ctx);
  }
  const version = studio.status().version;
  app.get('/api/openapi.json', (_req, reply) =>
    reply.send(
      buildOpenApiDocument(ALL_API_ROUTES, {
        version,
        serverUrl: url,
        tokenRequired: Boolean(options.token),
      }),
    ),
  );
  const docs = renderDocsPage(ALL_API_ROUTES, version);
  app.get('/api/docs', (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(docs),
  );
  registerRendererStatic(app, options.rendererDir ?? null);

  const offBus = studio.bus.onAny(({ event, data }) => hub.publish(event, data));
  try {
    await app.listen({ host, port });
  } catch (err) {
    offBus();
    hub.close();
    throw err;
  }
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : port;
  // A wildcard bind is reachable locally through loopback; that is the URL the studio reports.
  const urlHost = isWildcardHost(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  url = `http://${urlHost}:${port}`;
  log.info(`listening on ${url}`);

  return {
    app,
    url,
    port,
    hub,
    streams,
    operations: routes.registered,
    close: () => {
      closing ??= (async () => {
        offBus();
        streams.close();
        hub.close();
        await app.close();
        log.info('server closed');
      })();
      return closing;
    },
  };
}
