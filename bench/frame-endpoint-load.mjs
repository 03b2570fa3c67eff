// Child process of bench/frame-endpoint.ts: a keep-alive HTTP load generator. argv: <url> <connections>
// <durationMs> <expectedBytes>. Each connection loops GET → read body → GET; reports {ok, bad, bytes} over IPC.
import http from 'node:http';

const [url, connArg, durationArg, bytesArg] = process.argv.slice(2);
const connections = Number(connArg);
const durationMs = Number(durationArg);
const expected = Number(bytesArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const deadline = Date.now() + durationMs;
let ok = 0;
let bad = 0;
let bytes = 0;

function loop() {
  return new Promise((resolve) => {
    const once = () => {
      if (Date.now() >= deadline) return resolve();
      const req = http.get(url, { agent }, (res) => {
        let n = 0;
        res.on('data', (c) => (n += c.length));
        res.on('end', () => {
          if (res.statusCode === 200 && n === expected) ok++;
          else bad++;
          bytes += n;
          once();
        });
      });
      req.on('error', () => {
        bad++;
        once();
      });
    };
    once();
  });
}

const started = Date.now();
await Promise.all(Array.from({ length: connections }, loop));
const elapsed = Date.now() - started;
agent.destroy();
process.send({ ok, bad, bytes, elapsedMs: elapsed }, () => process.exit(0));
