/**
 * FFI benchmark: what crossing koffi → C ABI costs, measured against in-process JavaScript baselines in the
 * same run. Parts: (1) a trivial ABI call, sync and `.async`; (2) copying a live-view frame out of the bridge
 * vs `Buffer.copy` of the same bytes; (3) event drain throughput under a native flood; (4) the CRSDK driver's
 * live view end to end on the stand-in. Settings: BENCH_FFI_CALLS (2,000,000), BENCH_FFI_ASYNC (20,000),
 * BENCH_FFI_FRAMES (20,000), BENCH_FFI_SECONDS (5).
 */
import { stat } from 'node:fs/promises';
import { buildNative } from '../native/build.mjs';
import { SIZE } from '../src/main/camera/crsdk/abi';
import { loadNativeApi } from '../src/main/camera/crsdk/availability';
import { callAsync } from '../src/main/camera/crsdk/bindings';
import { createCrsdkDriver } from '../src/main/camera/crsdk/create-driver';
import { EventPump } from '../src/main/camera/crsdk/event-pump';
import { locateNativeLibrary } from '../src/main/camera/crsdk/library-path';
import { loadStandInControl } from '../src/main/camera/crsdk/standin-control';
import { LogBuffer } from '../src/main/core/logger';
import { envInt, fmt, median, writeResult } from './bench-lib';

const CALLS = envInt('BENCH_FFI_CALLS', 2_000_000);
const ASYNC_CALLS = envInt('BENCH_FFI_ASYNC', 20_000);
const FRAMES = envInt('BENCH_FFI_FRAMES', 20_000);
const SECONDS = envInt('BENCH_FFI_SECONDS', 5);

const ns = (ms: number, n: number) => (ms * 1e6) / n;
const now = () => performance.now();

/** Median over 5 rounds of `round()` (each returns ms for `n` operations), after a warm-up. */
function timed(n: number, round: () => number): number {
  round();
  return ns(median(Array.from({ length: 5 }, round)), n);
}

async function timedAsync(n: number, round: () => Promise<number>): Promise<number> {
  await round();
  const all: number[] = [];
  for (let i = 0; i < 5; i++) all.push(await round());
  return ns(median(all), n);
}

await buildNative({ quiet: true });
const location = locateNativeLibrary();
if (!location) throw new Error('native library missing after build');
const api = loadNativeApi(location);
const raw = api.raw;
const standIn = loadStandInControl(location.core);
const { version, standin } = api.sdkVersion();
console.log(`bridge ${location.bridge} — SDK ${version}${standin ? ' (stand-in)' : ''}`);

// ---- 1. trivial call ----
let sink = 0;
const jsVersion = () => 1;
const jsNs = timed(CALLS, () => {
  const t = now();
  for (let i = 0; i < CALLS; i++) sink += jsVersion();
  return now() - t;
});
const abiVersion = raw.abiVersion as () => number;
const syncNs = timed(CALLS, () => {
  const t = now();
  for (let i = 0; i < CALLS; i++) sink += abiVersion();
  return now() - t;
});
const promiseNs = await timedAsync(ASYNC_CALLS, async () => {
  const t = now();
  for (let i = 0; i < ASYNC_CALLS; i++) sink += await Promise.resolve(jsVersion());
  return now() - t;
});
const asyncNs = await timedAsync(ASYNC_CALLS, async () => {
  const t = now();
  for (let i = 0; i < ASYNC_CALLS; i++) sink += await callAsync(raw.abiVersion);
  return now() - t;
});
const statNs = await timedAsync(ASYNC_CALLS, async () => {
  const t = now();
  for (let i = 0; i < ASYNC_CALLS; i++) sink += (await stat(location.bridge)).nlink;
  return now() - t;
});
const parallel = 64;
const asyncParNs = await timedAsync(ASYNC_CALLS, async () => {
  const t = now();
  for (let i = 0; i < ASYNC_CALLS; i += parallel) {
    await Promise.all(Array.from({ length: parallel }, () => callAsync(raw.abiVersion)));
  }
  return now() - t;
});

console.log('\n1. trivial call (tc_abi_version), ns per call, median of 5 rounds');
console.log(`   JS function call (baseline)                    ${fmt(jsNs, 1).padStart(10)}`);
console.log(
  `   koffi sync call                                ${fmt(syncNs, 1).padStart(10)}   (${fmt(syncNs - jsNs, 1)} ns over JS)`,
);
console.log(`   await Promise.resolve() (baseline)             ${fmt(promiseNs, 1).padStart(10)}`);
console.log(`   koffi .async, one at a time                    ${fmt(asyncNs, 1).padStart(10)}`);
console.log(`   fs.promises.stat, one at a time (libuv ref.)   ${fmt(statNs, 1).padStart(10)}`);
console.log(`   koffi .async, ${parallel} in flight (per call)        ${fmt(asyncParNs, 1).padStart(10)}`);

// ---- 2. frame copy ----
const ctx = await api.init(4096);
const [cam] = await api.enumerate(ctx);
const device = await api.connect(ctx, cam.id, 0, false, 5000);
await api.liveViewStream(device, true, 8);
const staging = Buffer.alloc(512 * 1024);
const info = Buffer.alloc(SIZE.frameInfo);
let frame = api.copyLatestFrame(device, 0, staging, info);
for (let tries = 0; !frame && tries < 200; tries++) {
  await new Promise((r) => setTimeout(r, 10));
  frame = api.copyLatestFrame(device, 0, staging, info);
}
if (!frame || 'needed' in frame) throw new Error('no live-view frame from the stand-in');
const size = frame.size;
const copyLatest = raw.copyLatestFrame as (...a: unknown[]) => number;
const nativeCopyNs = timed(FRAMES, () => {
  const t = now();
  for (let i = 0; i < FRAMES; i++) sink += copyLatest(device, 0, staging, staging.length, info);
  return now() - t;
});
const driverPathNs = timed(FRAMES, () => {
  const t = now();
  for (let i = 0; i < FRAMES; i++) {
    copyLatest(device, 0, staging, staging.length, info);
    const keep = Buffer.allocUnsafeSlow(size); // the exact-size copy consumers keep (as LiveViewCopier)
    sink += staging.copy(keep, 0, 0, size);
  }
  return now() - t;
});
const src = Buffer.from(staging.subarray(0, size));
const dst = Buffer.alloc(size);
const bufferCopyNs = timed(FRAMES, () => {
  const t = now();
  for (let i = 0; i < FRAMES; i++) sink += src.copy(dst, 0, 0, size);
  return now() - t;
});
const allocCopyNs = timed(FRAMES, () => {
  const t = now();
  for (let i = 0; i < FRAMES; i++) sink += src.copy(Buffer.allocUnsafeSlow(size), 0, 0, size);
  return now() - t;
});
const gbps = (nsPer: number) => size / nsPer; // bytes per ns = GB/s
console.log(`\n2. live-view frame copy, ${(size / 1024).toFixed(1)} KiB JPEG, µs per frame (GB/s)`);
console.log(
  `   Buffer.copy of the same bytes (baseline)       ${fmt(bufferCopyNs / 1000, 2).padStart(10)}   (${fmt(gbps(bufferCopyNs), 1)})`,
);
console.log(
  `   allocUnsafeSlow + Buffer.copy (baseline)       ${fmt(allocCopyNs / 1000, 2).padStart(10)}   (${fmt(gbps(allocCopyNs), 1)})`,
);
console.log(
  `   koffi tc_copy_latest_frame → reused Buffer     ${fmt(nativeCopyNs / 1000, 2).padStart(10)}   (${fmt(gbps(nativeCopyNs), 1)})`,
);
console.log(
  `   driver path: native copy + exact-size copy     ${fmt(driverPathNs / 1000, 2).padStart(10)}   (${fmt(gbps(driverPathNs), 1)})`,
);
await api.liveViewStream(device, false, 0);

// ---- 3. event drain throughput (queue large enough to be lossless) ----
await api.release(ctx);
const ctx2 = await api.init(65536);
const [cam2] = await api.enumerate(ctx2);
await api.connect(ctx2, cam2.id, 0, false, 5000);
let drained = 0;
const pump = new EventPump(raw, ctx2, { waitMs: 50, onEvent: () => void drained++ });
pump.start();
const floodThreads = 4;
const floodPer = 15_000;
const floodStart = now();
const fired = standIn ? await standIn.flood(floodThreads, floodPer) : 0;
while (standIn && drained + pump.counters.dropped < fired) await new Promise((r) => setImmediate(r));
const floodMs = now() - floodStart;
await pump.stop();
const stats = api.stats(ctx2);
console.log(
  `\n3. event drain: ${fired} callbacks from ${floodThreads} native threads → ${drained} delivered, ${stats.eventsDropped} dropped`,
);
console.log(
  `   ${fmt(fired / (floodMs / 1000) / 1e6, 2)} M events/s through queue + koffi .async drain (${fmt(floodMs, 0)} ms)`,
);
await api.release(ctx2);

// ---- 4. driver live view end to end ----
const driver = createCrsdkDriver({
  library: location,
  hotplugIntervalMs: 0,
  logger: new LogBuffer(100, null).logger('bench'),
});
await driver.start();
const [c] = await driver.listCameras();
await driver.connect(c.id, 'remote');
await driver.startLiveView(c.id);
await driver.events.waitFor('frame', () => true, 3000);
const latencies: number[] = [];
let frames = 0;
const cpu0 = process.cpuUsage();
const off = driver.events.on('frame', (f) => {
  frames++;
  latencies.push(Date.now() - f.timestamp);
});
await new Promise((r) => setTimeout(r, SECONDS * 1000));
off();
const cpu = process.cpuUsage(cpu0);
await driver.stop();
const p = (q: number) =>
  [...latencies].sort((a, b) => a - b)[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(`\n4. CrsdkDriver live view on the stand-in (30 fps camera), ${SECONDS} s`);
console.log(
  `   ${fmt(frames / SECONDS, 1)} frames/s; bridge-poll → JS 'frame' latency median ${median(latencies)} ms, p95 ${p(0.95)} ms`,
);
console.log(
  `   process CPU per frame ${fmt((cpu.user + cpu.system) / 1000 / Math.max(frames, 1), 3)} ms (all threads)`,
);

writeResult('ffi', {
  sdk: version,
  standin,
  callNs: {
    js: jsNs,
    koffiSync: syncNs,
    promise: promiseNs,
    koffiAsync: asyncNs,
    fsStat: statNs,
    koffiAsyncParallel64: asyncParNs,
  },
  frame: { bytes: size, bufferCopyNs, allocCopyNs, nativeCopyNs, driverPathNs },
  drain: { fired, delivered: drained, dropped: stats.eventsDropped, ms: floodMs },
  liveView: { fps: frames / SECONDS, latencyMedianMs: median(latencies), latencyP95Ms: p(0.95) },
  sink,
});
