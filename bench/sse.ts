/**
 * SSE fan-out benchmark: N subscribers × R events/s through the real server (`createStudio` → event bus →
 * SseHub → HTTP), against a naive baseline in the same run (a plain node:http SSE server that serialises
 * each event per client and writes it immediately). Subscribers run in child processes; latency is
 * publish timestamp (in the payload) → receipt. Settings: BENCH_SSE_SECONDS (3; 5 with --full), BENCH_SSE_WORKERS (2),
 * BENCH_SSE_SCENARIOS ("100x100,1000x100,100x1000,1000x1000": subscribers x events/s), BENCH_RUNS (3): every
 * figure is the median and min–max of the runs.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { RUNS, envInt, field, fmt, fmtSpread, maxOf, printGoals, sized, writeResult } from './bench-lib';
import { startBenchStudio } from './studio-lib';

const SECONDS = sized('BENCH_SSE_SECONDS', 3, 5);
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

async function run1(target: Target, subs: number, rate: number): Promise<Outcome> {
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

const rows: { scenario: string; target: string; run: number; outcome: Outcome }[] = [];
const TARGETS = [
  ['Tether SseHub', tetherTarget],
  ['baseline: naive node:http', naiveTarget],
] as const;
console.log(
  `SSE fan-out: ${SECONDS} s per scenario, ${RUNS} run(s), subscribers in ${WORKERS} child processes, latency publish → receipt`,
);
// Runs are the outer loop: a noisy minute of the machine lands on one run of every scenario, not on all
// runs of one.
for (let run = 0; run < RUNS; run++) {
  for (const { subs, rate } of SCENARIOS) {
    for (const [name, make] of TARGETS) {
      const target = await make();
      try {
        const o = await run1(target, subs, rate);
        rows.push({ scenario: `${subs}x${rate}`, target: name, run, outcome: o });
        console.log(
          `  run ${run + 1} ${subs} × ${rate} ${name}: ${o.received}/${o.expected}, p50 ${fmt(o.p50, 2)} p99 ${fmt(o.p99, 2)} max ${fmt(o.max, 1)} ms, server CPU ${fmt(o.serverCpuPct, 0)} %${target.note ? ` (${target.note()})` : ''}`,
        );
      } finally {
        await target.close();
      }
    }
  }
}

console.log(`\nmedian (min–max) over ${RUNS} run(s)`);
console.log(
  '| subscribers × events/s | server | loss (median) | gaps | dropped clients | p50 ms | p99 ms | max ms | server CPU % | subscribers CPU % |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const of = (scenario: string, target: string) =>
  rows.filter((r) => r.scenario === scenario && r.target === target).map((r) => r.outcome);
for (const { subs, rate } of SCENARIOS) {
  for (const [name] of TARGETS) {
    const os = of(`${subs}x${rate}`, name);
    const f = (pick: (o: Outcome) => number, digits: number) => fmtSpread(field(os, pick), digits);
    console.log(
      `| ${subs} × ${rate} | ${name} | ${f((o) => o.expected - o.received, 0)} | ${f((o) => o.gaps, 0)} | ${f((o) => o.dropped, 0)} | ${f((o) => o.p50, 2)} | ${f((o) => o.p99, 2)} | ${f((o) => o.max, 1)} | ${f((o) => o.serverCpuPct, 0)} | ${f((o) => o.subsCpuPct, 0)} |`,
    );
  }
}
writeResult('sse', { seconds: SECONDS, workers: WORKERS, runs: RUNS, rows });
const goalRuns = of('1000x1000', 'Tether SseHub');
const naiveRuns = of('1000x1000', 'baseline: naive node:http');
if (goalRuns.length > 0) {
  const p99 = field(goalRuns, (o) => o.p99);
  const loss = field(goalRuns, (o) => o.expected - o.received);
  printGoals('sse goals', [
    {
      goal: '1000 subscribers × 1000 events/s: p99 < 50 ms, no loss',
      figure: `p99 ${fmtSpread(p99, 2, 'ms')}, loss ${fmtSpread(loss, 0)}`,
      baseline: naiveRuns.length
        ? `naive node:http p99 ${fmtSpread(
            field(naiveRuns, (o) => o.p99),
            2,
            'ms',
          )}, loss ${fmtSpread(
            field(naiveRuns, (o) => o.expected - o.received),
            0,
          )}`
        : '—',
      met: p99.median < 50 && loss.max === 0,
    },
  ]);
}
process.exit(0);
