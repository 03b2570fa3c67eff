import { BrowserWindow, screen } from 'electron';
import { createLogger } from '../core/logger';
import type { RendererTarget } from './renderer-target';
import { fitToDisplays, saveWindowState, type WindowState } from './window-state';

const log = createLogger('electron:window');

/** Options of {@link createMainWindow}. */
export interface MainWindowOptions {
  target: RendererTarget;
  /** Absolute path of the bundled sandboxed preload (`out/preload/index.cjs`). */
  preloadPath: string;
  /** Remembered geometry (already loaded). */
  state: WindowState;
  /** Where the geometry is persisted. */
  dataDir: string;
  /** Window icon (Linux/Windows), if one is shipped. */
  iconPath?: string;
}

/** A main window plus what the shell needs to persist its geometry on quit. */
export interface MainWindowHandle {
  window: BrowserWindow;
  /** Writes the current geometry now (awaited on quit). */
  saveState(): Promise<void>;
}

/** The webPreferences every renderer runs with: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Live view keeps drawing when another app has focus (a second monitor on set).
    backgroundThrottling: false,
  };
}

/** Creates the studio window with remembered geometry, loads the renderer and tracks its geometry. */
export function createMainWindow(options: MainWindowOptions): MainWindowHandle {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const state = fitToDisplays(options.state, areas);
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Tether Studio',
    backgroundColor: '#121316',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (state.maximized) window.maximize();
  if (state.fullScreen) window.setFullScreen(true);
  window.once('ready-to-show', () => window.show());

  let last: WindowState = state;
  const capture = (): void => {
    if (window.isDestroyed()) return;
    const b = window.getNormalBounds();
    last = {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
    };
  };
  let timer: NodeJS.Timeout | null = null;
  const saveState = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    capture();
    try {
      await saveWindowState(options.dataDir, last);
    } catch (err) {
      log.warn(`cannot save window state: ${(err as Error).message}`);
    }
  };
  const scheduleSave = (): void => {
    capture();
    if (timer) clearTimeout(timer);
    // Debounced so a drag-resize writes once; also covers a crash before quit.
    timer = setTimeout(() => void saveState(), 750);
  };
  for (const event of [
    'resize',
    'move',
    'maximize',
    'unmaximize',
    'enter-full-screen',
    'leave-full-screen',
  ] as const) {
    window.on(event as 'resize', scheduleSave);
  }
  window.on('close', () => {
    capture();
    void saveState();
  });

  const loading =
    options.target.kind === 'url' ? window.loadURL(options.target.url) : window.loadFile(options.target.file);
  loading.catch((err: Error) => log.error(`renderer failed to load: ${err.message}`));
  return { window, saveState };
}
