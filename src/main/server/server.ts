import Fastify, { type FastifyInstance } from 'fastify';
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
import type { ServerContext } from './server-context';
import type { ServerOptions } from './server-options';
import { registerRendererStatic } from './static/renderer-static';
import { SseHub } from './sse/sse-hub';

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
  const log = studio.logs.logger('server');
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    forceCloseConnections: true,
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
  const streams = new LiveStreamRegistry(options.maxImageStreams ?? 2);
  const routes = new RouteRegistrar(app);
  const guard = createRequestGuard({
    bindHost: host,
    port: () => port,
    token: options.token,
    allowedOrigins: options.allowedOrigins,
    allowedHosts: options.allowedHosts,
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
