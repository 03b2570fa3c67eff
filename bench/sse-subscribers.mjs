// Child process of bench/sse.ts: opens N SSE connections, parses every event, and reports per-connection
// loss/order and a latency histogram (publish timestamp in the payload → receipt here).
// argv: <url> <connections>. IPC: sends {type:'ready'}, receives {type:'expect', firstId, lastId}, sends {type:'result', …}.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [url, countArg] = process.argv.slice(2);
const count = Number(countArg);
const BUCKET_US = 100; // 0.1 ms buckets up to 30 s
const hist = new Uint32Array(300_001);
const now = () => performance.timeOrigin + performance.now();
const conns = [];
let ready = 0;
let expect = null;
let cpuStart = process.cpuUsage();
const MARK = '"message":"';

function record(latencyMs) {
  const b = Math.max(0, Math.min(hist.length - 1, Math.round((latencyMs * 1000) / BUCKET_US)));
  hist[b]++;
}

function onBlock(c, block) {
  if (block.charCodeAt(0) === 58) return; // ": keepalive"
  if (!block.startsWith('id: ')) {
    if (!c.hello && block.includes('event: connected')) {
      c.hello = true;
      if (++ready === count) process.send({ type: 'ready' });
    }
    return;
  }
  const nl = block.indexOf('\n');
  const id = Number(block.slice(4, nl));
  const m = block.indexOf(MARK);
  if (m < 0) return; // not a bench event
  const colon = block.indexOf(':', m + MARK.length);
  const t = Number(block.slice(colon + 1, block.indexOf('"', colon)));
  record(now() - t);
  if (c.last !== 0 && id !== c.last + 1) c.gaps++;
  c.last = id;
  c.received++;
  if (expect && id >= expect.lastId) maybeFinish();
}

function open(i) {
  const c = { hello: false, last: 0, received: 0, gaps: 0, closed: false, buf: '' };
  conns[i] = c;
  const req = http.get(url, { agent: false, headers: { Accept: 'text/event-stream' } }, (res) => {
    res.setEncoding('latin1');
    res.on('data', (chunk) => {
      let s = c.buf + chunk;
      let start = 0;
      let end;
      while ((end = s.indexOf('\n\n', start)) >= 0) {
        onBlock(c, s.slice(start, end));
        start = end + 2;
      }
      c.buf = s.slice(start);
    });
    res.on('close', () => (c.closed = true));
  });
  req.on('error', () => (c.closed = true));
}

let finished = false;
function maybeFinish(force = false) {
  if (finished || !expect) return;
  if (!force && !conns.every((c) => c.closed || c.last >= expect.lastId)) return;
  finished = true;
  const want = expect.lastId - expect.firstId + 1;
  let received = 0;
  let gaps = 0;
  let incomplete = 0;
  let closed = 0;
  for (const c of conns) {
    received += c.received;
    gaps += c.gaps;
    if (c.received < want) incomplete++;
    if (c.closed) closed++;
  }
  const sparse = [];
  hist.forEach((n, b) => n && sparse.push([b, n]));
  const cpu = process.cpuUsage(cpuStart);
  process.send({ type: 'result', cpuMs: (cpu.user + cpu.system) / 1000, received, expected: want * count, gaps, incomplete, closed, hist: sparse, bucketUs: BUCKET_US }, () =>
    process.exit(0),
  );
}

process.on('message', (msg) => {
  if (msg.type === 'start') cpuStart = process.cpuUsage();
  if (msg.type === 'expect') {
    expect = msg;
    maybeFinish();
    setTimeout(() => maybeFinish(true), msg.graceMs).unref();
  }
});

for (let i = 0; i < count; i++) open(i);
