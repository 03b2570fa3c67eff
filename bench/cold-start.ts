/**
 * bench/cold-start — from nothing running to the first live-view frame on screen. (1) `serve`: the process
 * `npm run serve` starts (`bin/tether-studio.cjs serve`, default driver, a fresh data folder) is spawned;
 * as soon as it prints its URL an already-open Chromium tab loads the page, which auto-connects the body and
 * starts live view; stop = the page has drawn its first live-view frame (`__tetherStats`). (2) Electron:
 * the app's main (`electron .`) to the first frame drawn in its window; skipped, saying so, when the
 * Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD). Goal < 2.5 s each. Baseline in the same
 * run: a bare `node -e 0` start, and the serve process's own start → "serving" line.
 * The studio bundle (out/main, which `serve` runs when fresh) and the renderer are built beforehand (not
 * counted: `npm run serve` only rebuilds them when stale).
 * Settings: BENCH_COLD_RUNS (5).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type Browser, type Page } from 'playwright-core';
import { findElectronBinary } from '../e2e/electron/electron-binary.mjs';
import { envInt, fmtSpread, printGoals, spread, writeResult, type GoalRow } from './bench-lib';
import { serveBuildIsFresh } from '../bin/serve-build.mjs';
import { buildServe } from '../scripts/serve-build.mjs';
import { buildUi, launchChromium, NAME_SHIM } from './ui-lib';

const RUNS = envInt('BENCH_COLD_RUNS', 5);
const GOAL_MS = 2500;
const root = resolve('.');

/** Waits (bounded) until the page has drawn a live-view frame. */
const FIRST_FRAME = () => (window.__tetherStats?.distinctFramesDrawn ?? 0) >= 1;

interface ServeRun {
  /** Spawn → first live-view frame drawn in the page, ms. */
  frame: number;
  /** Spawn → the "serving on" line, ms. */
  listening: number;
  /** Spawn → the page loaded (its `load` event), ms. */
  loaded: number;
  /** Spawn → the page shows the body connected, ms. */
  connected: number;
}

async function serveOnce(browser: Browser): Promise<ServeRun> {
  const data = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  // The browser window is open before the studio starts, as the user's is; Playwright's fresh context and
  // tab (400–800 ms here) are not part of what the photographer waits for.
  const page = await blankPage(browser);
  await quietMachine();
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/tether-studio.cjs', 'serve', '--port', '0', '--data-dir', data],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TETHER_LOG_LEVEL: 'error' } },
  );
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`serve printed no URL in 30 s: ${out}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /serving on (http:\/\/\S+?)\/?(\s|$)/.exec(out);
        if (m) {
          clearTimeout(timer);
          done(m[1]);
        }
      });
      child.once('exit', (code) => fail(new Error(`serve exited (${code}) before listening: ${out}`)));
    });
    const listening = performance.now() - t0;
    await page.goto(url);
    const loaded = performance.now() - t0;
    await page.getByTestId('connection-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    const connected = performance.now() - t0;
    await page.waitForFunction(FIRST_FRAME, undefined, { timeout: 30_000, polling: 'raf' });
    const frame = performance.now() - t0;
    return { frame, listening, loaded, connected };
  } finally {
    await page.context().close();
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(data, { recursive: true, force: true });
  }
}

/** CPU time (busy, total) of all cores so far, in clock ticks (Linux /proc/stat; zeros elsewhere). */
function cpuTicks(): { busy: number; total: number } {
  if (!existsSync('/proc/stat')) return { busy: 0, total: 0 };
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = fields.map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - (n[4] ?? 0), total };
}

/**
 * Waits (at most 5 s) until the machine is quiet: a 100 ms window under 10 % busy, so a start is not
 * measured while the previous run's processes or the new tab are still winding down or up.
 */
async function quietMachine(): Promise<void> {
  const until = performance.now() + 5000;
  while (performance.now() < until) {
    const a = cpuTicks();
    await new Promise((r) => setTimeout(r, 100));
    const b = cpuTicks();
    if (b.total === a.total || (b.busy - a.busy) / (b.total - a.total) < 0.1) return;
  }
}

/** A fresh context's empty tab (the name shim installed), ready to load the studio's URL. */
async function blankPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  await context.addInitScript(NAME_SHIM);
  return context.newPage();
}

/** Electron main → first live-view frame drawn in its window, ms. */
async function electronOnce(binary: string): Promise<number> {
  const userData = mkdtempSync(join(tmpdir(), 'bench-cold-electron-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && k !== 'ELECTRON_RENDERER_URL') env[k] = v;
  const t0 = performance.now();
  const app = await electron.launch({
    executablePath: binary,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    cwd: root,
    env: { ...env, TETHER_USER_DATA: userData, TETHER_SERVER: 'off' },
    timeout: 60_000,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForFunction(FIRST_FRAME, undefined, { timeout: 30_000, polling: 'raf' });
    return performance.now() - t0;
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

function nodeStart(): number {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - t0;
}

// What `npm run serve` does before it starts (not counted): the studio bundle and the UI, when stale.
if (!serveBuildIsFresh(root)) buildServe();
await buildUi();
console.log(`cold-start: ${RUNS} runs each; times in ms from the process spawn`);
const goals: GoalRow[] = [];
const browser = await launchChromium();
const serveRuns: ServeRun[] = [];
const bare: number[] = [];
try {
  await serveOnce(browser); // warm-up: the OS file cache holds the modules afterwards, as on a used machine
  for (let i = 0; i < RUNS; i++) {
    bare.push(nodeStart());
    const r = await serveOnce(browser);
    serveRuns.push(r);
    console.log(
      `  serve run ${i + 1}: listening ${r.listening.toFixed(0)} ms, page loaded ${r.loaded.toFixed(0)} ms, connected ${r.connected.toFixed(0)} ms, first frame ${r.frame.toFixed(0)} ms`,
    );
  }
} finally {
  await browser.close();
}
const frame = spread(serveRuns.map((r) => r.frame));
goals.push({
  goal: `serve → first live-view frame on screen (Chromium) < ${GOAL_MS} ms`,
  figure: fmtSpread(frame, 0, 'ms'),
  baseline: `on the way: listening ${fmtSpread(
    serveRuns.map((r) => r.listening),
    0,
    'ms',
  )}, page loaded ${fmtSpread(
    serveRuns.map((r) => r.loaded),
    0,
    'ms',
  )}, connected ${fmtSpread(
    serveRuns.map((r) => r.connected),
    0,
    'ms',
  )}; bare node ${fmtSpread(bare, 0, 'ms')}`,
  met: frame.median < GOAL_MS,
});

const binary = findElectronBinary(root);
let electronRuns: number[] = [];
if (!binary.path) {
  console.log(`  electron: skipped — Electron binary not installed (${binary.reason})`);
  goals.push({
    goal: `Electron main → first live-view frame in the window < ${GOAL_MS} ms`,
    figure: `skipped: ${binary.reason}`,
    baseline: '—',
    met: null,
  });
} else {
  const built = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('electron-vite build failed');
  await electronOnce(binary.path); // warm-up
  for (let i = 0; i < RUNS; i++) electronRuns.push(await electronOnce(binary.path));
  electronRuns = electronRuns.map((ms) => Math.round(ms));
  const e = spread(electronRuns);
  goals.push({
    goal: `Electron main → first live-view frame in the window < ${GOAL_MS} ms`,
    figure: fmtSpread(e, 0, 'ms'),
    baseline: `bare node ${fmtSpread(bare, 0, 'ms')}`,
    met: e.median < GOAL_MS,
  });
}
printGoals('cold-start goals', goals);
writeResult('cold-start', { serve: serveRuns, bareNode: bare, electron: electronRuns, goals });
process.exit(0);
