import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { ensureThreadpoolSize } = createRequire(import.meta.url)(join(root, 'bin', 'threadpool.cjs')) as {
  ensureThreadpoolSize(env: NodeJS.ProcessEnv): string;
};
const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'UV_THREADPOOL_SIZE'));
/** Runs the package command; bounded, a stuck child is killed. */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/tether-studio.cjs', ...args], {
    cwd: root,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });

// That a CommonJS first line really enlarges the pool (and an ESM module cannot) is proven by
// src/main/bootstrap.test.ts with the same bin/threadpool.cjs.
describe('bin/tether-studio.cjs (the package command)', () => {
  it('asks for 8 pool workers unless the environment says otherwise (empty counts as unset)', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(ensureThreadpoolSize(env)).toBe('8');
    expect(env.UV_THREADPOOL_SIZE).toBe('8');
    expect(ensureThreadpoolSize({ UV_THREADPOOL_SIZE: '' })).toBe('8');
    expect(ensureThreadpoolSize({ UV_THREADPOOL_SIZE: '3' })).toBe('3');
  });

  it('runs the CLI through the launcher: --help prints the usage and exits 0, an unknown command exits 2', () => {
    const help = cli('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tether-studio <command>/);
    const bad = cli('nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command 'nope'/);
  });
});
