/**
 * bench/multi-body — 1, 2 and 4 bodies streaming live view at once through the studio (driver → LiveViewHub
 * → one consumer per body), on the simulator and on the CRSDK stand-in (the real koffi bridge and driver over
 * the stand-in SDK). Per configuration: frames/s of every body and the whole process's CPU per frame
 * (user + system, all threads, divided by the frames of all bodies). Goals: every body keeps the rate one
 * body alone reaches in the same run (≥ 90 %), and CPU per frame ≤ 1.5 ms on the stand-in path. The sim's
 * figure is reported for reference (its JPEG rendering of the scene dominates, which a real body does in
 * its own hardware). Baseline in the same run: the same bodies connected with live view off (CPU per second).
 * Settings: BENCH_MB_BODIES (1,2,4), BENCH_MB_SECONDS (4), BENCH_MB_PATHS (sim,standin), BENCH_RUNS (3).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNative } from '../native/build.mjs';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { LogBuffer } from '../src/main/core/logger';
import {
  RUNS,
  cpuMsSince,
  envInt,
  field,
  fmtSpread,
  printGoals,
  repeat,
  sleep,
  writeResult,
  type GoalRow,
} from './bench-lib';

const BODIES = (process.env.BENCH_MB_BODIES ?? '1,2,4')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SECONDS = envInt('BENCH_MB_SECONDS', 4);
const PATHS = (process.env.BENCH_MB_PATHS ?? 'sim,standin').split(',') as Path[];
const MAX = Math.max(...BODIES);
/** CPU per frame the stand-in path must stay under, per body (issue 15). */
const GOAL_CPU_MS = 1.5;
/** A body "keeps its rate" when it streams at least this share of what one body alone does. */
const KEEP = 0.9;

type Path = 'sim' | 'standin';

interface Round {
  /** Frames/s of each body. */
  fps: number[];
  /** Process CPU per frame (all bodies' frames), ms. */
  cpuMsPerFrame: number;
  /** Process CPU per second with the same bodies connected and live view off, ms. */
  idleCpuMsPerS: number;
}

async function openStudio(path: Path, dir: string): Promise<Studio> {
  if (path === 'standin') process.env.TETHER_STANDIN_CAMERAS = String(MAX); // read at SDK init
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: path === 'sim' ? 'sim' : 'crsdk',
    simCameras: MAX,
    simOptions: { connectDelayMs: 1, saveRoot: join(dir, 'sim') },
    autoConnect: false,
    logs: new LogBuffer(200, null),
  });
  await studio.start();
  return studio;
}

/** `n` bodies connected: idle CPU for a while, then all streaming for SECONDS. */
async function round(studio: Studio, n: number): Promise<Round> {
  const ids = (await studio.cameras.list()).slice(0, n).map((c) => c.id);
  if (ids.length < n) throw new Error(`only ${ids.length} bodies listed, ${n} wanted`);
  for (const id of ids) await studio.cameras.connect(id, 'remote');
  try {
    await sleep(300);
    const idle0 = process.cpuUsage();
    const idleT = performance.now();
    await sleep(1000);
    const idleCpuMsPerS = cpuMsSince(idle0) / ((performance.now() - idleT) / 1000);

    const counts = ids.map(() => 0);
    const started: (() => void)[] = [];
    const firsts = ids.map(() => new Promise<void>((r) => started.push(r)));
    const offs = ids.map((id, i) =>
      studio.liveView.subscribe(id, () => {
        counts[i]++;
        started[i]();
      }),
    );
    try {
      await Promise.all(firsts);
      await sleep(500); // every stream past its start-up
      const base = [...counts];
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await sleep(SECONDS * 1000);
      const cpu = cpuMsSince(cpu0);
      const secs = (performance.now() - t0) / 1000;
      const frames = counts.map((c, i) => c - base[i]);
      const total = frames.reduce((a, b) => a + b, 0);
      return {
        fps: frames.map((f) => f / secs),
        cpuMsPerFrame: cpu / Math.max(1, total),
        idleCpuMsPerS,
      };
    } finally {
      offs.forEach((off) => off());
    }
  } finally {
    for (const id of ids) await studio.cameras.disconnect(id).catch(() => undefined);
  }
}

if (PATHS.includes('standin')) await buildNative({ quiet: true });
console.log(
  `multi-body: ${BODIES.join('/')} bodies, ${SECONDS} s streaming per round, ${RUNS} run(s); paths ${PATHS.join(', ')}`,
);
const goals: GoalRow[] = [];
const results: Record<string, unknown> = { seconds: SECONDS, runs: RUNS };
for (const path of PATHS) {
  const dir = await mkdtemp(join(tmpdir(), `bench-mb-${path}-`));
  const studio = await openStudio(path, dir);
  try {
    const byN = new Map<number, Round[]>(BODIES.map((n) => [n, []]));
    // Rounds interleave the body counts so a slow patch of the machine does not land on one count only.
    await repeat(RUNS, async () => {
      for (const n of BODIES) {
        const r = await round(studio, n);
        byN.get(n)!.push(r);
        console.log(
          `  ${path} ${n} bod${n === 1 ? 'y' : 'ies'}: ${r.fps.map((f) => f.toFixed(1)).join(' / ')} fps; CPU ${r.cpuMsPerFrame.toFixed(2)} ms/frame; idle ${r.idleCpuMsPerS.toFixed(1)} ms/s`,
        );
      }
    });
    const soloFps = field(byN.get(BODIES[0])!, (r) => r.fps[0]).median;
    for (const n of BODIES) {
      const rs = byN.get(n)!;
      const slowest = field(rs, (r) => Math.min(...r.fps));
      const cpu = field(rs, (r) => r.cpuMsPerFrame);
      const idle = field(rs, (r) => r.idleCpuMsPerS);
      results[`${path}${n}`] = rs;
      goals.push({
        goal: `${path}, ${n} bod${n === 1 ? 'y' : 'ies'}: every body keeps its rate (≥ ${KEEP * 100} % of one body alone)`,
        figure: `slowest body ${fmtSpread(slowest, 1, 'fps')}`,
        baseline: `one body alone ${soloFps.toFixed(1)} fps`,
        met: n === BODIES[0] ? null : slowest.median >= KEEP * soloFps,
      });
      goals.push({
        goal:
          path === 'standin'
            ? `standin, ${n} bod${n === 1 ? 'y' : 'ies'}: process CPU per frame ≤ ${GOAL_CPU_MS} ms`
            : `sim, ${n} bod${n === 1 ? 'y' : 'ies'}: process CPU per frame (reference: includes rendering)`,
        figure: fmtSpread(cpu, 2, 'ms'),
        baseline: `live view off: ${fmtSpread(idle, 1, 'ms CPU/s')}`,
        met: path === 'standin' ? cpu.median <= GOAL_CPU_MS : null,
      });
    }
  } finally {
    await studio.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
printGoals('multi-body goals', goals);
writeResult('multi-body', { ...results, goals });
process.exit(0);
