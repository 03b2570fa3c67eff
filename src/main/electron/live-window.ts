import { BrowserWindow } from 'electron';
import { createLogger } from '../core/logger';
import { secureWebPreferences } from './main-window';
import { isRendererUrl, type RendererTarget } from './renderer-target';

const log = createLogger('electron:live-window');

/** The renderer's hash for a window that shows only the live view (second monitor, client screen). */
export const LIVE_VIEW_HASH = 'live-only';

/**
 * Options of the live-view window: the same locked-down webPreferences as the main window (isolated,
 * sandboxed, no Node, same preload whose IPC the sender policy checks), black, free to size.
 */
export function liveWindowOptions(
  preloadPath: string,
  iconPath?: string,
): Electron.BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 853,
    minWidth: 320,
    minHeight: 240,
    show: false,
    title: 'Tether Studio — Live View',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** True when `url` is our renderer asking for the live-view-only page (what `window.open` from the UI asks). */
export function isLiveViewUrl(target: RendererTarget, url: string): boolean {
  if (!isRendererUrl(target, url)) return false;
  try {
    return new URL(url).hash === `#${LIVE_VIEW_HASH}`;
  } catch {
    return false;
  }
}

/** Creates the live-view window and loads the renderer's live-only page into it. */
export function createLiveWindow(options: {
  target: RendererTarget;
  preloadPath: string;
  iconPath?: string;
}): BrowserWindow {
  const window = new BrowserWindow(liveWindowOptions(options.preloadPath, options.iconPath));
  window.once('ready-to-show', () => window.show());
  const { target } = options;
  const loading =
    target.kind === 'url'
      ? window.loadURL(`${target.url.replace(/#.*$/, '')}#${LIVE_VIEW_HASH}`)
      : window.loadFile(target.file, { hash: LIVE_VIEW_HASH });
  loading.catch((err: Error) => log.error(`live view window failed to load: ${err.message}`));
  return window;
}
