import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptionReporter } from '../core/corruption-reporter';
import { LogBuffer } from '../core/logger';
import type { JournalRecord } from './journal-record';
import { JOURNAL_FILE, TransferJournal } from './transfer-journal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ts-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const reporter = () => new CorruptionReporter(new LogBuffer(100, null).logger('t'));

function record(id: string, bytesDone = 0): JournalRecord {
  return {
    job: {
      id,
      cameraId: 'cam',
      source: { kind: 'card', slot: 1, contentId: 1, fileId: 1 },
      originalName: 'DSC00001.ARW',
      targetPath: join(dir, 'S_0001.ARW'),
      state: 'queued',
      bytesDone,
      bytesTotal: 100,
      percent: 0,
      speed: 0,
      attempts: 0,
      createdAt: 1,
    },
    lane: 'card',
    destination: { kind: 'session', sessionId: 'ses_1' },
    request: {
      cameraId: 'cam',
      camera: 'ILCE-7M4',
      original: 'DSC00001.ARW',
      date: new Date(0).toISOString(),
    },
    kind: 'raw',
    alloc: { seq: 1, fileName: 'S_0001.ARW', path: join(dir, 'S_0001.ARW') },
  };
}

describe('TransferJournal', () => {
  it('replays puts and deletes, keeps the last version of a job, and compacts at load', async () => {
    const a = new TransferJournal(dir, reporter());
    expect(await a.load()).toEqual([]);
    await a.put([record('tr_1'), record('tr_2')], true);
    await a.put([record('tr_1', 50)]);
    await a.remove('tr_2');
    await a.close();
    const b = new TransferJournal(dir, reporter());
    const live = await b.load();
    expect(live.map((r) => [r.job.id, r.job.bytesDone])).toEqual([['tr_1', 50]]);
    // Compacted: one line per live job.
    expect((await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim().split('\n')).toHaveLength(1);
    await b.close();
  });

  it('drops a torn last line (killed mid-append) without calling the file corrupt', async () => {
    const a = new TransferJournal(dir, reporter());
    await a.load();
    await a.put([record('tr_1')], true);
    await a.close();
    const full = await readFile(join(dir, JOURNAL_FILE), 'utf8');
    const torn = JSON.stringify({ put: record('tr_2') }).slice(0, 40);
    await writeFile(join(dir, JOURNAL_FILE), full + torn);
    const r = reporter();
    const live = await new TransferJournal(dir, r).load();
    expect(live.map((x) => x.job.id)).toEqual(['tr_1']);
    expect(r.reports).toEqual([]);
  });

  it('moves a journal with a bad line in the middle aside, reports it, and keeps what parsed', async () => {
    const lines = [
      JSON.stringify({ put: record('tr_1') }),
      '{"put": 42}',
      JSON.stringify({ put: record('tr_3') }),
    ];
    await writeFile(join(dir, JOURNAL_FILE), `${lines.join('\n')}\n`);
    const r = reporter();
    const live = await new TransferJournal(dir, r).load();
    expect(live.map((x) => x.job.id)).toEqual(['tr_1', 'tr_3']);
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0].reason).toMatch(/line 2/);
    expect((await readdir(dir)).some((f) => f.startsWith(`${JOURNAL_FILE}.corrupt-`))).toBe(true);
  });
});
