import { shell, type App, type Session, type WebContents } from 'electron';
import { createLogger } from '../core/logger';
import { isLiveViewUrl } from './live-window';
import { contentSecurityPolicy, isRendererUrl, type RendererTarget } from './renderer-target';

const log = createLogger('electron:security');

/** The URL to hand to the OS browser for a link the page tried to open, or null (only plain http/https). */
export function externalUrlToOpen(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.username || u.password) return null;
    return u.href;
  } catch {
    return null;
  }
}

/** True when a response belongs to our renderer (so it gets our CSP). */
function isRendererResponse(target: RendererTarget, url: string): boolean {
  if (target.kind === 'url') {
    try {
      return new URL(url).origin === new URL(target.url).origin;
    } catch {
      return false;
    }
  }
  return url.startsWith('file:');
}

/** Response headers with every existing CSP header replaced by ours. */
export function withCsp(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/**
 * Session-wide hardening: strict CSP on every renderer response (file:// in production, the dev server's origin
 * in development), every permission request and check denied, downloads refused.
 */
export function hardenSession(session: Session, target: RendererTarget): void {
  const csp = contentSecurityPolicy(target);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isRendererResponse(target, details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event, item) => {
    log.warn(`blocked download of ${item.getURL()}`);
    event.preventDefault();
  });
}

/**
 * Navigation, new windows and webviews are blocked; http(s) links go to the OS browser instead. The UI's
 * "live view window" (`window.open` of our own `#live-only` page) is denied too and handed to
 * `openLiveView`, which opens it as a window of ours with the studio's own secure options.
 */
export function guardContents(
  contents: WebContents,
  target: RendererTarget,
  openLiveView?: () => void,
): void {
  const openOutside = (url: string): void => {
    const external = externalUrlToOpen(url);
    if (external && !isRendererUrl(target, url)) {
      shell.openExternal(external).catch((err: Error) => log.warn(`openExternal failed: ${err.message}`));
    }
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log.warn(`blocked navigation to ${url}`);
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isRendererUrl(target, url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (openLiveView && isLiveViewUrl(target, url)) openLiveView();
    else openOutside(url);
    return { action: 'deny' };
  });
}

/** Applies {@link guardContents} to every WebContents the app ever creates (windows, devtools excluded). */
export function guardAllContents(app: App, target: RendererTarget, openLiveView?: () => void): void {
  app.on('web-contents-created', (_event, contents) => {
    if (contents.getType() === 'window') guardContents(contents, target, openLiveView);
  });
}
