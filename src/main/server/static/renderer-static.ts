import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { notFoundHandler } from '../http/error-reply';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Browser UI pages: same-origin only; the live view and thumbnails come as blobs, images or data URLs. */
const CSP =
  "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tether Studio</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}</style></head>
<body><h1>Tether Studio is running</h1><p>The browser UI has not been built yet. Run <code>npm run build</code>,
then reload this page.</p><p>The API is up: see <a href="/api/docs">/api/docs</a> and
<a href="/api/server/status">/api/server/status</a>.</p></body></html>`;

function sendFile(reply: FastifyReply, path: string, size: number, immutable: boolean): FastifyReply {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  reply.header('Content-Type', type).header('Content-Length', String(size));
  reply.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (type.startsWith('text/html')) reply.header('Content-Security-Policy', CSP);
  return reply.send(createReadStream(path));
}

/** Serves the built renderer (`out/renderer`) at `/`, with an SPA fallback; a hint page when it is not built. */
export function registerRendererStatic(app: FastifyInstance, rendererDir: string | null): void {
  const root = rendererDir ? resolve(rendererDir) : null;
  const built = (): boolean => root !== null && existsSync(resolve(root, 'index.html'));

  app.get('/*', async (request, reply) => {
    const rawPath = request.url.split('?')[0];
    if (rawPath === '/api' || rawPath.startsWith('/api/')) return notFoundHandler(request, reply);
    if (!built() || root === null) {
      return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', CSP).send(PLACEHOLDER);
    }
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      throw new TetherError(ErrorCode.InvalidArgument, 'malformed URL');
    }
    const target = resolve(root, `.${path}`);
    if (target !== root && !target.startsWith(root + sep)) return notFoundHandler(request, reply);
    const info = await stat(target).catch(() => null);
    if (info?.isFile()) return sendFile(reply, target, info.size, path.startsWith('/assets/'));
    if (extname(path) !== '') return notFoundHandler(request, reply);
    const index = resolve(root, 'index.html');
    const indexInfo = await stat(index);
    return sendFile(reply, index, indexInfo.size, false);
  });
}
