/**
 * bench/sequences — the studio's sequence timing on simulated bodies (the real services, no UI):
 *  1. interval drift: a time-lapse of BENCH_INTERVAL_FRAMES (default 100) frames BENCH_INTERVAL_MS (1000)
 *     apart; each frame's lateness against its absolute deadline (target: < 50 ms per frame, issue 11);
 *  2. multi-camera skew: BENCH_CAPTURE_ALL_ROUNDS (20) capture-alls on BENCH_CAPTURE_ALL_BODIES (3) bodies;
 *     the spread between the bodies' release times per round.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { SimDriver } from '../src/main/camera/sim/sim-driver';
import { LogBuffer } from '../src/main/core/logger';
import { envInt, fmt, median, writeResult } from './bench-lib';

const FRAMES = envInt('BENCH_INTERVAL_FRAMES', 100);
const INTERVAL_MS = envInt('BENCH_INTERVAL_MS', 1000);
const ROUNDS = envInt('BENCH_CAPTURE_ALL_ROUNDS', 20);
const BODIES = envInt('BENCH_CAPTURE_ALL_BODIES', 3);

async function withStudio<T>(
  cameras: number,
  work: (studio: Studio, ids: string[]) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-sequences-'));
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: new SimDriver({ cameras, connectDelayMs: 1, saveRoot: join(dir, 'sim') }),
    autoConnect: false,
    logs: new LogBuffer(100, null),
  });
  await studio.start();
  try {
    const ids = (await studio.cameras.list()).map((c) => c.id);
    for (const id of ids) await studio.cameras.connect(id, 'remote-transfer');
    return await work(studio, ids);
  } finally {
    await studio.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const drift = await withStudio(1, async (studio, [id]) => {
  const run = await studio.pro.sequences.start(id, {
    kind: 'timelapse',
    intervalMs: INTERVAL_MS,
    count: FRAMES,
  });
  await new Promise<void>((resolve) => {
    const off = studio.bus.on('sequenceProgress', (r) => {
      if (r.id === run.id && r.state !== 'running') {
        off();
        resolve();
      }
    });
  });
  const end = studio.pro.sequences.get(run.id);
  if (end.state !== 'done') throw new Error(`the time-lapse ended ${end.state}: ${end.error?.message ?? ''}`);
  return end.frames.map((f) => f.driftMs ?? 0);
});
console.log(
  `interval drift, ${FRAMES} frames × ${INTERVAL_MS} ms: median ${fmt(median(drift), 2)} ms, p95 ${fmt(p95(drift), 2)} ms, max ${fmt(Math.max(...drift), 2)} ms (target < 50 ms)`,
);

const skews = await withStudio(BODIES, async (studio) => {
  const out: number[] = [];
  for (let i = 0; i < ROUNDS; i++) out.push((await studio.pro.multiCamera.captureAll()).skewMs);
  return out;
});
console.log(
  `capture-all skew, ${BODIES} bodies × ${ROUNDS} rounds: median ${fmt(median(skews), 2)} ms, max ${fmt(Math.max(...skews), 2)} ms`,
);

writeResult('sequences', {
  interval: {
    frames: FRAMES,
    intervalMs: INTERVAL_MS,
    medianMs: median(drift),
    p95Ms: p95(drift),
    maxMs: Math.max(...drift),
  },
  captureAll: { bodies: BODIES, rounds: ROUNDS, medianMs: median(skews), maxMs: Math.max(...skews) },
});
if (Math.max(...drift) >= 50) process.exitCode = 1;
