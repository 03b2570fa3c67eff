import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TetherApi } from '../../src/preload/bridge/api';
import { SKIP_MESSAGE, findElectronBinary } from './electron-binary.mjs';

const root = resolve(__dirname, '..', '..');
const binary = findElectronBinary(root);
if (!binary.path) console.warn(`${SKIP_MESSAGE} (${binary.reason})`);

/** The page's globals these tests touch (this program has no DOM lib; the casts are erased). */
interface PageWindow {
  tether?: TetherApi;
  require?: unknown;
  process?: unknown;
  __inlineRan?: boolean;
  open(url: string): unknown;
  document: { createElement(tag: 'script'): { textContent: string }; head: { append(node: unknown): void } };
}

/** Frame summary the page hands back (the bytes themselves stay in the page). */
interface FrameSummary {
  seq: number;
  isUint8Array: boolean;
  soi: boolean;
  bytes: number;
}

describe.skipIf(!binary.path)('Electron shell', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'tether-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env))
      if (v !== undefined && k !== 'ELECTRON_RENDERER_URL') env[k] = v;
    app = await electron.launch({
      executablePath: binary.path!,
      // Chromium refuses to run its OS sandbox as root (CI containers); the renderer stays sandboxed in Electron's sense.
      // The app folder, as `electron .` runs it: package.json `main` → the thread-pool bootstrap → the bundle.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      cwd: root,
      env: {
        ...env,
        TETHER_USER_DATA: userData,
        TETHER_DRIVER: 'sim',
        TETHER_SERVER: 'off',
        TETHER_SESSION_ROOT: join(userData, 'sessions'),
      },
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('opens one hardened window showing the studio', async () => {
    expect(await page.title()).toBe('Tether Studio');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    const globals = await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      return {
        bridge: typeof w.tether,
        version: w.tether?.version,
        // contextBridge hands the page a frozen copy: the page cannot swap a method of the bridge.
        frozen: Object.isFrozen(w.tether),
        require: typeof w.require,
        process: typeof w.process,
      };
    });
    // No Node in the page (nodeIntegration off, context isolated); the bridge is the only way out.
    expect(globals).toEqual({
      bridge: 'object',
      version: 1,
      frozen: true,
      require: 'undefined',
      process: 'undefined',
    });
    mkdirSync(join(root, 'e2e/screenshots'), { recursive: true });
    await page.screenshot({ path: join(root, 'e2e/screenshots/electron-window.png') });
  });

  it('started through the CommonJS bootstrap, which sized the thread pool before the bundle loaded', async () => {
    expect(await app.evaluate(() => process.env.UV_THREADPOOL_SIZE)).toBe('8');
  });

  it('round-trips IPC: lists the simulated camera, rejects bad arguments as values', async () => {
    const cameras = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).tether!.studio.listCameras(),
    );
    expect(cameras.ok).toBe(true);
    expect(cameras.ok && cameras.value.map((c) => c.model)).toContain('ILCE-7M4');
    const bad = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).tether!.studio.connect(42 as unknown as string, 'remote'),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('streams live-view frames to the page as binary JPEG', async () => {
    const frames = await page.evaluate(async (): Promise<FrameSummary[]> => {
      const api = (globalThis as unknown as PageWindow).tether!;
      const listed = await api.studio.listCameras();
      if (!listed.ok || listed.value.length === 0) throw new Error('no camera');
      const camera = listed.value[0];
      if (!camera.connected || camera.mode !== 'remote') {
        const connected = await api.studio.connect(camera.id, 'remote');
        if (!connected.ok && connected.error.code !== 'ALREADY_CONNECTED')
          throw new Error(connected.error.message);
      }
      return new Promise<FrameSummary[]>((resolve, reject) => {
        const got: FrameSummary[] = [];
        const timer = setTimeout(() => reject(new Error(`only ${got.length} frames in 15 s`)), 15_000);
        const off = api.frames.subscribe(camera.id, (f) => {
          got.push({
            seq: f.seq,
            isUint8Array: f.jpeg instanceof Uint8Array,
            soi: f.jpeg[0] === 0xff && f.jpeg[1] === 0xd8,
            bytes: f.jpeg.byteLength,
          });
          if (got.length === 20) {
            clearTimeout(timer);
            off();
            resolve(got);
          }
        });
      });
    });
    expect(frames).toHaveLength(20);
    expect(frames.every((f) => f.isUint8Array && f.soi && f.bytes > 1000)).toBe(true);
    const seqs = frames.map((f) => f.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('enforces the CSP and blocks new windows', async () => {
    const inlineRan = await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      const script = w.document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      w.document.head.append(script);
      return w.__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    // about:blank: denied like any window.open, and not handed to the OS browser (only http(s) would be).
    expect(
      await page.evaluate(() => (globalThis as unknown as PageWindow).open('about:blank') === null),
    ).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('opens the live view alone in a second window with the same hardening and sender-checked IPC', async () => {
    const opened = app.waitForEvent('window');
    // What the toolbar's "Window" button (and View → Live View Window) asks for.
    await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow & { location: { pathname: string } };
      w.open(`${w.location.pathname}#live-only`);
    });
    const live = await opened;
    await live.getByTestId('live-only').waitFor();
    expect(await live.title()).toBe('Tether Studio — Live View');
    // The same hardening as the main window: no Node, a frozen context bridge, IPC that passes the sender check.
    const fromLive = await live.evaluate(async () => {
      const w = globalThis as unknown as PageWindow;
      return {
        require: typeof w.require,
        process: typeof w.process,
        frozen: Object.isFrozen(w.tether),
        cameras: await w.tether!.studio.listCameras(),
      };
    });
    expect([fromLive.require, fromLive.process, fromLive.frozen]).toEqual(['undefined', 'undefined', true]);
    expect(fromLive.cameras.ok).toBe(true);
    // Asked again: the same window comes forward, no third one.
    await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow & { location: { pathname: string } };
      w.open(`${w.location.pathname}#live-only`);
    });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
    await live.close();
  });
});
