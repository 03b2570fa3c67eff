import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from './main-window';
import { WINDOW_STATE_FILE } from './window-state';

/** A BrowserWindow stand-in: records its options and what the code does with it. */
const { FakeWindow } = vi.hoisted(() => {
  class FakeWindow {
    static last: FakeWindow;
    readonly listeners = new Map<string, (() => void)[]>();
    readonly calls: string[] = [];
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    loaded: { url?: string; file?: string } = {};
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      FakeWindow.last = this;
      this.bounds = {
        x: options.x ?? 100,
        y: options.y ?? 100,
        width: options.width!,
        height: options.height!,
      };
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
    maximize = () => void this.calls.push('maximize');
    setFullScreen = (on: boolean) => void this.calls.push(`fullScreen:${on}`);
    show = () => void this.calls.push('show');
    isDestroyed = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ ...this.bounds });
    loadURL = async (url: string) => void (this.loaded.url = url);
    loadFile = async (file: string) => void (this.loaded.file = file);
  }
  return { FakeWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}));

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tether-window-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const open = (overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) =>
  createMainWindow({
    target: { kind: 'file', file: '/app/out/renderer/index.html' },
    preloadPath: '/app/out/preload/index.cjs',
    state: { width: 1440, height: 900, maximized: false, fullScreen: false },
    dataDir,
    ...overrides,
  });

describe('createMainWindow (under a fake Electron)', () => {
  it('opens every renderer isolated, sandboxed, without Node, with web security and the bundled preload', () => {
    open();
    const prefs = FakeWindow.last.options.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(FakeWindow.last.options.show).toBe(false);
    FakeWindow.last.fire('ready-to-show');
    expect(FakeWindow.last.calls).toContain('show');
    expect(FakeWindow.last.loaded).toEqual({ file: '/app/out/renderer/index.html' });
  });

  it('restores geometry that fits the displays, drops an off-screen position, and re-maximizes', () => {
    open({ state: { x: 5000, y: 5000, width: 4000, height: 900, maximized: true, fullScreen: false } });
    expect(FakeWindow.last.options).toMatchObject({ width: 1920, height: 900 });
    expect(FakeWindow.last.options.x).toBeUndefined();
    expect(FakeWindow.last.calls).toEqual(['maximize']);
    open({ state: { x: 40, y: 60, width: 1200, height: 800, maximized: false, fullScreen: false } });
    expect(FakeWindow.last.options).toMatchObject({ x: 40, y: 60, width: 1200, height: 800 });
  });

  it('loads the dev server URL when the target is one', () => {
    open({ target: { kind: 'url', url: 'http://localhost:5173/' } });
    expect(FakeWindow.last.loaded).toEqual({ url: 'http://localhost:5173/' });
  });

  it('persists the geometry the window has when asked (e.g. on quit)', async () => {
    const handle = open();
    FakeWindow.last.bounds = { x: 12, y: 34, width: 1300, height: 700 };
    FakeWindow.last.fire('resize');
    await handle.saveState();
    const saved = JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
    expect(saved).toMatchObject({ x: 12, y: 34, width: 1300, height: 700, maximized: false });
  });
});
