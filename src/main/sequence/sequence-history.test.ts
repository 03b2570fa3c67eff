import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SequenceRun } from '../../shared/sequence-types';
import { CorruptionReporter } from '../core/corruption-reporter';
import { LogBuffer } from '../core/logger';
import { SequenceHistory } from './sequence-history';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const reporter = () => new CorruptionReporter(new LogBuffer(10, null).logger('test'));

const running: SequenceRun = {
  id: 'seq_1',
  cameraId: 'CAM1',
  spec: { kind: 'timelapse', intervalMs: 1000, count: 100 },
  state: 'running',
  total: 100,
  done: 37,
  startedAt: 1000,
  nextAt: 40_000,
  groupId: 'grp_1',
  warnings: [],
  restore: { 'shutter-speed': '0x1000a' },
  frames: [{ index: 36, at: 37_000 }],
};

describe('SequenceHistory', () => {
  it('turns a run the studio never finished (a crash) into an interrupted one, saying what was left changed', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seq-history-'));
    await writeFile(join(dir, 'sequences.json'), JSON.stringify({ version: 1, runs: [running] }));
    const [run] = await new SequenceHistory(dir).load(reporter());
    expect(run).toMatchObject({ state: 'interrupted', nextAt: null, finishedAt: 37_000, done: 37 });
    expect(run.warnings.join('\n')).toMatch(/stopped after frame 37 of 100/);
    expect(run.warnings.join('\n')).toMatch(/shutter-speed was not restored/);
    const saved = JSON.parse(await readFile(join(dir, 'sequences.json'), 'utf8'));
    expect(saved.runs[0].state).toBe('interrupted');
  });

  it('moves a corrupt history aside, reports it and starts empty', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seq-history-'));
    await writeFile(join(dir, 'sequences.json'), '{ not json');
    const r = reporter();
    expect(await new SequenceHistory(dir).load(r)).toEqual([]);
    expect(r.reports).toHaveLength(1);
  });
});
