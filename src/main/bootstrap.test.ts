import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cjsBootstrap } from '../../electron.vite.config';

const root = resolve(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tether-bootstrap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Stands in for the ESM bundle: parks five pool workers in blocking FIFO opens, then asks whether an
 * fs.stat still completes (`free`: the pool has more than five workers) within `bound` ms (`starved`: the
 * default four are all blocked, so it cannot). Every reader is then released by a read-write open of its
 * FIFO (which never blocks and counts as a writer), so the probe always exits. `size-here` sets the pool size
 * from inside the ESM module itself: what the bootstrap exists to avoid.
 */
const PROBE = `
import fs from 'node:fs';
if (process.argv[2] === 'size-here') process.env.UV_THREADPOOL_SIZE ||= '8';
const fifos = [0, 1, 2, 3, 4].map((i) => process.env.PROBE_DIR + '/f' + i);
const opens = fifos.map((f) => fs.promises.open(f, 'r'));
let timer;
const result = await Promise.race([
  fs.promises.stat(process.env.PROBE_DIR).then(() => 'free'),
  new Promise((r) => (timer = setTimeout(() => r('starved'), Number(process.argv[3])))),
]);
clearTimeout(timer);
const writers = fifos.map((f) => fs.openSync(f, fs.constants.O_RDWR | fs.constants.O_NONBLOCK));
for (const h of await Promise.all(opens)) await h.close();
for (const w of writers) fs.closeSync(w);
console.log(JSON.stringify({ result, size: process.env.UV_THREADPOOL_SIZE ?? null }));
`;

/** Runs an entry of the stand-in app under plain Node (bounded: a stuck child is killed). */
function run(entry: string, args: string[], env: Record<string, string> = {}) {
  const fifoDir = mkdtempSync(join(dir, 'fifos-'));
  for (let i = 0; i < 5; i++) spawnSync('mkfifo', [join(fifoDir, `f${i}`)], { timeout: 10_000 });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'UV_THREADPOOL_SIZE'));
  const child = spawnSync(process.execPath, [entry, ...args], {
    cwd: dir,
    env: { ...clean, ...env, PROBE_DIR: fifoDir },
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  expect(child.status, `${entry}: ${child.stderr}${child.error ? String(child.error) : ''}`).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { result: string; size: string | null };
}

describe('the Electron main entry (package.json main → bootstrap.cjs → the ESM bundle)', () => {
  it('is what the main build emits next to the bundle, and what package.json names', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const plugin = cjsBootstrap();
    (plugin.generateBundle as (this: unknown) => void).call({
      emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
    });
    const { main } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(main).toBe('./out/main/bootstrap.cjs');
    const bootstrap = emitted.find((f) => f.fileName === basename(main));
    expect(bootstrap?.source).toBe(readFileSync(join(root, 'src/main/bootstrap.cjs'), 'utf8'));
    expect(bootstrap?.source).toContain("import('./index.js')");
    expect(emitted.find((f) => f.fileName === 'threadpool.cjs')?.source).toBe(
      readFileSync(join(root, 'bin/threadpool.cjs'), 'utf8'),
    );
    for (const f of emitted) writeFileSync(join(dir, f.fileName), f.source);
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'index.js'), PROBE);
  });

  it.skipIf(process.platform === 'win32')(
    'sizes the libuv pool before the ESM bundle loads; sizing from the bundle itself is too late',
    () => {
      expect(run('index.js', ['size-here', '1500'])).toEqual({ result: 'starved', size: '8' });
      expect(run('bootstrap.cjs', ['', '20000'])).toEqual({ result: 'free', size: '8' });
      expect(run('bootstrap.cjs', ['', '1500'], { UV_THREADPOOL_SIZE: '3' })).toEqual({
        result: 'starved',
        size: '3',
      });
    },
    120_000,
  );
});
