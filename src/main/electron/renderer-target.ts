import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the renderer comes from: the electron-vite dev server, or the built `out/renderer/index.html`. */
export type RendererTarget = { kind: 'url'; url: string } | { kind: 'file'; file: string };

/**
 * Picks the renderer source. `ELECTRON_RENDERER_URL` is set by `electron-vite dev` only; it must be a local
 * http(s) URL (a packaged app never loads a remote page even if the variable leaks into its environment).
 */
export function resolveRendererTarget(
  env: NodeJS.ProcessEnv,
  mainDir: string,
  isPackaged: boolean,
): RendererTarget {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged && isLocalHttpUrl(devUrl)) return { kind: 'url', url: devUrl };
  return { kind: 'file', file: join(mainDir, '..', 'renderer', 'index.html') };
}

function isLocalHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)
    );
  } catch {
    return false;
  }
}

/** True when `url` is our renderer document (any hash/query): same dev origin, or the exact built index file. */
export function isRendererUrl(target: RendererTarget, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (target.kind === 'url') return u.origin === new URL(target.url).origin;
  if (u.protocol !== 'file:') return false;
  try {
    return fileURLToPath(u) === target.file;
  } catch {
    return false;
  }
}

/** The CSP the renderer runs under. Dev adds what Vite's HMR and React refresh preamble need. */
export function contentSecurityPolicy(target: RendererTarget): string {
  const dev = target.kind === 'url';
  const devOrigin = dev ? new URL(target.url) : null;
  const hmr = devOrigin ? ` ws://${devOrigin.host} ${devOrigin.origin}` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    // React sets styles through the CSSOM (not affected); inline <style> is only what Vite injects in dev.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${hmr}`,
    "worker-src 'self' blob:",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
