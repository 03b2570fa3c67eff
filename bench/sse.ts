/**
 * SSE fan-out benchmark: N subscribers × R events/s through the real server (`createStudio` → event bus →
 * SseHub → HTTP), against a naive baseline in the same run (a plain node:http SSE server that serialises
 * each event per client and writes it immediately). Subscribers run in child processes; latency is
 * publish timestamp (in the payload) → receipt. Settings: BENCH_SSE_SECONDS (5), BENCH_SSE_WORKERS (2),
 * BENCH_SSE_SCENARIOS ("100x100,1000x100,100x1000,1000x1000": subscribers x events/s).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { envInt, fmt, maxOf, writeResult } from './bench-lib';
import { startBenchStudio } from './studio-lib';

const SECONDS = envInt('BENCH_SSE_SECONDS', 5);
const WORKERS = envInt('BENCH_SSE_WORKERS', 2);
const SCENARIOS = (process.env.BENCH_SSE_SCENARIOS ?? '100x100,1000x100,100x1000,1000x1000')
  .split(',')
  .map((s) => {
    const [subs, rate] = s.split('x').map(Number);
    return { subs, rate };
  });
const childScript = fileURLToPath(new URL('./sse-subscribers.mjs', import.meta.url));
const now = () => performance.timeOrigin + performance.now();

/** A server under test: its events URL, how to publish one event, the next id, and how to stop. */
interface Target {
  url: string;
  publish(seq: number): void;
  nextId(): number;
  /** What the server did (flush statistics), when it can say. */
  note?: () => string;
  close(): Promise<void>;
}

async function tetherTarget(): Promise<Target> {
  // Default SSE settings, as `npm run serve` runs.
  const { studio, server, close } = await startBenchStudio('sse');
  const base = { ...server.hub.stats };
  return {
    url: `${server.url}/api/events`,
    publish: (seq) =>
      studio.bus.emit('warning', { cameraId: 'BENCH', code: 'bench', message: `${seq}:${now()}` }),
    nextId: () => server.hub.lastId + 1,
    note: () => {
      const st = server.hub.stats;
      const flushes = st.flushes - base.flushes;
      return `${flushes} flushes, ${fmt((st.flushedEvents - base.flushedEvents) / flushes, 1)} events and ${fmt((st.flushMs - base.flushMs) / flushes, 2)} ms per flush`;
    },
    close: async () => {
      await close();
    },
  };
}

async function naiveTarget(): Promise<Target> {
  const clients = new Set<ServerResponse>();
  let id = 0;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write('event: connected\ndata: {"cameraId":"*"}\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    publish: (seq) => {
      const data = { cameraId: 'BENCH', code: 'bench', message: `${seq}:${now()}` };
      id++;
      for (const res of clients) res.write(`id: ${id}\nevent: warning\ndata: ${JSON.stringify(data)}\n\n`);
    },
    nextId: () => id + 1,
    close: async () => {
      for (const res of clients) res.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Result of one scenario against one target. */
interface Outcome {
  received: number;
  expected: number;
  gaps: number;
  dropped: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  published: number;
  /** Server process CPU over the run, % of one core. */
  serverCpuPct: number;
  /** All subscriber processes' CPU over the run, % of one core. */
  subsCpuPct: number;
}

function percentile(hist: Map<number, number>, total: number, q: number, bucketUs: number): number {
  let seen = 0;
  for (const b of [...hist.keys()].sort((x, y) => x - y)) {
    seen += hist.get(b) ?? 0;
    if (seen >= q * total) return (b * bucketUs) / 1000;
  }
  return NaN;
}

async function run(target: Target, subs: number, rate: number): Promise<Outcome> {
  const per = Math.ceil(subs / WORKERS);
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  for (let w = 0, left = subs; w < WORKERS && left > 0; w++, left -= per) {
    const child = fork(childScript, [target.url, String(Math.min(per, left))], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    ready.push(new Promise((r) => child.once('message', () => r())));
  }
  await Promise.all(ready);
  const results = children.map(
    (c) =>
      new Promise<Record<string, unknown>>((r) =>
        c.on('message', (m: Record<string, unknown>) => m.type === 'result' && r(m)),
      ),
  );
  for (const c of children) c.send({ type: 'start' });
  const firstId = target.nextId();
  const total = rate * SECONDS;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let seq = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
      while (seq < due) target.publish(seq++);
      if (seq >= total) done();
      else setTimeout(tick, 1);
    };
    tick();
  });
  const lastId = target.nextId() - 1;
  for (const c of children) c.send({ type: 'expect', firstId, lastId, graceMs: 15_000 });
  const parts = await Promise.all(results);
  const wallMs = performance.now() - start;
  const serverCpu = process.cpuUsage(cpuStart);
  const serverCpuPct = ((serverCpu.user + serverCpu.system) / 1000 / wallMs) * 100;
  const subsCpuPct = (parts.reduce((a, p) => a + (p.cpuMs as number), 0) / wallMs) * 100;
  const hist = new Map<number, number>();
  let received = 0;
  let expected = 0;
  let gaps = 0;
  let dropped = 0;
  let bucketUs = 100;
  for (const p of parts) {
    received += p.received as number;
    expected += p.expected as number;
    gaps += p.gaps as number;
    dropped += p.closed as number;
    bucketUs = p.bucketUs as number;
    for (const [b, n] of p.hist as [number, number][]) hist.set(b, (hist.get(b) ?? 0) + n);
  }
  const count = [...hist.values()].reduce((a, b) => a + b, 0);
  // Not Math.max(...keys): the naive baseline's histogram can hold more keys than a call takes arguments.
  const max = (maxOf(hist.keys()) * bucketUs) / 1000;
  return {
    serverCpuPct,
    subsCpuPct,
    received,
    expected,
    gaps,
    dropped,
    published: seq,
    p50: percentile(hist, count, 0.5, bucketUs),
    p90: percentile(hist, count, 0.9, bucketUs),
    p99: percentile(hist, count, 0.99, bucketUs),
    max,
  };
}

const rows: { scenario: string; target: string; outcome: Outcome }[] = [];
console.log(
  `SSE fan-out: ${SECONDS} s per scenario, subscribers in ${WORKERS} child processes, latency publish → receipt`,
);
console.log(
  '| subscribers × events/s | server | delivered / expected | loss | gaps | dropped clients | p50 ms | p90 ms | p99 ms | max ms | server CPU | subscribers CPU |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { subs, rate } of SCENARIOS) {
  for (const [name, make] of [
    ['Tether SseHub', tetherTarget],
    ['baseline: naive node:http', naiveTarget],
  ] as const) {
    const target = await make();
    try {
      const o = await run(target, subs, rate);
      rows.push({ scenario: `${subs}x${rate}`, target: name, outcome: o });
      const loss = o.expected - o.received;
      console.log(
        `| ${subs} × ${rate} | ${name} | ${o.received} / ${o.expected} | ${loss} | ${o.gaps} | ${o.dropped} | ${fmt(o.p50, 2)} | ${fmt(o.p90, 2)} | ${fmt(o.p99, 2)} | ${fmt(o.max, 1)} | ${fmt(o.serverCpuPct, 0)} % | ${fmt(o.subsCpuPct, 0)} % |`,
      );
      if (target.note) console.log(`|  | ↳ ${target.note()} | | | | | | | | | | |`);
    } finally {
      await target.close();
    }
  }
}
writeResult('sse', { seconds: SECONDS, workers: WORKERS, rows });
const goal = rows.find((r) => r.scenario === '1000x1000' && r.target === 'Tether SseHub');
if (goal) {
  const ok = goal.outcome.p99 < 50 && goal.outcome.received === goal.outcome.expected;
  console.log(
    `\ngoal 1000 × 1000/s: p99 ${fmt(goal.outcome.p99, 2)} ms (< 50), loss ${goal.outcome.expected - goal.outcome.received} (0) → ${ok ? 'met' : 'NOT met'}`,
  );
}
process.exit(0);
