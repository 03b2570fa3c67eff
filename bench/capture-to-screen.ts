/**
 * bench/capture-to-screen — shutter → the new thumbnail visible in the browser UI's filmstrip (Chromium,
 * the real headless studio, simulated ILCE-7M4, live view running), p50/p95 over BENCH_C2S_SHOTS shots, for
 * JPEG and for RAW+JPEG (both thumbnails of the pair). Baseline in the same run, per shot: shutter → the
 * studio's `downloadComplete` (the file final in the session); the UI's share is the difference. Shutter =
 * a plain release (no AF wait) through the studio's capture service; "visible" = the thumbnail image
 * loaded and the next animation frame reached, stamped in the page on the same clock.
 * Settings: BENCH_C2S_SHOTS (30; the 50 with --full), BENCH_RUNS (3), BENCH_C2S_LIVE_DIVISOR (1: the
 * body's live view at full rate; 30 slows it to 1 fps, to measure what the live view costs the UI's share).
 */
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import {
  RUNS,
  envInt,
  fmtSpread,
  percentile,
  printGoals,
  repeat,
  sized,
  sleep,
  spread,
  writeResult,
  type GoalRow,
} from './bench-lib';
import { buildUi, launchChromium, openUi, startUiStudio, type UiStudio } from './ui-lib';

const SHOTS = sized('BENCH_C2S_SHOTS', 30, 50);
const LIVE_DIVISOR = envInt('BENCH_C2S_LIVE_DIVISOR', 1);

/** Stamps, in the page, when each filmstrip thumbnail (by file name) has loaded and been painted. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, number> };
    w.__seen = {};
    const mark = (li: Element) => {
      const name = li.querySelector('.strip__name')?.textContent;
      const img = li.querySelector('img');
      if (!name || !img || w.__seen[name] || img.dataset.probe) return;
      img.dataset.probe = '1';
      const done = () =>
        requestAnimationFrame(() => {
          w.__seen[name] ??= performance.timeOrigin + performance.now();
        });
      if (img.complete && img.naturalWidth > 0) done();
      else img.addEventListener('load', done, { once: true });
    };
    new MutationObserver(() => document.querySelectorAll('li[data-shot-id]').forEach(mark)).observe(
      document.body,
      { subtree: true, childList: true },
    );
  });
}

/** Epoch ms at which the page showed each of `names` (waits up to 20 s). */
async function shownAt(page: Page, names: string[]): Promise<number[]> {
  const handle = await page.waitForFunction(
    (names) => {
      const seen = (window as unknown as { __seen: Record<string, number> }).__seen;
      return names.every((n) => seen[n]) ? names.map((n) => seen[n]) : false;
    },
    names,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number[];
}

interface Shot {
  /** Shutter → last downloadComplete of the shot, ms. */
  dc: number;
  /** Shutter → last thumbnail of the shot visible, ms. */
  screen: number;
}

async function shoot(ui: UiStudio, page: Page, cameraId: string, files: number): Promise<Shot> {
  const names: string[] = [];
  const dcAt: number[] = [];
  const off = ui.studio.bus.on('downloadComplete', (e) => {
    if (e.cameraId !== cameraId) return;
    // `filename` is the full host path (as the Alpha server sends it); the strip shows the base name.
    names.push(basename(e.savedPath));
    dcAt.push(Date.now());
  });
  try {
    const t0 = Date.now();
    await ui.studio.capture.capture(cameraId, { autofocus: false });
    while (names.length < files) await sleep(5);
    // A RAW+JPEG pair is one tile in the strip, shown by its JPEG (issue 11): its tile is what appears.
    const tiles = names.filter((n) => !/\.arw$/i.test(n) || !names.some((m) => /\.jpe?g$/i.test(m)));
    const shown = await shownAt(page, tiles);
    return { dc: Math.max(...dcAt) - t0, screen: Math.max(...shown) - t0 };
  } finally {
    off();
  }
}

interface Series {
  dc: number[];
  screen: number[];
  added: number[];
}

async function series(format: 'jpeg' | 'raw-jpeg'): Promise<Series> {
  const ui = await startUiStudio();
  const browser = await launchChromium();
  try {
    const [cam] = await ui.studio.cameras.list();
    await ui.studio.cameras.connect(cam.id, 'remote');
    await ui.studio.properties.setPriorityKey(cam.id, 'pc-remote');
    await ui.studio.properties.set(cam.id, 'file-format', format);
    if (LIVE_DIVISOR > 1) ui.sim.faults(cam.id).slowFrames(LIVE_DIVISOR);
    const page = await openUi(browser, ui.url);
    await page.getByTestId('connection-state').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => (window.__tetherStats?.distinctFramesDrawn ?? 0) > 5, undefined, {
      timeout: 30_000,
    });
    await installProbe(page);
    const files = format === 'jpeg' ? 1 : 2;
    await shoot(ui, page, cam.id, files); // warm-up (first render, first thumbnail), not counted
    const shots: Shot[] = [];
    for (let i = 0; i < SHOTS; i++) {
      shots.push(await shoot(ui, page, cam.id, files));
      await sleep(100);
    }
    return {
      dc: shots.map((s) => s.dc),
      screen: shots.map((s) => s.screen),
      added: shots.map((s) => s.screen - s.dc),
    };
  } finally {
    await browser.close();
    await ui.close();
  }
}

await buildUi();
console.log(
  `capture-to-screen: ${SHOTS} shots per series, ${RUNS} run(s) per format; times in ms from the shutter` +
    (LIVE_DIVISOR > 1 ? `; the body's live view slowed ${LIVE_DIVISOR}× (BENCH_C2S_LIVE_DIVISOR)` : ''),
);
const goals: GoalRow[] = [];
const results: Record<string, unknown> = {};
for (const [format, label, goal] of [
  ['jpeg', 'JPEG', 300],
  ['raw-jpeg', 'RAW+JPEG', 500],
] as const) {
  const runs = await repeat(RUNS, async (i) => {
    const s = await series(format);
    const q = (list: number[], p: number) => percentile(list, p).toFixed(0);
    console.log(
      `  ${label} run ${i + 1}: screen p50 ${q(s.screen, 50)} p95 ${q(s.screen, 95)}; downloadComplete p50 ${q(s.dc, 50)} p95 ${q(s.dc, 95)}; UI adds p50 ${q(s.added, 50)} p95 ${q(s.added, 95)}`,
    );
    return s;
  });
  const p = (pick: (s: Series) => number[], q: number) => spread(runs.map((r) => percentile(pick(r), q)));
  results[format] = runs;
  goals.push({
    goal: `${label}: shutter → thumbnail visible, p95 < ${goal} ms`,
    figure: `p95 ${fmtSpread(
      p((s) => s.screen, 95),
      0,
      'ms',
    )}, p50 ${fmtSpread(
      p((s) => s.screen, 50),
      0,
      'ms',
    )}`,
    baseline: `downloadComplete p95 ${fmtSpread(
      p((s) => s.dc, 95),
      0,
      'ms',
    )}, p50 ${fmtSpread(
      p((s) => s.dc, 50),
      0,
      'ms',
    )}`,
    met: p((s) => s.screen, 95).median < goal,
  });
  goals.push({
    goal: `${label}: the UI adds < 100 ms to downloadComplete (p95 of the per-shot difference)`,
    figure: `p95 ${fmtSpread(
      p((s) => s.added, 95),
      0,
      'ms',
    )}, p50 ${fmtSpread(
      p((s) => s.added, 50),
      0,
      'ms',
    )}`,
    baseline: 'shutter → downloadComplete (above)',
    met: p((s) => s.added, 95).median < 100,
  });
}
printGoals('capture-to-screen goals', goals);
writeResult('capture-to-screen', { shots: SHOTS, ...results, goals });
process.exit(0);
