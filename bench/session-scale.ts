/**
 * bench/session-scale — a day's shoot at scale. (1) A session grown to SHOTS (5,000 with --full) shots through the real import
 * path (simulator shutter fast-forwarded: the body's host write is a file copy, then driver
 * `downloadComplete` → AutoImport → TransferQueue → SessionService): per-shot import cost around shot 100
 * (the same run's baseline) and around the last shot. (2) That session opened in the browser UI: first paint
 * of the filmstrip and its first screen of thumbnails, DOM nodes, JS heap and arrow-key browsing, against a
 * 400-shot session in the same run. (3) Studio start with 50 sessions × 2,000 shots against an empty studio.
 * Settings: BENCH_SCALE_SHOTS (1000; the 5,000 with --full), BENCH_SCALE_SESSIONS (50), BENCH_SCALE_SESSION_SHOTS (2000),
 * BENCH_SCALE_PARTS (import,ui,start), BENCH_RUNS (3).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RUNS,
  envInt,
  field,
  fmt,
  fmtSpread,
  median,
  printGoals,
  repeat,
  sized,
  writeResult,
  type GoalRow,
} from './bench-lib';
import { importShots, writeSampleJpeg, writeSyntheticSessions } from './scale-lib';
import { WARM, measureSession, startOnce, warmThumbnails, type UiFigures } from './session-scale-lib';
import { buildUi, idleFps, launchChromium, openUi, startUiStudio, type UiStudio } from './ui-lib';

const SHOTS = sized('BENCH_SCALE_SHOTS', 1000, 5000);
const SESSIONS = envInt('BENCH_SCALE_SESSIONS', 50);
const SESSION_SHOTS = envInt('BENCH_SCALE_SESSION_SHOTS', 2000);
const PARTS = (process.env.BENCH_SCALE_PARTS ?? 'import,ui,start').split(',');
/** The baseline session: the 400 shots the issue measured 2,592 DOM nodes for before virtualisation. */
const SMALL = 400;
const WINDOW = 100;
const goals: GoalRow[] = [];
const results: Record<string, unknown> = { shots: SHOTS, runs: RUNS };

/** Median per-shot figure in the window of WINDOW shots ending at shot `at` (1-based). */
const around = (list: number[], at: number) =>
  median(list.slice(Math.max(0, at - WINDOW / 2), Math.min(list.length, at + WINDOW / 2)));

/** One run: a SMALL-shot session and a SHOTS-shot session imported into a fresh studio. */
async function importRun(
  run: number,
  keep: boolean,
): Promise<{ ui: UiStudio; wall: number[]; cpu: number[] }> {
  const ui = await startUiStudio({ keep: false });
  const [cam] = await ui.studio.cameras.list();
  const sample = join(ui.dataDir, 'sample.jpg');
  const bytes = await writeSampleJpeg(sample);
  await ui.studio.sessions.create(`scale-${SMALL}`);
  await importShots(ui.studio, ui.sim, cam.id, sample, SMALL, 1);
  await ui.studio.sessions.create(`scale-${SHOTS}`);
  const t0 = performance.now();
  const { wallMs, cpuMs } = await importShots(ui.studio, ui.sim, cam.id, sample, SHOTS, SMALL + 1);
  const secs = (performance.now() - t0) / 1000;
  const marks = [...new Set([100, 1000, 2000, 3000, 4000, SHOTS])].filter((m) => m <= SHOTS);
  console.log(
    `  run ${run + 1}: ${SHOTS} shots of ${fmt(bytes / 1e6, 2)} MB in ${fmt(secs, 1)} s; median import ms around shot ` +
      marks.map((m) => `${m}: ${fmt(around(wallMs, m), 2)}`).join(', ') +
      `; CPU ms around 100: ${fmt(around(cpuMs, 100), 2)}, ${SHOTS}: ${fmt(around(cpuMs, SHOTS), 2)}`,
  );
  if (!keep) {
    await ui.close();
  }
  return { ui, wall: wallMs, cpu: cpuMs };
}

async function importPart(): Promise<UiStudio | null> {
  console.log(`\n1. Import through the real path, ${SHOTS} shots per run, ${RUNS} run(s)`);
  const wantUi = PARTS.includes('ui');
  let kept: UiStudio | null = null;
  const runs = await repeat(RUNS, async (i) => {
    const r = await importRun(i, wantUi && i === RUNS - 1);
    if (wantUi && i === RUNS - 1) kept = r.ui;
    return r;
  });
  const at100 = field(runs, (r) => around(r.wall, 100));
  const atEnd = field(runs, (r) => around(r.wall, SHOTS));
  const ratio = field(runs, (r) => around(r.wall, SHOTS) / around(r.wall, 100));
  const cpuRatio = field(runs, (r) => around(r.cpu, SHOTS) / around(r.cpu, 100));
  results.import = { at100, atEnd, ratio, cpuRatio };
  goals.push({
    goal: `per-shot import cost at shot ${SHOTS} ≤ 1.2× at shot 100 (wall, median of ${WINDOW} shots)`,
    figure: `${fmtSpread(atEnd, 2, 'ms')} → ${fmtSpread(ratio, 2)}×`,
    baseline: `at shot 100: ${fmtSpread(at100, 2, 'ms')}`,
    met: ratio.median <= 1.2,
  });
  goals.push({
    goal: `per-shot import CPU at shot ${SHOTS} ≤ 1.2× at shot 100`,
    figure: `${fmtSpread(cpuRatio, 2)}×`,
    baseline: `CPU at shot 100: ${fmtSpread(
      field(runs, (r) => around(r.cpu, 100)),
      2,
      'ms',
    )}`,
    met: cpuRatio.median <= 1.2,
  });
  return kept;
}

async function uiPart(ui: UiStudio): Promise<void> {
  console.log(
    `\n2. The sessions in the browser UI (Chromium), ${RUNS} page load(s) each; the newest ${WARM} thumbnails exist already`,
  );
  await buildUi();
  const browser = await launchChromium();
  try {
    const sessions = ui.studio.sessions.list();
    const small = sessions.find((s) => s.name === `scale-${SMALL}`);
    const big = sessions.find((s) => s.name === `scale-${SHOTS}`);
    if (!small || !big) throw new Error('the imported sessions are missing');
    await warmThumbnails(ui, small.id);
    await warmThumbnails(ui, big.id);
    const probe = await openUi(browser, ui.url);
    const display = await idleFps(probe);
    await probe.context().close();
    const runsSmall: UiFigures[] = [];
    const runsBig: UiFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      runsSmall.push(await measureSession(browser, ui, small.id));
      runsBig.push(await measureSession(browser, ui, big.id));
    }
    const row = (name: string, r: UiFigures[]) =>
      console.log(
        `  ${name}: strip on screen ${fmtSpread(
          field(r, (x) => x.shownMs),
          0,
          'ms',
        )} (drawn in the frame of ${fmtSpread(
          field(r, (x) => x.stripMs),
          0,
          'ms',
        )}), first thumbnails ${fmtSpread(
          field(r, (x) => x.thumbsMs),
          0,
          'ms',
        )} (${r[0].visible} visible), ` +
          `DOM ${fmtSpread(
            field(r, (x) => x.nodes),
            0,
          )} → ${fmtSpread(
            field(r, (x) => x.nodesAfter),
            0,
          )} after browsing, ` +
          `heap ${fmtSpread(
            field(r, (x) => x.heap),
            1,
            'MB',
          )} → ${fmtSpread(
            field(r, (x) => x.heapAfter),
            1,
            'MB',
          )}, ` +
          `arrow keys ${fmtSpread(
            field(r, (x) => x.fps),
            1,
            'fps',
          )} (p95 frame ${fmtSpread(
            field(r, (x) => x.p95FrameMs),
            1,
            'ms',
          )}, ${r[0].moves} moves)`,
      );
    console.log(
      `  idle page animation frames: ${fmt(display, 1)} fps (what this headless Chromium achieves here)`,
    );
    row(`${SMALL} shots`, runsSmall);
    row(`${SHOTS} shots`, runsBig);
    const b = (pick: (x: UiFigures) => number) => field(runsBig, pick);
    const s = (pick: (x: UiFigures) => number) => field(runsSmall, pick);
    results.ui = { display, small: runsSmall, big: runsBig };
    goals.push({
      goal: `open the ${SHOTS}-shot session: first paint < 1 s`,
      figure: `strip on screen ${fmtSpread(
        b((x) => x.shownMs),
        0,
        'ms',
      )}; thumbnails ${fmtSpread(
        b((x) => x.thumbsMs),
        0,
        'ms',
      )}`,
      baseline: `${SMALL} shots: strip on screen ${fmtSpread(
        s((x) => x.shownMs),
        0,
        'ms',
      )}; thumbnails ${fmtSpread(
        s((x) => x.thumbsMs),
        0,
        'ms',
      )}`,
      met: b((x) => x.shownMs).median < 1000,
    });
    const nodesBig = Math.max(b((x) => x.nodes).max, b((x) => x.nodesAfter).max);
    const nodesSmall = Math.max(s((x) => x.nodes).max, s((x) => x.nodesAfter).max);
    goals.push({
      goal: 'DOM nodes bounded independent of shot count',
      figure: `${nodesBig} (${SHOTS} shots, max over runs, after browsing)`,
      baseline: `${nodesSmall} (${SMALL} shots)`,
      met: nodesBig <= nodesSmall * 1.1 + 20,
    });
    goals.push({
      goal: 'JS heap bounded independent of shot count',
      figure: `${fmtSpread(
        b((x) => x.heapAfter),
        1,
        'MB',
      )} (${SHOTS} shots, after browsing)`,
      baseline: `${fmtSpread(
        s((x) => x.heapAfter),
        1,
        'MB',
      )} (${SMALL} shots)`,
      met: b((x) => x.heapAfter).median <= s((x) => x.heapAfter).median * 1.5,
    });
    goals.push({
      goal: 'arrow-key browsing at 60 fps (one keydown per frame)',
      figure: `${fmtSpread(
        b((x) => x.fps),
        1,
        'fps',
      )}, p95 frame ${fmtSpread(
        b((x) => x.p95FrameMs),
        1,
        'ms',
      )}`,
      baseline: `${SMALL} shots: ${fmtSpread(
        s((x) => x.fps),
        1,
        'fps',
      )}; idle page ${fmt(display, 1)} fps`,
      met: b((x) => x.fps).median >= Math.min(58, display * 0.95),
    });
  } finally {
    await browser.close();
  }
}

async function startPart(): Promise<void> {
  console.log(
    `\n3. Studio start with ${SESSIONS} sessions × ${SESSION_SHOTS} shots (createStudio → start() resolved)`,
  );
  const base = await mkdtemp(join(tmpdir(), 'bench-start-'));
  try {
    const big = join(base, 'big');
    await writeSyntheticSessions(join(big, 'data'), join(big, 'sessions'), SESSIONS, SESSION_SHOTS);
    const first = await startOnce(join(big, 'data'), join(big, 'sessions'));
    const starts = await repeat(RUNS, () => startOnce(join(big, 'data'), join(big, 'sessions')));
    const empty = await repeat(RUNS, (i) =>
      startOnce(join(base, `empty-${i}`, 'data'), join(base, `empty-${i}`, 's')),
    );
    console.log(
      `  first start over the previous release's files: ${fmt(first, 0)} ms; then ${fmtSpread(starts, 0, 'ms')}; empty studio ${fmtSpread(empty, 0, 'ms')}`,
    );
    results.start = { first, starts, empty };
    goals.push({
      goal: `studio start with ${SESSIONS} sessions × ${SESSION_SHOTS} shots < 1.5 s`,
      figure: `${fmtSpread(starts, 0, 'ms')} (first start, over old files: ${fmt(first, 0)} ms)`,
      baseline: `empty studio: ${fmtSpread(empty, 0, 'ms')}`,
      met: median(starts) < 1500,
    });
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

let ui: UiStudio | null = null;
if (PARTS.includes('import')) ui = await importPart();
if (ui && PARTS.includes('ui')) {
  try {
    await uiPart(ui);
  } finally {
    await ui.close();
  }
}
if (PARTS.includes('start')) await startPart();
printGoals('session-scale goals', goals);
writeResult('session-scale', { ...results, goals });
process.exit(0);
