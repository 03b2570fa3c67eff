import { describe, expect, it, vi } from 'vitest';
import { DesktopShell, type DesktopShellDeps } from './desktop-shell';
import { LIVE_VIEW_HASH, createLiveWindow, isLiveViewUrl, liveWindowOptions } from './live-window';
import { guardContents } from './security';

/** A BrowserWindow stand-in with a WebContents that records listeners. */
const { FakeWindow } = vi.hoisted(() => {
  let nextId = 100;
  class FakeWindow {
    static last: FakeWindow;
    readonly listeners = new Map<string, (() => void)[]>();
    readonly contentsListeners = new Map<string, ((...a: unknown[]) => void)[]>();
    loaded: { url?: string; file?: string; hash?: string } = {};
    shown = 0;
    destroyed = false;
    readonly webContents = {
      id: nextId++,
      on: (event: string, fn: (...a: unknown[]) => void) => this.addContents(event, fn),
      once: (event: string, fn: (...a: unknown[]) => void) => this.addContents(event, fn),
    };
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      FakeWindow.last = this;
    }
    addContents(event: string, fn: (...a: unknown[]) => void) {
      this.contentsListeners.set(event, [...(this.contentsListeners.get(event) ?? []), fn]);
    }
    fireContents(event: string) {
      for (const fn of this.contentsListeners.get(event) ?? []) fn();
    }
    on(event: string, fn: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: () => void) {
      return this.on(event, fn);
    }
    fire(event: string) {
      for (const fn of this.listeners.get(event) ?? []) fn();
    }
    show = () => void this.shown++;
    focus = () => undefined;
    isDestroyed = () => this.destroyed;
    loadURL = async (url: string) => void (this.loaded.url = url);
    loadFile = async (file: string, o?: { hash?: string }) => void (this.loaded = { file, hash: o?.hash });
  }
  return { FakeWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: {},
  dialog: {},
  shell: { openExternal: vi.fn() },
  screen: { getAllDisplays: () => [] },
}));

const fileTarget = { kind: 'file', file: '/app/out/renderer/index.html' } as const;

describe('the live view window', () => {
  it('runs with the main window’s locked-down webPreferences and the bundled preload', () => {
    const o = liveWindowOptions('/app/out/preload/index.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(o.show).toBe(false);
  });

  it('loads the renderer’s live-only page from the built file or the dev server', () => {
    createLiveWindow({ target: fileTarget, preloadPath: '/p.cjs' });
    expect(FakeWindow.last.loaded).toEqual({ file: fileTarget.file, hash: LIVE_VIEW_HASH });
    FakeWindow.last.fire('ready-to-show');
    expect(FakeWindow.last.shown).toBe(1);
    createLiveWindow({ target: { kind: 'url', url: 'http://localhost:5173/' }, preloadPath: '/p.cjs' });
    expect(FakeWindow.last.loaded.url).toBe('http://localhost:5173/#live-only');
  });

  it('recognises only our own renderer’s live-only page as a live view request', () => {
    expect(isLiveViewUrl(fileTarget, 'file:///app/out/renderer/index.html#live-only')).toBe(true);
    expect(isLiveViewUrl(fileTarget, 'file:///app/out/renderer/index.html')).toBe(false);
    expect(isLiveViewUrl(fileTarget, 'file:///etc/index.html#live-only')).toBe(false);
    expect(isLiveViewUrl(fileTarget, 'https://evil.example/#live-only')).toBe(false);
  });

  it('denies window.open always, handing our live-only page to the shell instead', () => {
    let handler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = { on: vi.fn(), setWindowOpenHandler: (h: typeof handler) => void (handler = h) };
    const openLive = vi.fn();
    guardContents(contents as unknown as Electron.WebContents, fileTarget, openLive);
    expect(handler!({ url: 'file:///app/out/renderer/index.html#live-only' })).toEqual({ action: 'deny' });
    expect(openLive).toHaveBeenCalledTimes(1);
    expect(handler!({ url: 'file:///other.html#live-only' })).toEqual({ action: 'deny' });
    expect(openLive).toHaveBeenCalledTimes(1);
  });

  it('is opened once by the shell, its WebContents alone allowed through the IPC sender check', () => {
    const policy = { allow: vi.fn(), forget: vi.fn() };
    const detach = vi.fn();
    const bridge = { attach: vi.fn(() => detach), resetRenderer: vi.fn() };
    const shell = new DesktopShell({
      policy,
      bridge,
      target: fileTarget,
      preloadPath: '/p.cjs',
    } as unknown as DesktopShellDeps);
    const win = shell.openLiveWindow();
    const id = win.webContents.id;
    expect(policy.allow).toHaveBeenCalledWith(id);
    expect(bridge.attach).toHaveBeenCalledWith(win.webContents);
    // A second request brings the same window forward.
    expect(shell.openLiveWindow()).toBe(win);
    expect(policy.allow).toHaveBeenCalledTimes(1);
    // Closed: its id is forgotten and the bridge lets go of it.
    FakeWindow.last.fireContents('destroyed');
    expect(detach).toHaveBeenCalled();
    expect(policy.forget).toHaveBeenCalledWith(id);
  });
});
