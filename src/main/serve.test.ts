import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs `bin/tether-studio.mjs serve …` and resolves with the URL it prints. */
function startCli(
  args: string[],
): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tether-serve-'));
  dirs.push(dir);
  const child = spawn(
    process.execPath,
    ['bin/tether-studio.mjs', 'serve', '--port', '0', '--driver', 'sim', '--data-dir', dir, ...args],
    {
      cwd: root,
      // The sources through tsx, whether or not a fresh out/main exists (serve-build.test covers the choice).
      env: { ...process.env, TETHER_LOG_LEVEL: 'error', VITEST: '', TETHER_SERVE_BUILT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolveStart({ child, url: m[1], exited });
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${out}\n${err}`)));
  });
}

describe('tether-studio serve', () => {
  it('parses flags and refuses bad ones with a clear message', () => {
    const a = parseServeArgs(
      ['--port', '9000', '--driver', 'sim', '--cameras', '2', '--data-dir', '/tmp/x'],
      {},
    );
    expect(a).toMatchObject({ port: 9000, host: '127.0.0.1', driver: 'sim', cameras: 2, dataDir: '/tmp/x' });
    // --data-dir holds the session root too (unless the settings name one); without it, the app's default.
    expect(a.sessionRootFallback).toBe(join('/tmp/x', 'sessions'));
    expect(parseServeArgs([], {}).sessionRootFallback).toBeUndefined();
    expect(() => parseServeArgs(['--port', '70000'], {})).toThrow(/--port/);
    expect(() => parseServeArgs(['--driver', 'usb'], {})).toThrow(/--driver/);
    expect(() => parseServeArgs(['--cameras', '0'], {})).toThrow(/--cameras/);
    expect(parseServeArgs(['--sim-card-shots', '3000'], {}).simCardShots).toBe(3000);
    expect(parseServeArgs([], {}).simCardShots).toBeUndefined();
    expect(() => parseServeArgs(['--sim-card-shots', '0'], {})).toThrow(/--sim-card-shots/);
    expect(() => parseServeArgs(['--bogus'], {})).toThrow();
    expect(parseServeArgs(['--host', '0.0.0.0'], { TETHER_API_TOKEN: 'long-enough-token' }).token).toBe(
      'long-enough-token',
    );
  });

  it('refuses weak tokens and generates one for a network bind without a token', () => {
    for (const weak of [
      '        ',
      'short',
      'aaaaaaaaaaaaaaaaaaaa',
      '1212121212121212',
      'has spaces in it ok?',
    ])
      expect(() => parseServeArgs(['--token', weak], {}), weak).toThrow(/--token is too weak/);
    const lan = parseServeArgs(['--host', '0.0.0.0'], {});
    expect(lan.tokenGenerated).toBe(true);
    expect(lan.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(parseServeArgs(['--host', '0.0.0.0'], {}).token).not.toBe(lan.token);
    expect(parseServeArgs([], {}).token).toBeUndefined();
  });

  it('runs from a checkout without a build, prints the URL, serves, and stops on POST /api/server/shutdown', async () => {
    const { url, exited } = await startCli(['--driver', 'sim', '--cameras', '2']);
    const status = (await (await fetch(`${url}/api/server/status`)).json()) as {
      cameras: { discovered: number };
      driver: { kind: string };
    };
    expect(status.driver.kind).toBe('sim');
    expect(status.cameras.discovered).toBe(2);
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toMatch(/<html/i);
    const bye = await fetch(`${url}/api/server/shutdown`, { method: 'POST' });
    expect(bye.status).toBe(200);
    expect(await exited).toBe(0);
  }, 60_000);

  it('stops gracefully on SIGTERM', async () => {
    const { child, exited } = await startCli([]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
