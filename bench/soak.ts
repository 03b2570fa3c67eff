/**
 * bench/soak — memory over a long tethered shoot: N captures through the real studio path (createStudio +
 * simulated ILCE-7M4 + auto-import into the session), with live view streaming to a consumer and every new
 * shot's filmstrip thumbnail requested, as the UI does. Reports RSS, JS heap, external and ArrayBuffer
 * memory after a warm-up and at the end (both after a GC), the peak RSS, and the goal: RSS at the end
 * within +64 MB of its post-warm-up value (also shown after a malloc_trim: the memory really held, as
 * opposed to freed pages glibc had not returned yet). Imported files are deleted once their thumbnail exists, so a
 * 2,000-shot run does not fill the disk (their session records stay).
 * Settings: BENCH_SOAK_CAPTURES (default 2000), BENCH_SOAK_WARMUP (default 60), BENCH_SOAK_FORMAT
 * (`jpeg` | `raw-jpeg`, default jpeg), BENCH_SOAK_VARY (0 = fixed settings, as in a studio shoot;
 * 1 = cycle ISO over 4 values so every shot is a new 24 MP render, the worst case for the image
 * pipeline, ~6× slower; default 0), BENCH_SOAK_LIVEVIEW (default 1).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../src/main/app/create-studio';
import type { Studio } from '../src/main/app/studio';
import { trimNativeHeap } from '../src/main/imaging/sharp-runtime';
import { LogBuffer } from '../src/main/core/logger';
import { envInt, fmt, gc, rssSampler, writeResult } from './bench-lib';

const CAPTURES = envInt('BENCH_SOAK_CAPTURES', 2000);
const WARMUP = Math.min(envInt('BENCH_SOAK_WARMUP', 60), Math.max(1, CAPTURES - 1));
const FORMAT = process.env.BENCH_SOAK_FORMAT === 'raw-jpeg' ? 'raw-jpeg' : 'jpeg';
const VARY = process.env.BENCH_SOAK_VARY === '1';
const LIVE_VIEW = process.env.BENCH_SOAK_LIVEVIEW !== '0';
const GOAL_MB = 64;
const ISOS = ['ISO 400', 'ISO 800', 'ISO 1600', 'ISO 3200'];

const MB = 1024 * 1024;

interface Mem {
  rss: number;
  /** RSS once freed native memory was handed back (malloc_trim): what the process really holds. */
  rssTrimmed: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** Memory after a full GC (twice: finalisers of native handles run on the first), then after a trim. */
async function settledMemory(): Promise<Mem> {
  for (let i = 0; i < 2; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  await trimNativeHeap();
  return {
    rss: m.rss,
    rssTrimmed: process.memoryUsage().rss,
    heapUsed: m.heapUsed,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
  };
}

/**
 * Where the resident memory is (Linux): glibc's main heap, its per-thread arenas (64 MiB-aligned heaps),
 * other anonymous mappings (V8, large mallocs, libvips) and mapped files. Empty elsewhere.
 */
function residentBreakdown(): string {
  let text: string;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return '';
  }
  const sum: Record<string, number> = { heap: 0, arenas: 0, anon: 0, files: 0 };
  for (const block of text.split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)/.exec(block);
    if (!m) continue;
    const start = parseInt(m[1], 16);
    const rss = Number(/\nRss:\s+(\d+) kB/.exec(block)?.[1] ?? 0) / 1024;
    const name = m[3];
    const kind =
      name === '[heap]'
        ? 'heap'
        : name.startsWith('/')
          ? 'files'
          : name === '' && start % (64 * MB) === 0
            ? 'arenas'
            : 'anon';
    sum[kind] += rss;
  }
  return Object.entries(sum)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ');
}

const line = (m: Mem) =>
  `RSS ${fmt(m.rss / MB)} MB (${fmt(m.rssTrimmed / MB)} trimmed), JS heap ${fmt(m.heapUsed / MB)} MB, external ${fmt(m.external / MB)} MB (ArrayBuffers ${fmt(m.arrayBuffers / MB)} MB)`;

/** One capture: fire, wait for every file of the shot to be imported, fetch thumbnails, delete the files. */
async function captureOne(studio: Studio, cameraId: string, files: number, n: number): Promise<void> {
  if (VARY) await studio.properties.set(cameraId, 'iso', ISOS[n % ISOS.length]);
  const saved: string[] = [];
  let done: () => void = () => undefined;
  let fail: (err: Error) => void = () => undefined;
  const landed = new Promise<void>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  const offs = [
    studio.bus.on('downloadComplete', (e) => {
      if (e.cameraId !== cameraId) return;
      saved.push(e.savedPath);
      if (saved.length === files) done();
    }),
    studio.bus.on('error', (e) => fail(new Error(`capture ${n}: ${e.code ?? ''} ${e.message}`))),
    studio.bus.on('transferFailed', (j) =>
      fail(new Error(`capture ${n}: import failed: ${j.error?.message}`)),
    ),
  ];
  try {
    await studio.capture.capture(cameraId);
    await landed;
  } finally {
    offs.forEach((off) => off());
  }
  const shots = await studio.sessions.shots();
  for (const path of saved) {
    const shot = shots.find((s) => s.path === path);
    if (!shot) throw new Error(`capture ${n}: ${path} is not in the session`);
    await studio.shotImages.get(shot.id, 'thumbnail');
    await rm(path, { force: true });
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tether-bench-soak-'));
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    simCameras: 1,
    simOptions: { connectDelayMs: 1, saveRoot: join(dir, 'sim') },
    logs: new LogBuffer(1000, null),
    autoConnect: false,
  });
  await studio.start();
  const [cam] = await studio.cameras.list();
  await studio.cameras.connect(cam.id, 'remote');
  await studio.properties.setPriorityKey(cam.id, 'pc-remote');
  await studio.properties.set(cam.id, 'file-format', FORMAT);
  await studio.properties.set(cam.id, 'still-image-store-destination', 'host-pc');
  let frames = 0;
  const offLive = LIVE_VIEW ? studio.liveView.subscribe(cam.id, () => frames++) : () => undefined;
  const files = FORMAT === 'raw-jpeg' ? 2 : 1;

  console.log(
    `${CAPTURES} captures (${FORMAT}${VARY ? ', ISO cycling: a new render per shot' : ', fixed settings'}${LIVE_VIEW ? ', live view on' : ''}), warm-up ${WARMUP}:`,
  );
  const start = await settledMemory();
  console.log(`  start:              ${line(start)}`);
  const t0 = performance.now();
  for (let i = 0; i < WARMUP; i++) await captureOne(studio, cam.id, files, i);
  const warm = await settledMemory();
  console.log(`  after ${String(WARMUP).padEnd(4)} (warm-up): ${line(warm)}`);
  const warmResident = residentBreakdown();
  const peak = rssSampler(100);
  const every = Math.max(50, Math.round(CAPTURES / 10));
  for (let i = WARMUP; i < CAPTURES; i++) {
    await captureOne(studio, cam.id, files, i);
    if ((i + 1) % every === 0 && i + 1 < CAPTURES) {
      const m = process.memoryUsage();
      console.log(
        `  after ${String(i + 1).padEnd(5)}            RSS ${fmt(m.rss / MB)} MB, JS heap ${fmt(m.heapUsed / MB)} MB, external ${fmt(m.external / MB)} MB`,
      );
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const peakRss = peak.stop();
  const end = await settledMemory();
  console.log(`  end (${CAPTURES}):         ${line(end)}`);
  if (warmResident)
    console.log(
      `  resident MB after warm-up: ${warmResident}\n  resident MB at the end:    ${residentBreakdown()}`,
    );
  const growth = (end.rss - warm.rss) / MB;
  const held = (end.rssTrimmed - warm.rssTrimmed) / MB;
  const signed = (n: number) => `${n >= 0 ? '+' : ''}${fmt(n)}`;
  console.log(
    `  RSS growth after warm-up: ${signed(growth)} MB (goal ≤ +${GOAL_MB} MB: ${growth <= GOAL_MB ? 'met' : 'MISSED'}); trimmed ${signed(held)} MB; peak RSS ${fmt(peakRss / MB)} MB`,
  );
  console.log(
    `  ${fmt(CAPTURES / secs, 2)} captures/s, ${LIVE_VIEW ? `${fmt(frames / secs)} live-view frames/s` : 'no live view'}`,
  );
  offLive();
  await studio.stop();
  await rm(dir, { recursive: true, force: true });
  const mb = (m: Mem) => ({
    rssMb: m.rss / MB,
    rssTrimmedMb: m.rssTrimmed / MB,
    heapUsedMb: m.heapUsed / MB,
    externalMb: m.external / MB,
    arrayBuffersMb: m.arrayBuffers / MB,
  });
  writeResult('soak', {
    captures: CAPTURES,
    warmup: WARMUP,
    format: FORMAT,
    vary: VARY,
    liveView: LIVE_VIEW,
    start: mb(start),
    warm: mb(warm),
    end: mb(end),
    peakRssMb: peakRss / MB,
    rssGrowthMb: growth,
    rssTrimmedGrowthMb: held,
    goalMb: GOAL_MB,
    met: growth <= GOAL_MB,
    seconds: secs,
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
