/**
 * bench/liveview-core — (1) frames/s the simulated body's live view delivers through the LiveViewHub and the
 * whole process's CPU per frame with 1 and 4 consumers (the sim's JPEG rendering dominates); (2) the hub's
 * own dispatch cost per frame with 1 and 4 consumers, isolated by pushing pre-rendered frames through it,
 * against a baseline of the same frames emitted straight to the same consumers on a plain emitter.
 * Settings: BENCH_LV_SECONDS (default 5), BENCH_LV_FRAMES (default 2000000; 3 alternating rounds, median).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStudio } from '../src/main/app/create-studio';
import type { CameraRegistryApi } from '../src/main/studio/camera-registry-api';
import type { DriverEventMap } from '../src/main/camera/driver';
import { TypedEmitter } from '../src/main/core/typed-emitter';
import { LogBuffer } from '../src/main/core/logger';
import { EventBus } from '../src/main/core/event-bus';
import { LiveViewHub } from '../src/main/studio/live-view-hub';
import { FakeDriver } from '../src/main/camera/fake/fake-driver';
import type { LiveViewFrame } from '../src/shared/camera-types';
import { envInt, fmt, gc, median, writeResult } from './bench-lib';

const SECONDS = envInt('BENCH_LV_SECONDS', 5);
const FRAMES = envInt('BENCH_LV_FRAMES', 2_000_000);

const cpuMs = (d: NodeJS.CpuUsage) => (d.user + d.system) / 1000;

/** Real pipeline: SimDriver live view → hub → N consumers, for SECONDS. */
async function simRun(consumers: number): Promise<{
  fps: number;
  cpuMsPerFrame: number;
  kbPerFrame: number;
  sameObject: boolean;
  frames: LiveViewFrame[];
}> {
  const dir = await mkdtemp(join(tmpdir(), 'tether-bench-lv-'));
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    simCameras: 1,
    simOptions: { connectDelayMs: 1, saveRoot: join(dir, 'sim') },
    logs: new LogBuffer(1000, null),
  });
  await studio.start();
  const [cam] = await studio.cameras.list();
  await studio.cameras.connect(cam.id, 'remote');
  const seen: LiveViewFrame[][] = Array.from({ length: consumers }, () => []);
  const keep: LiveViewFrame[] = [];
  let first: () => void = () => undefined;
  const started = new Promise<void>((r) => (first = r));
  const offs = seen.map((list, i) =>
    studio.liveView.subscribe(cam.id, (f) => {
      list.push(f);
      if (i === 0) {
        if (keep.length < 64) keep.push(f);
        first();
      }
    }),
  );
  await started;
  // Measure from the first frame on, so start-up (enable, first render) is not counted.
  const base = seen[0].length;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const cpu = process.cpuUsage(cpu0);
  const secs = (performance.now() - t0) / 1000;
  const frames = seen[0].length - base;
  const sameObject = seen.every(
    (list) => list.length === seen[0].length && list.every((f, i) => f === seen[0][i]),
  );
  const bytes = seen[0].slice(base).reduce((n, f) => n + f.jpeg.length, 0);
  offs.forEach((off) => off());
  await studio.stop();
  await rm(dir, { recursive: true, force: true });
  return {
    fps: frames / secs,
    cpuMsPerFrame: cpuMs(cpu) / Math.max(1, frames),
    kbPerFrame: bytes / 1024 / Math.max(1, frames),
    sameObject,
    frames: keep,
  };
}

/** Hub dispatch only: FRAMES pre-rendered frames through a LiveViewHub to N consumers. */
async function hubDispatch(
  consumers: number,
  frames: LiveViewFrame[],
): Promise<{ hubUs: number; baseUs: number }> {
  const driver = new FakeDriver();
  await driver.start();
  await driver.connect('fake-1', 'remote');
  const registry = {
    state: () => 'connected',
    requireConnected: () => undefined,
  } as unknown as CameraRegistryApi;
  const hub = new LiveViewHub({
    driver,
    registry,
    bus: new EventBus(),
    log: new LogBuffer(10, null).logger('bench'),
  });
  hub.attach();
  let sink: LiveViewFrame | null = null;
  // Consumers model well-behaved adapters: note the frame and return (a slow one drops and reads latest()).
  const consumer = (f: LiveViewFrame) => {
    sink = f;
  };
  const offs = Array.from({ length: consumers }, () => hub.subscribe('fake-1', consumer));
  await new Promise((r) => setImmediate(r));
  const relabeled = frames.map((f) => ({ ...f, cameraId: 'fake-1' }));
  const emit = driver.events;

  // Baseline: the same frames on a plain typed emitter straight to the same consumers (no hub).
  const plain = new TypedEmitter<DriverEventMap>();
  for (let i = 0; i < consumers; i++) plain.on('frame', consumer);

  const measure = (fn: (f: LiveViewFrame) => void): number => {
    for (let i = 0; i < 20_000; i++) fn(relabeled[i % relabeled.length]);
    gc();
    const c0 = process.cpuUsage();
    for (let i = 0; i < FRAMES; i++) fn(relabeled[i % relabeled.length]);
    return (cpuMs(process.cpuUsage(c0)) * 1000) / FRAMES;
  };
  const base: number[] = [];
  const viaHub: number[] = [];
  for (let round = 0; round < 3; round++) {
    base.push(measure((f) => plain.emit('frame', f)));
    viaHub.push(measure((f) => emit.emit('frame', f)));
  }
  const baseUs = median(base);
  const hubUs = median(viaHub);
  if (sink === null || hub.latest('fake-1') === null) throw new Error('no frame reached the consumers');
  offs.forEach((off) => off());
  await hub.shutdown();
  return { hubUs, baseUs };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  let sample: LiveViewFrame[] = [];
  console.log(
    `SimDriver live view through the hub, ${SECONDS} s per run (whole-process CPU, includes the sim's rendering):`,
  );
  for (const n of [1, 4]) {
    const r = await simRun(n);
    if (n === 1) sample = r.frames;
    results[`sim${n}`] = {
      fps: r.fps,
      cpuMsPerFrame: r.cpuMsPerFrame,
      kbPerFrame: r.kbPerFrame,
      sameObject: r.sameObject,
    };
    console.log(
      `  ${n} consumer(s): ${fmt(r.fps)} frames/s, ${fmt(r.cpuMsPerFrame, 2)} ms CPU per frame, ${fmt(r.kbPerFrame)} KB/frame, same object to all: ${r.sameObject}`,
    );
  }
  if (sample.length === 0) throw new Error('the simulator produced no frames');
  console.log(`Hub dispatch only, ${FRAMES} pre-rendered frames (CPU per frame):`);
  for (const n of [1, 4]) {
    const r = await hubDispatch(n, sample);
    results[`hub${n}`] = r;
    console.log(
      `  ${n} consumer(s): hub ${fmt(r.hubUs, 3)} µs/frame; baseline (plain emitter → same consumers) ${fmt(r.baseUs, 3)} µs/frame; hub overhead ${fmt(r.hubUs - r.baseUs, 3)} µs`,
    );
  }
  writeResult('liveview-core', { seconds: SECONDS, frames: FRAMES, ...results });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
