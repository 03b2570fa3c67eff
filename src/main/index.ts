/**
 * Electron entry: the desktop composition root. Builds the studio with `createStudio` (the same root
 * `npm run serve` uses), starts the embedded REST server, wires the typed IPC bridge and opens the window.
 *
 * Electron starts at `bootstrap.cjs` (package.json `main`), which sizes the libuv thread pool before this
 * ESM bundle loads. Environment (tests, power users): TETHER_USER_DATA (user data folder), TETHER_DRIVER (auto|sim|crsdk),
 * TETHER_SESSION_ROOT, TETHER_SERVER (on|off), TETHER_SERVER_PORT.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, session } from 'electron';
import { createStudio } from './app/create-studio';
import type { DriverRequest, Studio } from './app/studio';
import { DesktopShell } from './electron/desktop-shell';
import { builtRendererDir, EmbeddedServer } from './electron/embedded-server';
import { createNativeHandlers } from './electron/native-handlers';
import { isRendererUrl, resolveRendererTarget } from './electron/renderer-target';
import { guardAllContents, hardenSession } from './electron/security';
import { IpcBridge } from './ipc/ipc-bridge';
import { SenderPolicy } from './ipc/sender-policy';
import { createStudioHandlers } from './app/studio-handlers';
import { TypedIpcMain } from './ipc/typed-ipc-main';
import { createLogger } from './core/logger';
import { installProcessGuards } from './core/process-guards';
import { startServer } from './server/server';

const log = createLogger('electron');
const mainDir = import.meta.dirname;

function driverRequest(value: string | undefined): DriverRequest | undefined {
  return value === 'auto' || value === 'sim' || value === 'crsdk' || value === 'gphoto2' ? value : undefined;
}

/** Icon for the window and the drag fallback: next to the app in a package, in build/ from a checkout. */
function findIcon(): string | undefined {
  const candidates = [
    join(process.resourcesPath ?? '', 'icon.png'),
    join(mainDir, '..', '..', 'build', 'icon.png'),
  ];
  return candidates.find((p) => existsSync(p));
}

/** Everything the running app holds, for an orderly quit. */
interface Running {
  studio: Studio;
  server: EmbeddedServer;
  bridge: IpcBridge;
  shell: DesktopShell;
}

let running: Running | null = null;
/** The studio as soon as it exists (the process guards report into its event bus). */
let guardedStudio: Studio | null = null;
let quitting = false;

// A stray rejection or exception is logged (to the log files too) and shown; the app keeps running (the
// journal, session indexes and settings on disk are always consistent), instead of Electron's crash dialog.
installProcessGuards(log, {
  onFailure: (kind, err) =>
    guardedStudio?.bus.emit('error', {
      cameraId: '*',
      code: 'INTERNAL',
      message: `Internal error (${kind}): ${err instanceof Error ? err.message : String(err)}`,
    }),
});

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const target = resolveRendererTarget(process.env, mainDir, app.isPackaged);
  hardenSession(session.defaultSession, target);
  // The UI's "Live view window" button asks through window.open; the shell opens it (when it is up).
  guardAllContents(app, target, () => void running?.shell.openLiveWindow());

  const studio = await createStudio({
    dataDir,
    // Electron's convention: the userData `logs/` folder (Help → Reveal Logs).
    logDir: join(dataDir, 'logs'),
    driver: driverRequest(process.env.TETHER_DRIVER),
    ...(process.env.TETHER_SESSION_ROOT ? { sessionRoot: process.env.TETHER_SESSION_ROOT } : {}),
  });
  guardedStudio = studio;
  await studio.start();

  // The built renderer, also in dev (the window then uses the Vite server; a browser gets the last build).
  const server = new EmbeddedServer(studio, startServer, builtRendererDir(mainDir));
  await server.startFromSettings();

  const policy = new SenderPolicy((url) => isRendererUrl(target, url));
  const iconPath = findIcon();
  const bridge = new IpcBridge(
    new TypedIpcMain(policy.check),
    studio,
    createStudioHandlers(studio, () => server.state()),
    createNativeHandlers(studio, iconPath ?? null),
  );
  bridge.register();

  const shell = new DesktopShell({
    studio,
    bridge,
    policy,
    target,
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
    iconPath,
    dataDir,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
  });
  shell.installMenu();
  running = { studio, server, bridge, shell };
  // The body gets ready while the window loads (the window's first connect then finds it ready).
  studio.warmUp();
  await shell.openMainWindow();
}

/** Saves the window, stops the bridge, the server and the studio (transfers finish or park safely). */
async function shutdown(): Promise<void> {
  const r = running;
  running = null;
  if (!r) return;
  await r.shell.saveState();
  r.bridge.dispose();
  await r.server.stop().catch((err: Error) => log.warn(`server stop: ${err.message}`));
  await r.studio.stop();
}

if (process.env.TETHER_USER_DATA) app.setPath('userData', process.env.TETHER_USER_DATA);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One studio per user: a second instance would fight over the camera and the session folders.
  app.quit();
} else {
  app.on('second-instance', () => running?.shell.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (running) void running.shell.openMainWindow();
  });
  app.on('before-quit', (event) => {
    if (quitting || !running) return;
    event.preventDefault();
    quitting = true;
    shutdown()
      .catch((err: Error) => log.error(`shutdown failed: ${err.message}`))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((err: Error) => {
      log.error(`Tether Studio failed to start: ${err.stack ?? err.message}`);
      app.exit(1);
    });
}
