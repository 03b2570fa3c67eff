import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const root = resolve(here, '..', '..', '..');
const entry = join(here, 'fault-child.ts');
let bundled: Promise<string | null> | null = null;

/**
 * The child entry as one ES module (esbuild, which tsx ships with): it starts in about half the time of
 * compiling on the fly, which matters when a run restarts the studio a hundred times. Null: run through tsx.
 */
function bundle(): Promise<string | null> {
  bundled ??= (async () => {
    try {
      const esbuild = await import('esbuild');
      const dir = join(root, 'node_modules', '.cache', 'tether-faults');
      mkdirSync(dir, { recursive: true });
      const outfile = join(dir, `fault-child-${process.pid}.mjs`);
      await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile,
        logLevel: 'silent',
      });
      process.once('exit', () => rmSync(outfile, { force: true }));
      return existsSync(outfile) ? outfile : null;
    } catch {
      return null;
    }
  })();
  return bundled;
}

/** A running child studio. */
export interface ChildStudio {
  url: string;
  child: ChildProcess;
  /** `kill -9`; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Output so far (for failure messages). */
  output(): string;
}

/** Starts the child studio over `dataDir`/`sessionRoot`; resolves when it serves (bounded by `timeoutMs`). */
export async function startChild(
  dataDir: string,
  sessionRoot: string,
  rate: number,
  timeoutMs = 90_000,
): Promise<ChildStudio> {
  const module = await bundle();
  const args = module ? [module] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, [...args, dataDir, sessionRoot, String(rate)], {
    cwd: root,
    env: { ...process.env, TETHER_LOG_LEVEL: 'error', VITEST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child studio did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      const m = /READY (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolveUrl(m[1]);
    };
    child.stdout?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the child studio exited before serving:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
