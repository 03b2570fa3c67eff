import type { MenuItemConstructorOptions } from 'electron';
import type { StudioCommand } from '../../shared/studio-client';

/** What the menu's items do. */
export interface AppMenuActions {
  /** Sends a studio command to the focused window's UI. */
  command(command: StudioCommand): void;
  /** Opens the active session's folder in the OS file manager. */
  revealSessionFolder(): void;
  /** Opens the folder with the studio's log files. */
  revealLogs(): void;
  /** Saves a diagnostics bundle (logs, settings, versions; secrets redacted) where the user chooses. */
  exportDiagnostics(): void;
  /** Opens (or brings forward) the window that shows only the live view (second monitor, client screen). */
  openLiveWindow(): void;
}

/** Options of {@link buildAppMenuTemplate}. */
export interface AppMenuOptions {
  isMac: boolean;
  /** Adds reload and developer tools. */
  isDev: boolean;
  actions: AppMenuActions;
}

/**
 * A studio shortcut shown in the menu. Single-key shortcuts are displayed but not registered
 * (`registerAccelerator: false`): the UI binds the same keys itself (it must in a browser too), and a
 * registered Space would fire while the user types in a field.
 */
function studioItem(
  label: string,
  command: StudioCommand,
  accelerator: string,
  actions: AppMenuActions,
  register = false,
): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: register, click: () => actions.command(command) };
}

/** The application menu: the usual roles plus the studio's commands. Pure (testable without Electron). */
export function buildAppMenuTemplate({
  isMac,
  isDev,
  actions,
}: AppMenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: 'File',
    submenu: [
      studioItem('New Session…', 'newSession', 'CmdOrCtrl+N', actions, true),
      // The UI runs it (folder picker → setSessionRoot), the same path as the session bar's Choose… button.
      studioItem('Session Folder Location…', 'chooseSessionFolder', 'CmdOrCtrl+O', actions, true),
      {
        label: 'Reveal Session Folder',
        accelerator: 'CmdOrCtrl+Shift+R',
        click: () => actions.revealSessionFolder(),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'Camera',
    submenu: [
      studioItem('Capture', 'capture', 'Space', actions),
      studioItem('Autofocus', 'autofocus', 'F', actions),
    ],
  });
  const viewItems: MenuItemConstructorOptions[] = [
    studioItem('Toggle Grid', 'toggleGrid', 'G', actions),
    studioItem('Toggle Histogram', 'toggleHistogram', 'H', actions),
    studioItem('Zoom to 100%', 'zoomToggle', 'Z', actions),
    { type: 'separator' },
    {
      label: 'Live View Window',
      accelerator: 'CmdOrCtrl+Shift+L',
      click: () => actions.openLiveWindow(),
    },
    { role: 'togglefullscreen' },
  ];
  if (isDev) viewItems.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  template.push({ label: 'View', submenu: viewItems });
  template.push({
    label: 'Go',
    submenu: [
      studioItem('Next Shot', 'nextShot', 'Right', actions),
      studioItem('Previous Shot', 'prevShot', 'Left', actions),
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({
    role: 'help',
    submenu: [
      { label: 'Reveal Logs', click: () => actions.revealLogs() },
      { label: 'Export Diagnostics…', click: () => actions.exportDiagnostics() },
    ],
  });
  return template;
}
