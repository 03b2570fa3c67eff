/**
 * bench/transfer — card-pull throughput through the real TransferQueue (SimDriver at an unlimited rate →
 * `.part` → fsync → verify → rename) against a plain fs stream copy (createReadStream → createWriteStream)
 * of the same number of bytes, alternated in the same run; then the peak RSS growth during a 2 GB pull.
 * Settings: BENCH_TRANSFER_MB (default 512), BENCH_TRANSFER_ROUNDS (3), BENCH_RSS_MB (2048).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { SimDriver } from '../src/main/camera/sim/sim-driver';
import { LogBuffer } from '../src/main/core/logger';
import type { TransferJob } from '../src/shared/transfer-types';
import { envInt, fmt, gc, mbps, median, rssSampler, writeResult } from './bench-lib';

const MB = 1024 * 1024;
const SIZE = envInt('BENCH_TRANSFER_MB', 512) * MB;
const ROUNDS = envInt('BENCH_TRANSFER_ROUNDS', 3);
const RSS_SIZE = envInt('BENCH_RSS_MB', 2048) * MB;

async function makeStudio(dir: string): Promise<{ studio: Studio; sim: SimDriver; id: string }> {
  const sim = new SimDriver({
    cameras: 1,
    rateBytesPerSec: Infinity,
    connectDelayMs: 1,
    saveRoot: join(dir, 'sim'),
  });
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: sim,
    logs: new LogBuffer(1000, null),
  });
  await studio.start();
  const [cam] = await studio.cameras.list();
  await studio.cameras.connect(cam.id, 'remote-transfer');
  return { studio, sim, id: cam.id };
}

function jobEnd(studio: Studio, jobId: string): Promise<TransferJob> {
  return new Promise((resolve) => {
    const check = () => {
      const j = studio.transfers.get(jobId);
      if (j.state !== 'done' && j.state !== 'failed' && j.state !== 'cancelled') return;
      offs.forEach((off) => off());
      resolve(j);
    };
    const offs = [studio.bus.on('transferDone', check), studio.bus.on('transferFailed', check)];
    check();
  });
}

/** One pull through the queue; returns elapsed ms (queued → done) and removes the file. */
async function pullOnce(ctx: { studio: Studio; sim: SimDriver; id: string }, size: number): Promise<number> {
  const file = ctx.sim.addCardFile(ctx.id, size);
  const t0 = performance.now();
  const [job] = await ctx.studio.transfers.pullCardFiles(ctx.id, [file]);
  const end = await jobEnd(ctx.studio, job.id);
  const ms = performance.now() - t0;
  if (end.state !== 'done') throw new Error(`pull ${end.state}: ${end.error?.message}`);
  if ((await stat(end.targetPath as string)).size !== size) throw new Error('size mismatch');
  await rm(end.targetPath as string);
  return ms;
}

/** The baseline: a plain fs stream copy of a file of the same size. */
async function copyOnce(src: string, dst: string): Promise<number> {
  const t0 = performance.now();
  await pipeline(createReadStream(src), createWriteStream(dst));
  const ms = performance.now() - t0;
  await rm(dst);
  return ms;
}

/** The same source and durability without the queue: SimDriver stream → file → fsync (isolates queue cost). */
async function rawSimOnce(ctx: { sim: SimDriver; id: string }, size: number, dst: string): Promise<number> {
  const file = ctx.sim.addCardFile(ctx.id, size);
  const t0 = performance.now();
  const { stream } = await ctx.sim.openContent(ctx.id, file);
  await pipeline(stream, createWriteStream(dst));
  const fh = await open(dst, 'r+');
  await fh.sync();
  await fh.close();
  const ms = performance.now() - t0;
  await rm(dst);
  return ms;
}

/** Same copy plus the fsync our queue does, to show what durability costs. */
async function copySyncedOnce(src: string, dst: string): Promise<number> {
  const t0 = performance.now();
  await pipeline(createReadStream(src), createWriteStream(dst));
  const fh = await open(dst, 'r+');
  await fh.sync();
  await fh.close();
  const ms = performance.now() - t0;
  await rm(dst);
  return ms;
}

async function makeSource(path: string, size: number): Promise<void> {
  const block = Buffer.alloc(MB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  const out = createWriteStream(path);
  for (let done = 0; done < size; done += MB) {
    if (!out.write(block.subarray(0, Math.min(MB, size - done))))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

async function throughput(dir: string): Promise<Record<string, number>> {
  const ctx = await makeStudio(dir);
  const src = join(dir, 'baseline-src.bin');
  await makeSource(src, SIZE);
  // Warm-up: first pull and first copy pay for page-cache and JIT warm-up.
  await pullOnce(ctx, 32 * MB);
  await copyOnce(src, join(dir, 'baseline-dst.bin'));
  const queue: number[] = [];
  const plain: number[] = [];
  const synced: number[] = [];
  const raw: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    plain.push(await copyOnce(src, join(dir, 'baseline-dst.bin')));
    queue.push(await pullOnce(ctx, SIZE));
    synced.push(await copySyncedOnce(src, join(dir, 'baseline-dst.bin')));
    raw.push(await rawSimOnce(ctx, SIZE, join(dir, 'raw-dst.bin')));
  }
  await ctx.studio.stop();
  await rm(src);
  const q = mbps(SIZE, median(queue));
  const p = mbps(SIZE, median(plain));
  const s = mbps(SIZE, median(synced));
  const w = mbps(SIZE, median(raw));
  console.log(`pull size ${SIZE / MB} MiB, ${ROUNDS} alternating rounds (median)`);
  console.log(
    `  TransferQueue pull (SimDriver, unlimited rate, .part+fsync+verify+rename): ${fmt(q)} MB/s  [${queue.map((x) => fmt(mbps(SIZE, x))).join(', ')}]`,
  );
  console.log(
    `  baseline: plain fs stream copy, same bytes:                            ${fmt(p)} MB/s  [${plain.map((x) => fmt(mbps(SIZE, x))).join(', ')}]`,
  );
  console.log(
    `  reference: plain fs stream copy + fsync:                               ${fmt(s)} MB/s  [${synced.map((x) => fmt(mbps(SIZE, x))).join(', ')}]`,
  );
  console.log(
    `  reference: SimDriver stream → createWriteStream + fsync, no queue:       ${fmt(w)} MB/s  [${raw.map((x) => fmt(mbps(SIZE, x))).join(', ')}]`,
  );
  console.log(
    `  ratio queue / plain copy: ${fmt(q / p, 2)}× (goal ≥ 0.95×) — ${q / p >= 0.95 ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `  ratio queue / copy+fsync: ${fmt(q / s, 2)}×; queue / raw sim pipe+fsync (queue overhead): ${fmt(q / w, 2)}×`,
  );
  return {
    sizeMiB: SIZE / MB,
    rounds: ROUNDS,
    queueMBps: q,
    plainCopyMBps: p,
    plainCopyFsyncMBps: s,
    rawSimPipeMBps: w,
    ratio: q / p,
    ratioVsFsync: q / s,
    ratioVsRawSim: q / w,
  };
}

async function peakRss(dir: string): Promise<Record<string, number>> {
  const ctx = await makeStudio(dir);
  await pullOnce(ctx, 16 * MB);
  gc();
  const before = process.memoryUsage().rss;
  const sampler = rssSampler(20);
  const ms = await pullOnce(ctx, RSS_SIZE);
  const peak = sampler.stop();
  await ctx.studio.stop();
  const growth = (peak - before) / MB;
  console.log(
    `peak RSS during a ${RSS_SIZE / MB} MiB pull: ${fmt(peak / MB)} MiB (before ${fmt(before / MB)} MiB) → growth ${fmt(growth)} MiB (goal < 64 MiB) — ${growth < 64 ? 'MET' : 'NOT MET'}`,
  );
  console.log(`  (that pull ran at ${fmt(mbps(RSS_SIZE, ms))} MB/s)`);
  return {
    pullMiB: RSS_SIZE / MB,
    rssBeforeMiB: before / MB,
    rssPeakMiB: peak / MB,
    rssGrowthMiB: growth,
    pullMBps: mbps(RSS_SIZE, ms),
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(process.env.BENCH_DIR ?? tmpdir(), 'tether-bench-transfer-'));
  try {
    // Memory first, while the process is fresh: later phases would leave freed pages in RSS and hide growth.
    const m = await peakRss(dir);
    const t = await throughput(dir);
    writeResult('transfer', { throughput: t, memory: m });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
