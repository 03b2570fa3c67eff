/**
 * Frame endpoint benchmark: req/s of `GET /api/cameras/{id}/live-view/frame` on the real server against a
 * raw node:http server serving the same JPEG bytes, in the same run, alternating. The load generator is a
 * keep-alive http.Agent in a child process. Settings: BENCH_FRAME_SECONDS (5), BENCH_FRAME_CONNECTIONS (16),
 * BENCH_FRAME_ROUNDS (3). Goal: ≥ 0.8 × the raw server.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { envInt, fmt, median, writeResult } from './bench-lib';
import { startBenchStudio } from './studio-lib';

const SECONDS = envInt('BENCH_FRAME_SECONDS', 5);
const CONNECTIONS = envInt('BENCH_FRAME_CONNECTIONS', 16);
const ROUNDS = envInt('BENCH_FRAME_ROUNDS', 3);
const loadScript = fileURLToPath(new URL('./frame-endpoint-load.mjs', import.meta.url));

/** Runs the load generator once; resolves with requests per second. */
function load(url: string, bytes: number): Promise<{ rps: number; bad: number; mbps: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(loadScript, [url, String(CONNECTIONS), String(SECONDS * 1000), String(bytes)]);
    child.once('message', (m: { ok: number; bad: number; bytes: number; elapsedMs: number }) =>
      resolve({ rps: m.ok / (m.elapsedMs / 1000), bad: m.bad, mbps: m.bytes / 1e6 / (m.elapsedMs / 1000) }),
    );
    child.once('error', reject);
  });
}

const { studio, server, close } = await startBenchStudio('frame');
const [camera] = await studio.cameras.list();
await studio.cameras.connect(camera.id, 'remote');
const first = new Promise<void>((resolve) => {
  const off = studio.liveView.subscribe(camera.id, () => {
    queueMicrotask(off);
    resolve();
  });
});
await studio.liveView.start(camera.id);
await first;
// Freeze the picture: with streaming stopped the endpoint keeps serving the latest frame, and the
// simulator's JPEG rendering no longer competes for the CPU.
await studio.liveView.stop(camera.id);
const frame = studio.liveView.latest(camera.id);
if (!frame) throw new Error('no frame');
const jpeg = Buffer.from(frame.jpeg);
const raw = createServer((_req, res) => {
  res.writeHead(200, {
    'Content-Type': 'image/jpeg',
    'Content-Length': jpeg.length,
    ETag: '"raw"',
    'Cache-Control': 'no-cache',
  });
  res.end(jpeg);
});
await new Promise<void>((r) => raw.listen(0, '127.0.0.1', r));
const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/frame`;
const tetherUrl = `${server.url}/api/cameras/${camera.id}/live-view/frame`;

const rawRuns: number[] = [];
const tetherRuns: number[] = [];
console.log(
  `frame endpoint: ${jpeg.length} byte JPEG, ${CONNECTIONS} keep-alive connections, ${SECONDS} s per run, ${ROUNDS} rounds`,
);
for (let round = 1; round <= ROUNDS; round++) {
  const r = await load(rawUrl, jpeg.length);
  const t = await load(tetherUrl, jpeg.length);
  if (r.bad + t.bad > 0) console.log(`  round ${round}: bad responses raw ${r.bad}, tether ${t.bad}`);
  rawRuns.push(r.rps);
  tetherRuns.push(t.rps);
  console.log(
    `  round ${round}: raw ${fmt(r.rps, 0)} req/s (${fmt(r.mbps, 0)} MB/s), tether ${fmt(t.rps, 0)} req/s (${fmt(t.mbps, 0)} MB/s)`,
  );
}
const rawMedian = median(rawRuns);
const tetherMedian = median(tetherRuns);
const ratio = tetherMedian / rawMedian;
console.log('\n| server | req/s (median) | runs |');
console.log('| --- | ---: | --- |');
console.log(
  `| Tether \`GET …/live-view/frame\` (Fastify, Host/Origin guard, ETag) | **${fmt(tetherMedian, 0)}** | ${tetherRuns.map((v) => fmt(v, 0)).join(', ')} |`,
);
console.log(
  `| baseline: raw node:http, same bytes | ${fmt(rawMedian, 0)} | ${rawRuns.map((v) => fmt(v, 0)).join(', ')} |`,
);
console.log(`\nratio ${fmt(ratio, 2)} × raw (goal ≥ 0.8 → ${ratio >= 0.8 ? 'met' : 'NOT met'})`);
writeResult('frame-endpoint', {
  bytes: jpeg.length,
  connections: CONNECTIONS,
  seconds: SECONDS,
  rawRuns,
  tetherRuns,
  ratio,
});
raw.close();
await close();
process.exit(0);
