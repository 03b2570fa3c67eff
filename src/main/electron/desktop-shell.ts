import { BrowserWindow, Menu, dialog, shell } from 'electron';
import type { StudioCommand } from '../../shared/studio-client';
import type { Studio } from '../app/studio';
import type { IpcBridge } from '../ipc/ipc-bridge';
import type { SenderPolicy } from '../ipc/sender-policy';
import { createLogger } from '../core/logger';
import { buildAppMenuTemplate } from './app-menu';
import { diagnosticsDefaultPath, writeDiagnostics } from './diagnostics-export';
import { createLiveWindow } from './live-window';
import { createMainWindow, type MainWindowHandle } from './main-window';
import type { RendererTarget } from './renderer-target';
import { loadWindowState } from './window-state';

const log = createLogger('electron:shell');

/** What the shell is built from (all made by the composition root). */
export interface DesktopShellDeps {
  studio: Studio;
  bridge: IpcBridge;
  policy: SenderPolicy;
  target: RendererTarget;
  preloadPath: string;
  iconPath?: string;
  dataDir: string;
  isMac: boolean;
  isDev: boolean;
}

/** The desktop side of the studio: the main window, its IPC attachment, and the app menu. */
export class DesktopShell {
  private main: MainWindowHandle | null = null;
  private live: BrowserWindow | null = null;

  constructor(private readonly deps: DesktopShellDeps) {}

  /** Opens the main window (or focuses it when it is already open). */
  async openMainWindow(): Promise<BrowserWindow> {
    if (this.main && !this.main.window.isDestroyed()) {
      this.focus();
      return this.main.window;
    }
    const { studio, dataDir } = this.deps;
    const state = await loadWindowState(dataDir, (r) =>
      log.warn(`window state ${r.file} was corrupt (${r.reason}); kept as ${r.movedTo}`),
    );
    const handle = createMainWindow({
      target: this.deps.target,
      preloadPath: this.deps.preloadPath,
      state,
      dataDir,
      iconPath: this.deps.iconPath,
    });
    this.attach(handle.window);
    handle.window.on('closed', () => {
      if (this.main === handle) this.main = null;
    });
    this.main = handle;
    log.info(`window open; studio ${studio.status().version}`);
    return handle.window;
  }

  /**
   * Opens the window that shows only the live view (or brings it forward): a second monitor or a client
   * screen. Same renderer, same secure options and the same sender-checked IPC as the main window.
   */
  openLiveWindow(): BrowserWindow {
    if (this.live && !this.live.isDestroyed()) {
      this.live.show();
      this.live.focus();
      return this.live;
    }
    const window = createLiveWindow({
      target: this.deps.target,
      preloadPath: this.deps.preloadPath,
      iconPath: this.deps.iconPath,
    });
    this.attach(window);
    window.on('closed', () => {
      if (this.live === window) this.live = null;
    });
    this.live = window;
    log.info('live view window open');
    return window;
  }

  /** Lets a window's renderer talk to the studio: its WebContents alone passes the sender check. */
  private attach(window: BrowserWindow): void {
    const { bridge, policy } = this.deps;
    const contents = window.webContents;
    const id = contents.id;
    // Ours before the page can run a line: the sender check accepts exactly this WebContents.
    policy.allow(id);
    const detach = bridge.attach(contents);
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) bridge.resetRenderer(id);
    });
    contents.on('render-process-gone', (_event, details) => {
      log.error(`renderer process gone: ${details.reason}`);
      bridge.resetRenderer(id);
    });
    contents.once('destroyed', () => {
      detach();
      policy.forget(id);
    });
  }

  /** Installs the application menu. */
  installMenu(): void {
    const template = buildAppMenuTemplate({
      isMac: this.deps.isMac,
      isDev: this.deps.isDev,
      actions: {
        command: (command) => this.sendCommand(command),
        revealSessionFolder: () => this.revealSessionFolder(),
        revealLogs: () => this.revealLogs(),
        exportDiagnostics: () => void this.exportDiagnostics(),
        openLiveWindow: () => void this.openLiveWindow(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Brings the main window to the front (second instance, dock click). */
  focus(): void {
    const win = this.main?.window;
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  /** Persists the window geometry now (awaited on quit). */
  async saveState(): Promise<void> {
    await this.main?.saveState();
  }

  private sendCommand(command: StudioCommand): void {
    const win = BrowserWindow.getFocusedWindow() ?? this.main?.window;
    if (win && !win.isDestroyed()) this.deps.bridge.sendCommand(win.webContents.id, command);
  }

  private revealLogs(): void {
    const dir = this.deps.studio.logDir;
    if (!dir) return log.warn('no log folder: logs are kept in memory only');
    void shell.openPath(dir).then((err) => err && log.warn(`cannot open the log folder: ${err}`));
  }

  private async exportDiagnostics(): Promise<void> {
    const { studio } = this.deps;
    try {
      const win = BrowserWindow.getFocusedWindow() ?? this.main?.window;
      const options = {
        title: 'Export Diagnostics',
        defaultPath: diagnosticsDefaultPath(studio),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return;
      shell.showItemInFolder(await writeDiagnostics(studio, choice.filePath));
    } catch (err) {
      log.error(`cannot export diagnostics: ${(err as Error).message}`);
      dialog.showErrorBox(
        'Export Diagnostics',
        `The diagnostics could not be saved: ${(err as Error).message}`,
      );
    }
  }

  private revealSessionFolder(): void {
    try {
      shell.showItemInFolder(this.deps.studio.sessions.active().folder);
    } catch (err) {
      log.warn(`cannot reveal the session folder: ${(err as Error).message}`);
    }
  }
}
