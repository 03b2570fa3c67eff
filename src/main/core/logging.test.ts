import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RotatingLogFile } from './log-file';
import { redact, redactDeep } from './log-redact';
import { LogBuffer } from './logger';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-logs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('logs (issue 12 items 7, 11)', () => {
  it('redacts tokens in URLs, Bearer headers, cookies and every registered secret', () => {
    const token = 'Zk3-pQ9_sEcReT-t0ken-xyz';
    const line = `GET /api/cameras?token=${encodeURIComponent(token)}&x=1 Authorization: Bearer ${token} tether_token=${token}; raw ${token}`;
    const out = redact(line, [token]);
    expect(out).not.toContain(token);
    expect(out).toContain('?token=[redacted]&x=1');
    expect(redact('GET /x?token=abcdefgh', [])).toBe('GET /x?token=[redacted]');
    expect(redactDeep({ extra: { server: { token: 'abc' } }, name: `url ${token}` }, [token])).toEqual({
      extra: { server: { token: '[redacted]' } },
      name: 'url [redacted]',
    });
  });

  it('keeps secrets out of the buffer, stderr and log files', async () => {
    const logs = new LogBuffer(100, null);
    const file = new RotatingLogFile(dir);
    logs.addSink(file);
    logs.addSecret('super-secret-token-1234');
    logs.logger('server').error('GET /api/events?token=super-secret-token-1234: boom');
    file.close();
    expect(logs.recent(10)[0].message).toBe('GET /api/events?token=[redacted]: boom');
    const text = await readFile(join(dir, 'tether-studio.log'), 'utf8');
    expect(text).toMatch(/ERROR server: GET \/api\/events\?token=\[redacted\]: boom\n$/);
  });

  it('rotates the log file by size, keeping a bounded number of old files', async () => {
    const file = new RotatingLogFile(dir, { maxBytes: 1000, keep: 3 });
    for (let i = 0; i < 200; i++) file.write(`line ${i} ${'x'.repeat(40)}`);
    file.close();
    const names = (await readdir(dir)).sort();
    expect(names).toEqual([
      'tether-studio.log',
      'tether-studio.log.1',
      'tether-studio.log.2',
      'tether-studio.log.3',
    ]);
    expect(file.files().map((f) => f.split('/').pop())).toEqual(names);
    expect(await readFile(join(dir, 'tether-studio.log'), 'utf8')).toContain('line 199 ');
    for (const n of names) expect((await readFile(join(dir, n))).length).toBeLessThanOrEqual(1000);
  });

  it('logs an uncaught exception and an unhandled rejection, and keeps the process running', async () => {
    const script = `
      const { installProcessGuards } = await import(${JSON.stringify(join(import.meta.dirname, 'process-guards.ts'))});
      const lines = [];
      installProcessGuards({ error: (m) => lines.push(m) });
      setTimeout(() => { throw new Error('thrown from a timer'); }, 1);
      setTimeout(() => { void Promise.reject(new Error('nobody caught me')); }, 2);
      setTimeout(() => { console.log(JSON.stringify({ alive: true, lines })); process.exit(0); }, 50);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 20_000,
      killSignal: 'SIGKILL',
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(0);
    const report = JSON.parse(out.trim()) as { alive: boolean; lines: string[] };
    expect(report.alive).toBe(true);
    expect(report.lines.join('\n')).toMatch(/uncaughtException: Error: thrown from a timer/);
    expect(report.lines.join('\n')).toMatch(/unhandledRejection: Error: nobody caught me/);
  });
});
