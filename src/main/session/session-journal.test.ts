import { appendFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShotInfo } from '../../shared/studio-types';
import { applyRecords } from './loaded-session';
import { COMPACT_MIN_RECORDS, parseJournal, SessionJournal } from './session-journal';
import { SESSION_META_FILE, sessionJournalFile, type SessionMeta } from './session-schemas';

let dir: string;

const meta = (shots: ShotInfo[] = []): SessionMeta => ({
  version: 1,
  id: 'ses_1',
  name: 'Day',
  createdAt: '2025-01-01T00:00:00.000Z',
  template: '{session}_{seq:4}{ext}',
  nextSeq: shots.length + 1,
  shots,
});

const shot = (n: number): ShotInfo => ({
  id: `shot_${n}`,
  sessionId: 'ses_1',
  fileName: `Day_${String(n).padStart(4, '0')}.JPG`,
  path: join(dir, `Day_${n}.JPG`),
  size: n,
  cameraId: 'cam',
  originalName: `DSC${n}.JPG`,
  kind: 'jpeg',
  seq: n,
  importedAt: '2025-01-01T00:00:00.000Z',
});

/** What a fresh process reads back from the folder. */
async function reload(): Promise<{ meta: SessionMeta; journal: SessionJournal; corrupt: number }> {
  const journal = new SessionJournal(dir);
  const c = await journal.load();
  const m = c.snapshot ?? meta();
  applyRecords(m, c.records);
  return { meta: m, journal, corrupt: c.corrupt.length };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SessionJournal', () => {
  it('records a shot as one appended line; the snapshot is not rewritten per shot', async () => {
    const j = new SessionJournal(dir);
    await j.load();
    await j.create(meta());
    const snapshot = await readFile(join(dir, SESSION_META_FILE), 'utf8');
    for (let n = 1; n <= 20; n++) await j.append({ shot: shot(n), nextSeq: n + 1 }, true);
    expect(await readFile(join(dir, SESSION_META_FILE), 'utf8')).toBe(snapshot);
    const lines = (await readFile(join(dir, sessionJournalFile(0)), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(JSON.parse(lines[19]).shot.id).toBe('shot_20');
    const back = await reload();
    expect(back.meta.shots.map((s) => s.id)).toEqual(Array.from({ length: 20 }, (_, i) => `shot_${i + 1}`));
    expect(back.meta.nextSeq).toBe(21);
  });

  it('cuts a torn last line (a write a crash cut short) and appends cleanly after it', async () => {
    const j = new SessionJournal(dir);
    await j.load();
    await j.append({ shot: shot(1) }, true);
    await appendFile(join(dir, sessionJournalFile(0)), '{"shot":{"id":"shot_2","sess');
    const back = await reload();
    expect(back.meta.shots.map((s) => s.id)).toEqual(['shot_1']);
    expect(back.corrupt).toBe(0);
    await back.journal.append({ shot: shot(3) }, true);
    expect((await reload()).meta.shots.map((s) => s.id)).toEqual(['shot_1', 'shot_3']);
  });

  it('skips a bad line in the middle, keeps the rest and copies the journal aside for the report', async () => {
    const file = join(dir, sessionJournalFile(0));
    const good = (n: number) => `${JSON.stringify({ shot: shot(n) })}\n`;
    await writeFile(file, `${good(1)}{garbage\n${good(2)}`);
    const j = new SessionJournal(dir);
    const c = await j.load();
    expect(c.records.map((r) => r.shot?.id)).toEqual(['shot_1', 'shot_2']);
    expect(c.corrupt).toHaveLength(1);
    expect(c.corrupt[0].reason).toContain('line(s) 2');
    expect(await readFile(c.corrupt[0].movedTo, 'utf8')).toContain('{garbage');
  });

  it('folds the journal into the snapshot once it is as long as the session, and deletes the old journal', async () => {
    const j = new SessionJournal(dir);
    await j.load();
    await j.create(meta());
    const m = meta();
    for (let n = 1; n <= COMPACT_MIN_RECORDS; n++) {
      m.shots.push(shot(n));
      m.nextSeq = n + 1;
      await j.append({ shot: shot(n), nextSeq: n + 1 }, false);
    }
    expect(j.wantsCompaction(m.shots.length)).toBe(true);
    await j.compact(m);
    await j.append({ shot: shot(9999) }, true);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([SESSION_META_FILE, sessionJournalFile(1)].sort());
    const snap = JSON.parse(await readFile(join(dir, SESSION_META_FILE), 'utf8')) as SessionMeta;
    expect(snap.shots).toHaveLength(COMPACT_MIN_RECORDS);
    expect(snap.journal).toBe(1);
    const back = await reload();
    expect(back.meta.shots).toHaveLength(COMPACT_MIN_RECORDS + 1);
    expect(back.meta.shots.at(-1)?.id).toBe('shot_9999');
  });

  it('replays to the same state after a crash at any step of a compaction', async () => {
    // Crash before the new snapshot landed: the old snapshot, journal 0 and journal 1 are all there.
    await writeFile(join(dir, SESSION_META_FILE), JSON.stringify(meta([shot(1)])));
    await writeFile(join(dir, sessionJournalFile(0)), `${JSON.stringify({ shot: shot(2) })}\n`);
    await writeFile(join(dir, sessionJournalFile(1)), `${JSON.stringify({ shot: shot(3) })}\n`);
    expect((await reload()).meta.shots.map((s) => s.id)).toEqual(['shot_1', 'shot_2', 'shot_3']);
    // Crash after the snapshot (which already holds shot 3, appended during the compaction) but before the
    // old journal was deleted: journal 0 is ignored and shot 3 is not counted twice.
    await writeFile(
      join(dir, SESSION_META_FILE),
      JSON.stringify({ ...meta([shot(1), shot(2), shot(3)]), journal: 1 }),
    );
    const back = await reload();
    expect(back.meta.shots.map((s) => s.id)).toEqual(['shot_1', 'shot_2', 'shot_3']);
  });

  it('stamps the files so the sessions index can tell when they changed', async () => {
    const j = new SessionJournal(dir);
    await j.load();
    await j.create(meta());
    const before = await j.stamp();
    expect(await j.stamp()).toBe(before);
    await j.append({ shot: shot(1) }, true);
    expect(await j.stamp()).not.toBe(before);
    expect((await stat(join(dir, sessionJournalFile(0)))).size).toBeGreaterThan(0);
  });

  it('parses line by line, reporting bad lines by number', () => {
    const text = `${JSON.stringify({ nextSeq: 4 })}\n\nnot json\n{"template":"x"}\n{"tor`;
    const p = parseJournal(text);
    expect(p.good).toEqual([{ nextSeq: 4 }, { template: 'x' }]);
    expect(p.badLines).toEqual([3]);
    expect(p.goodBytes).toBe(Buffer.byteLength(text) - '{"tor'.length);
  });
});
