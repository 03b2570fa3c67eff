/**
 * Helpers for the benchmarks that drive the browser UI (capture-to-screen, session-scale, card-scale,
 * cold-start): the renderer build, a studio with its server, page probes (paint times, DOM nodes, heap)
 * and keyboard browsing measured per animation frame. `run.mjs` skips `*-lib.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openStudioPage } from '../e2e/helpers/chromium';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { SimDriver, type SimDriverOptions } from '../src/main/camera/sim/sim-driver';
import { LogBuffer } from '../src/main/core/logger';
import { startServer, type RunningServer } from '../src/main/server/server';
import { percentile } from './bench-lib';

/** Builds the browser UI into out/renderer (what the server hosts). */
export async function buildUi(): Promise<void> {
  const { buildRenderer } = (await import(join(process.cwd(), 'scripts/renderer-build.mjs'))) as {
    buildRenderer(o: { quiet: boolean }): Promise<void>;
  };
  await buildRenderer({ quiet: true });
}

/** A studio over a SimDriver with the server and the built UI, in a temp folder (or `dataDir`). */
export interface UiStudio {
  studio: Studio;
  sim: SimDriver;
  server: RunningServer;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts a studio (simulated bodies, no auto-connect) and its server with the UI on an ephemeral port. */
export async function startUiStudio(
  options: { sim?: SimDriverOptions; dataDir?: string; keep?: boolean } = {},
): Promise<UiStudio> {
  const base = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'bench-ui-')));
  const sim = new SimDriver({ cameras: 1, connectDelayMs: 1, saveRoot: join(base, 'sim'), ...options.sim });
  const studio = await createStudio({
    dataDir: join(base, 'data'),
    sessionRoot: join(base, 'sessions'),
    driver: 'sim',
    driverInstance: sim,
    autoConnect: false,
    logs: new LogBuffer(200, null),
  });
  await studio.start();
  const server = await startServer(studio, { port: 0, rendererDir: resolve('out/renderer') });
  return {
    studio,
    sim,
    server,
    url: server.url,
    dataDir: join(base, 'data'),
    close: async () => {
      await server.close();
      await studio.stop();
      if (!options.keep) await rm(base, { recursive: true, force: true });
    },
  };
}

/** tsx (esbuild keepNames) wraps functions in `__name(...)`; page-side code needs a no-op stand-in. */
export const NAME_SHIM = 'globalThis.__name = (f) => f';

/** Opens the UI in a fresh page with the name shim (and any `scripts`) installed before any script runs. */
export async function openUi(browser: Browser, url: string, scripts: string[] = []): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await context.addInitScript(NAME_SHIM);
  for (const script of scripts) await context.addInitScript(script);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export { launchChromium, openStudioPage };

/** Elements in the document (what "DOM nodes" counts). */
export function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/** Live JS heap of the page after a forced GC, in MB (Chrome DevTools Protocol). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** Frame timing of a key held down: one keydown per animation frame, `frames` times. */
export interface KeyBrowse {
  /** Animation frames per second while browsing. */
  fps: number;
  /** 95th percentile of the time between animation frames, ms. */
  p95FrameMs: number;
  /** Longest frame, ms. */
  maxFrameMs: number;
  /** How many times the selection actually moved. */
  moves: number;
}

/**
 * Sends `key` once per animation frame for `frames` frames (as a held key repeats, but at display rate) and
 * records the frame intervals; the selection is read from the DOM (`[aria-selected=true][data-shot-id]`).
 */
export async function browseWithKey(page: Page, key: string, frames: number): Promise<KeyBrowse> {
  const r = await page.evaluate(
    ({ key, frames }) =>
      new Promise<{ times: number[]; moves: number }>((done) => {
        const times: number[] = [];
        let moves = 0;
        let last = document
          .querySelector('[data-shot-id][aria-selected="true"]')
          ?.getAttribute('data-shot-id');
        const step = (t: number) => {
          times.push(t);
          const now = document
            .querySelector('[data-shot-id][aria-selected="true"]')
            ?.getAttribute('data-shot-id');
          if (now && now !== last) moves++;
          last = now;
          if (times.length > frames) return done({ times, moves });
          window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    { key, frames },
  );
  const gaps = r.times.slice(1).map((t, i) => t - r.times[i]);
  const span = r.times[r.times.length - 1] - r.times[0];
  return {
    fps: (gaps.length * 1000) / span,
    p95FrameMs: percentile(gaps, 95),
    maxFrameMs: percentile(gaps, 100),
    moves: r.moves,
  };
}

/** Animation-frame rate of an idle page over `frames` frames: the display rate this browser achieves here. */
export async function idleFps(page: Page, frames = 120): Promise<number> {
  return page.evaluate(
    (frames) =>
      new Promise<number>((done) => {
        const times: number[] = [];
        const step = (t: number) => {
          times.push(t);
          if (times.length > frames) done((frames * 1000) / (times[times.length - 1] - times[0]));
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    frames,
  );
}
