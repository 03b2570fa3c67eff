import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const launcher = join(root, 'bin', 'threadpool.cjs');
const { ensureThreadpoolSize } = createRequire(import.meta.url)(launcher) as {
  ensureThreadpoolSize(env: NodeJS.ProcessEnv): string;
};
const cleanEnv = () => {
  const env = { ...process.env };
  delete env.UV_THREADPOOL_SIZE;
  return env;
};

/**
 * Node script: sizes the pool the way the launcher does, parks five workers in blocking FIFO opens, then
 * checks whether an fs.stat still completes (pool > 5) or starves (the default 4). Prints `free`/`starved`.
 */
const probe = (dir: string, sizeFirst: boolean) => `
${sizeFirst ? `require(${JSON.stringify(launcher)}).ensureThreadpoolSize(process.env);` : ''}
const fs = require('node:fs');
const fifos = [0, 1, 2, 3, 4].map((i) => ${JSON.stringify(dir)} + '/f' + i);
const opens = fifos.map((f) => fs.promises.open(f, 'r'));
const free = fs.promises.stat(${JSON.stringify(dir)}).then(() => 'free');
const late = new Promise((r) => setTimeout(() => r('starved'), 1500));
// Releases the parked readers: a FIFO opens for writing without blocking only once its reader is waiting
// (ENXIO before that, e.g. while a pool thread is still getting to it under load), so retry until each has.
const release = (f) =>
  new Promise((resolve) => {
    const attempt = () => {
      try {
        fs.closeSync(fs.openSync(f, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
        resolve();
      } catch {
        setTimeout(attempt, 10);
      }
    };
    attempt();
  });
Promise.race([free, late]).then((r) => {
  console.log(r);
  return Promise.all(fifos.map(release));
}).then(() => Promise.all(opens)).then((hs) => Promise.all(hs.map((h) => h.close()))).then(() => process.exit(0));
`;

describe('bin/tether-studio.cjs (the package command)', () => {
  it('sets UV_THREADPOOL_SIZE=8 unless the environment says otherwise', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(ensureThreadpoolSize(env)).toBe('8');
    expect(ensureThreadpoolSize({ UV_THREADPOOL_SIZE: '' })).toBe('8');
    expect(ensureThreadpoolSize({ UV_THREADPOOL_SIZE: '3' })).toBe('3');
  });

  it('runs the CLI through the launcher: --help prints the usage and exits 0', () => {
    const run = spawnSync(process.execPath, ['bin/tether-studio.cjs', '--help'], {
      cwd: root,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: tether-studio <command>/);
    const bad = spawnSync(process.execPath, ['bin/tether-studio.cjs', 'nope'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command 'nope'/);
  });

  it.skipIf(process.platform === 'win32')(
    'setting it on the first line of a CommonJS entry really enlarges the pool',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'tether-pool-'));
      try {
        const run = (sizeFirst: boolean) => {
          rmSync(dir, { recursive: true, force: true });
          execFileSync('mkdir', ['-p', dir]);
          for (let i = 0; i < 5; i++) execFileSync('mkfifo', [join(dir, `f${i}`)]);
          return execFileSync(process.execPath, ['-e', probe(dir, sizeFirst)], {
            env: cleanEnv(),
            encoding: 'utf8',
            timeout: 20_000, // bounded: a stuck probe fails the test instead of hanging the run
          }).trim();
        };
        expect(run(false)).toBe('starved');
        expect(run(true)).toBe('free');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
