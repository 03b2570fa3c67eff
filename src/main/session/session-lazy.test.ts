import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptionReporter } from '../core/corruption-reporter';
import { EventBus } from '../core/event-bus';
import { LogBuffer } from '../core/logger';
import { SettingsService } from '../settings/settings-service';
import { SESSION_META_FILE } from './session-schemas';
import { SessionService } from './session-service';

let dir: string;

async function makeService() {
  const log = new LogBuffer(100, null).logger('test');
  const bus = new EventBus();
  const reporter = new CorruptionReporter(log, bus);
  const settings = new SettingsService(join(dir, 'data'), reporter);
  await settings.load();
  const sessions = new SessionService({
    dataDir: join(dir, 'data'),
    root: join(dir, 'root'),
    settings,
    reporter,
    bus,
    log,
  });
  await sessions.load();
  return { sessions, settings, reporter, bus };
}

async function stop(s: Awaited<ReturnType<typeof makeService>>) {
  await s.sessions.flush();
  await s.settings.flush();
}

const req = (original: string) => ({ cameraId: 'cam1', camera: 'ILCE-7M4', original });
const facts = (original: string) => ({
  size: 1,
  cameraId: 'cam1',
  originalName: original,
  kind: 'jpeg' as const,
});

async function addShots(sessions: SessionService, count: number, sessionId?: string) {
  const out = [];
  for (let i = 1; i <= count; i++) {
    const alloc = await sessions.allocate(req(`DSC${i}.JPG`), sessionId);
    out.push(await sessions.addShot(alloc, facts(`DSC${i}.JPG`)));
  }
  return out;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-lazy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SessionService: lazy sessions and the journal', () => {
  it('starts without reading inactive sessions: lists them from the index, reads one when it is used', async () => {
    const first = await makeService();
    const a = await first.sessions.create('Alpha');
    await addShots(first.sessions, 3);
    await first.sessions.create('Beta');
    await addShots(first.sessions, 2);
    await stop(first);

    // Alpha's metadata is made unreadable but keeps its size and time: only reading it can tell.
    const file = join(a.folder, SESSION_META_FILE);
    const st = await stat(file);
    await writeFile(file, '#'.repeat(st.size));
    await utimes(file, st.atime, st.mtime);

    const second = await makeService();
    expect(second.sessions.active().name).toBe('Beta');
    const listed = second.sessions.list().find((s) => s.name === 'Alpha');
    expect(listed).toMatchObject({ id: a.id, shotCount: 3, nextSeq: 4 });
    expect(second.reporter.reports).toHaveLength(0);

    await second.sessions.switchTo(a.id);
    expect(second.reporter.reports).toHaveLength(1);
    expect(second.reporter.reports[0].file).toBe(file);
  });

  it('reads a session in full at start when its files changed behind the index', async () => {
    const first = await makeService();
    const a = await first.sessions.create('Alpha');
    await first.sessions.create('Beta');
    await stop(first);
    // Another studio (or a crash before the index was written) added shots to Alpha.
    const other = await makeService();
    await addShots(other.sessions, 4, a.id);
    await other.sessions.flush();

    const third = await makeService();
    expect(third.sessions.list().find((s) => s.id === a.id)?.shotCount).toBe(4);
  });

  it('finds shots of sessions not read yet, by session and by shot id', async () => {
    const first = await makeService();
    const a = await first.sessions.create('Alpha');
    const shots = await addShots(first.sessions, 2);
    await first.sessions.create('Beta');
    await stop(first);

    const second = await makeService();
    expect((await second.sessions.shot(shots[1].id)).fileName).toBe(shots[1].fileName);
    expect((await second.sessions.shots(a.id)).map((s) => s.id)).toEqual(shots.map((s) => s.id));
    await expect(second.sessions.shot('shot_nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(second.sessions.shots('ses_nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('announces each recorded shot on the bus (what the filmstrip adds)', async () => {
    const s = await makeService();
    const seen: string[] = [];
    s.bus.on('shotAdded', (shot) => seen.push(shot.fileName));
    const [shot] = await addShots(s.sessions, 1);
    expect(seen).toEqual([shot.fileName]);
  });

  it('keeps every shot it acknowledged when the process is killed (kill -9), with no flush', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'testing', 'shot-writer-child.ts'),
        join(dir, 'data'),
        join(dir, 'root'),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const acked: string[] = [];
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${acked.length} acks in 25 s`)), 25_000);
        child.once('exit', (code) => reject(new Error(`the child exited early (${code})`)));
        createInterface({ input: child.stdout }).on('line', (line) => {
          const [word, id] = line.split(' ');
          if (word === 'ack') acked.push(id);
          if (acked.length === 40) {
            clearTimeout(timer);
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await exited;

    const after = await makeService();
    const ids = new Set((await after.sessions.shots()).map((s) => s.id));
    expect(acked.filter((id) => !ids.has(id))).toEqual([]);
    expect(after.sessions.active().nextSeq).toBeGreaterThan(acked.length);
    // Nothing half-written is left to trip the next start.
    expect(after.reporter.reports).toEqual([]);
    expect(await readFile(join(dir, 'data', 'sessions.json'), 'utf8')).toContain(after.sessions.active().id);
  });
});
