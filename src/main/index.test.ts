import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { FakeIpcMain } from './ipc/testing/fake-ipc';

// The Electron composition root run for real — studio (simulated camera), embedded server, IPC bridge,
// security hooks, menu, window — with Electron's API replaced by recording fakes (there is no Electron binary
// here). Renderer calls are played through the registered ipcMain handlers like a preload would.
const fake = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const windows: FakeWindow[] = [];
  class FakeContents {
    readonly id = 41;
    readonly handlers = new Map<string, (...args: unknown[]) => void>();
    readonly sent: [string, unknown][] = [];
    openHandler: ((d: { url: string }) => { action: string }) | null = null;
    on(event: string, fn: (...args: unknown[]) => void) {
      this.handlers.set(event, fn);
      return this;
    }
    once(event: string, fn: (...args: unknown[]) => void) {
      return this.on(event, fn);
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    isDestroyed() {
      return false;
    }
    getType() {
      return 'window';
    }
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn;
    }
  }
  class FakeWindow {
    readonly webContents = new FakeContents();
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    static getFocusedWindow() {
      return null;
    }
    static fromWebContents() {
      return null;
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    async loadFile(file: string) {
      this.loaded.push(file);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1300, height: 850 };
    }
    isMaximized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    maximize() {}
    setFullScreen() {}
  }
  const state = {
    userData: '',
    quit: 0,
    headers: null as
      | null
      | ((
          details: { url: string; responseHeaders: Record<string, string[]> },
          cb: (r: unknown) => void,
        ) => void),
    menu: null as unknown,
  };
  return { appHandlers, windows, FakeWindow, FakeContents, state };
});

const ipcMain = vi.hoisted(() => ({ value: null as unknown }));

vi.mock('electron', async () => {
  const { FakeIpcMain: Ipc } = await import('./ipc/testing/fake-ipc');
  ipcMain.value = new Ipc();
  return {
    app: {
      isPackaged: false,
      getPath: () => fake.state.userData,
      setPath: (_n: string, p: string) => void (fake.state.userData = p),
      enableSandbox: () => {},
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...args: unknown[]) => void) => void fake.appHandlers.set(event, fn),
      whenReady: () => Promise.resolve(),
      quit: () => void (fake.state.quit += 1),
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: typeof fake.state.headers) => void (fake.state.headers = fn) },
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        on: () => {},
      },
    },
    BrowserWindow: fake.FakeWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (m: unknown) => void (fake.state.menu = m),
    },
    ipcMain: ipcMain.value,
    shell: { openExternal: async () => {}, showItemInFolder: () => {} },
    dialog: {},
    nativeImage: {},
  };
});

const dir = await mkdtemp(join(tmpdir(), 'tether-electron-main-'));
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function bootApp() {
  Object.assign(process.env, {
    TETHER_USER_DATA: join(dir, 'user-data'),
    TETHER_DRIVER: 'sim',
    TETHER_SESSION_ROOT: join(dir, 'sessions'),
    TETHER_SERVER: 'on',
    TETHER_SERVER_PORT: '0',
  });
  await import('./index');
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toHaveLength(1), { timeout: 20_000 });
  return { ipc: ipcMain.value as FakeIpcMain, win: fake.windows[0] };
}

describe('Electron main (composition root)', () => {
  it('starts the studio, the server and the bridge, opens a hardened window, and quits cleanly', async () => {
    const { ipc, win } = await bootApp();
    const rendererFile = resolve(__dirname, '..', 'renderer', 'index.html');
    expect(win.loaded).toEqual([rendererFile]);
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: resolve(__dirname, '..', 'preload', 'index.cjs'),
    });
    expect(fake.state.menu).toBeTruthy();

    // A call from our window's main frame reaches the real studio…
    const ours = {
      sender: win.webContents,
      senderFrame: { url: pathToFileURL(rendererFile).href, parent: null },
    };
    const invoke = (channel: string, event: unknown, ...args: unknown[]) =>
      ipc.handlers.get(channel)!(event as never, ...args);
    const cameras = (await invoke('tether:studio:listCameras', ours)) as {
      ok: boolean;
      value: { model: string }[];
    };
    expect(cameras.ok && cameras.value.map((c) => c.model)).toEqual(['ILCE-7M4']);
    const status = (await invoke('tether:studio:getStatus', ours)) as {
      ok: true;
      value: { server: { enabled: boolean; url: string } };
    };
    expect(status.value.server.enabled).toBe(true);
    const api = await fetch(`${status.value.server.url}/api/server/status`);
    expect(api.status).toBe(200);
    // A browser pointed at the embedded server gets the built renderer (next to the main bundle), not the hint page.
    const ui = await fetch(`${status.value.server.url}/`);
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await ui.text()).toBe(await readFile(rendererFile, 'utf8'));

    // …a foreign page gets FORBIDDEN, whatever it asks.
    const foreign = { sender: win.webContents, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await invoke('tether:studio:listCameras', foreign)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // The renderer's responses get the strict CSP; navigation and window.open are blocked.
    const replies: unknown[] = [];
    fake.state.headers!({ url: pathToFileURL(rendererFile).href, responseHeaders: {} }, (r) =>
      replies.push(r),
    );
    expect(replies[0]).toEqual({
      responseHeaders: { 'Content-Security-Policy': [expect.stringContaining("script-src 'self';")] },
    });
    const contents = new fake.FakeContents();
    fake.appHandlers.get('web-contents-created')!({}, contents);
    let prevented = false;
    contents.handlers.get('will-navigate')!(
      { preventDefault: () => (prevented = true) },
      'file:///etc/passwd',
    );
    expect(prevented).toBe(true);
    expect(contents.openHandler!({ url: 'about:blank' })).toEqual({ action: 'deny' });

    // Quit: window geometry saved, server and studio stopped, then the app really quits.
    fake.appHandlers.get('before-quit')!({ preventDefault: () => {} });
    await vi.waitFor(() => expect(fake.state.quit).toBe(1), { timeout: 20_000 });
    const saved = JSON.parse(await readFile(join(dir, 'user-data', 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ x: 10, y: 20, width: 1300, height: 850 });
    await expect(fetch(`${status.value.server.url}/api/server/status`)).rejects.toThrow();
  }, 60_000);
});
