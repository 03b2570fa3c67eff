// Child process of bench/sse.ts: opens N SSE connections, parses every event, and reports per-connection
// loss/order and a latency histogram (publish timestamp in the payload → receipt here). Parses bytes in
// place (Buffer.indexOf, no per-event strings) so the measuring side stays cheap.
// argv: <url> <connections>. IPC: sends {type:'ready'}, receives {type:'start'} and
// {type:'expect', firstId, lastId, graceMs}, sends {type:'result', …}.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [url, countArg] = process.argv.slice(2);
const count = Number(countArg);
const BUCKET_US = 100; // 0.1 ms buckets up to 30 s
const hist = new Uint32Array(300_001);
const now = () => performance.timeOrigin + performance.now();
const SEP = Buffer.from('\n\n');
const ID = Buffer.from('id: ');
const MARK = Buffer.from('"message":"');
const CONNECTED = Buffer.from('event: connected');
const conns = [];
let ready = 0;
let expect = null;
let cpuStart = process.cpuUsage();

/** Parses an unsigned decimal (with optional fraction) from buf[start..] up to a non-digit. */
function num(buf, start) {
  let v = 0;
  let i = start;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
  }
  if (buf[i] === 46) {
    let scale = 0.1;
    for (i++; i < buf.length; i++) {
      const c = buf[i];
      if (c < 48 || c > 57) break;
      v += (c - 48) * scale;
      scale /= 10;
    }
  }
  return v;
}

function onBlock(c, buf, start, end) {
  if (buf[start] === 58) return; // ": keepalive"
  if (buf.compare(ID, 0, ID.length, start, start + ID.length) !== 0) {
    const at = buf.indexOf(CONNECTED, start);
    if (!c.hello && at >= 0 && at < end) {
      c.hello = true;
      if (++ready === count) process.send({ type: 'ready' });
    }
    return;
  }
  const m = buf.indexOf(MARK, start);
  if (m < 0 || m > end) return; // not a bench event
  const id = num(buf, start + ID.length);
  const colon = buf.indexOf(58, m + MARK.length);
  const latency = now() - num(buf, colon + 1);
  hist[Math.max(0, Math.min(hist.length - 1, Math.round((latency * 1000) / BUCKET_US)))]++;
  if (c.last !== 0 && id !== c.last + 1) c.gaps++;
  c.last = id;
  c.received++;
}

function open(i) {
  const c = { hello: false, last: 0, received: 0, gaps: 0, closed: false, rest: null };
  conns[i] = c;
  const req = http.get(url, { agent: false, headers: { Accept: 'text/event-stream' } }, (res) => {
    res.on('data', (chunk) => {
      const buf = c.rest ? Buffer.concat([c.rest, chunk]) : chunk;
      let start = 0;
      let end;
      while ((end = buf.indexOf(SEP, start)) >= 0) {
        onBlock(c, buf, start, end);
        start = end + 2;
      }
      c.rest = start < buf.length ? buf.subarray(start) : null;
      if (expect && c.last >= expect.lastId) maybeFinish();
    });
    res.on('close', () => {
      c.closed = true;
      maybeFinish();
    });
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
  let closed = 0;
  for (const c of conns) {
    received += c.received;
    gaps += c.gaps;
    if (c.closed) closed++;
  }
  const sparse = [];
  hist.forEach((n, b) => n && sparse.push([b, n]));
  const cpu = process.cpuUsage(cpuStart);
  const result = {
    type: 'result',
    cpuMs: (cpu.user + cpu.system) / 1000,
    received,
    expected: want * count,
    gaps,
    closed,
  };
  process.send({ ...result, hist: sparse, bucketUs: BUCKET_US }, () => process.exit(0));
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
