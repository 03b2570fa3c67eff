/**
 * bench/liveview-ui — the browser UI's live view in Chromium at camera rate: frames/s drawn and
 * frame → canvas latency (driver timestamp → drawImage, p50/p95), against the Alpha API polling recipe
 * measured in the same run on the same server; plus propertyChanged → panel latency.
 * Settings: BENCH_LV_SECONDS (10), BENCH_PROP_CHANGES (20).
 */
import { join } from 'node:path';
import { launchChromium, openStudioPage } from '../e2e/helpers/chromium';
import { startTestStudio } from '../e2e/helpers/studio-server';
import { envInt, fmt, writeResult } from './bench-lib';
import {
  installPropertyProbe,
  measurePollingRecipe,
  measureUi,
  percentile,
  readPropertyProbe,
  shimNames,
} from './liveview-ui-lib';

const SECONDS = envInt('BENCH_LV_SECONDS', 10);
const CHANGES = envInt('BENCH_PROP_CHANGES', 20);

const { buildRenderer } = (await import(join(process.cwd(), 'scripts/renderer-build.mjs'))) as {
  buildRenderer(o: { quiet: boolean }): Promise<void>;
};
await buildRenderer({ quiet: true });
const studio = await startTestStudio();
const browser = await launchChromium();
const row = (name: string, fps: number, lat: number[]) =>
  `| ${name.padEnd(58)} | ${fmt(fps).padStart(6)} | ${fmt(percentile(lat, 50)).padStart(6)} | ${fmt(percentile(lat, 95)).padStart(6)} | ${fmt(percentile(lat, 100)).padStart(6)} |`;

try {
  const { page } = await openStudioPage(browser, studio.url);
  await page.getByTestId('connection-state').filter({ hasText: 'Connected' }).waitFor();
  const cameraId = (await studio.studio.cameras.list())[0].id;

  // Camera rate: frames the hub hands out during the UI measurement (an in-process consumer costs nothing).
  let produced = 0;
  const off = studio.studio.liveView.subscribe(cameraId, () => produced++);
  const t0 = Date.now();
  const ui = await measureUi(page, SECONDS * 1000);
  const cameraFps = (produced * 1000) / (Date.now() - t0);
  off();

  // Same, with every overlay on (grid, AF frame, peaking, zebra, histogram).
  for (const k of ['g', 'p', 'e']) await page.keyboard.press(k);
  const uiOverlays = await measureUi(page, SECONDS * 1000);
  for (const k of ['g', 'p', 'e']) await page.keyboard.press(k);

  // propertyChanged → panel: ISO changed through the REST API, alternating between two values.
  await page.getByRole('button', { name: 'Switch to PC Remote' }).click();
  await page.getByRole('button', { name: 'Switch to PC Remote' }).waitFor({ state: 'detached' });
  await shimNames(page);
  await installPropertyProbe(page, 'ISO', 'iso');
  const isoPath = `${studio.url}/api/cameras/${cameraId}/properties/iso`;
  const values = ['ISO 400', 'ISO 800'];
  for (let i = 0; i < CHANGES; i++) {
    await fetch(isoPath, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: values[i % 2] }),
    });
    await page.waitForFunction(
      (n) => (window as unknown as { __probe: { shown: number[] } }).__probe.shown.length >= n,
      i + 1,
    );
  }
  const probe = await readPropertyProbe(page);
  const propDeltas = probe.shown.map(
    (t, i) => t - (probe.events.filter((e) => e <= t).at(-1) ?? probe.events[i]),
  );

  // Baseline: the polling recipe, alone, in a fresh page (the UI page closed so they do not compete).
  await page.close();
  const ctx = await browser.newContext({ bypassCSP: true });
  const base = await ctx.newPage();
  await base.goto(`${studio.url}/api/server/status`);
  await shimNames(base);
  await fetch(`${studio.url}/api/cameras/${cameraId}/live-view/start`, { method: 'POST' });
  const baseline = await measurePollingRecipe(base, cameraId, SECONDS * 1000);

  console.log(
    `\nLive view in Chromium ${browser.version()} (headless, --disable-gpu), ${SECONDS} s per row, camera rate ${fmt(cameraFps)} fps\n`,
  );
  console.log(`| ${'path'.padEnd(58)} |  fps   |  p50   |  p95   |  max   |`);
  console.log(`| ${'-'.repeat(58)} | -----: | -----: | -----: | -----: |`);
  console.log(row('UI: MJPEG fetch stream → createImageBitmap → canvas', ui.fps, ui.latencies));
  console.log(
    row('UI, all overlays on (grid, AF, peaking, zebra, histogram)', uiOverlays.fps, uiOverlays.latencies),
  );
  console.log(
    row('baseline: Alpha recipe, poll /live-view/frame every 66 ms', baseline.fps, baseline.latencies),
  );
  console.log(
    `\nframes dropped by the UI (newer frame arrived during a decode): ${ui.dropped}, with overlays: ${uiOverlays.dropped}`,
  );
  console.log(
    `propertyChanged → panel shows the new ISO (${propDeltas.length} changes): p50 ${fmt(percentile(propDeltas, 50))} ms, p95 ${fmt(percentile(propDeltas, 95))} ms, max ${fmt(percentile(propDeltas, 100))} ms (goal < 100 ms)`,
  );
  console.log(
    `goal: camera rate (${fmt(cameraFps)}) with p95 < 50 ms → UI ${fmt(ui.fps)} fps, p95 ${fmt(percentile(ui.latencies, 95))} ms`,
  );
  writeResult('liveview-ui', {
    chromium: browser.version(),
    seconds: SECONDS,
    cameraFps,
    ui: {
      fps: ui.fps,
      p50: percentile(ui.latencies, 50),
      p95: percentile(ui.latencies, 95),
      max: percentile(ui.latencies, 100),
      dropped: ui.dropped,
    },
    uiOverlays: {
      fps: uiOverlays.fps,
      p50: percentile(uiOverlays.latencies, 50),
      p95: percentile(uiOverlays.latencies, 95),
    },
    baseline: {
      fps: baseline.fps,
      p50: percentile(baseline.latencies, 50),
      p95: percentile(baseline.latencies, 95),
    },
    propertyChanged: {
      n: propDeltas.length,
      p50: percentile(propDeltas, 50),
      p95: percentile(propDeltas, 95),
      max: percentile(propDeltas, 100),
    },
  });
} finally {
  await browser.close();
  await studio.stop();
}
