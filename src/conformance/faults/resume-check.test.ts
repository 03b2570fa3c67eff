import { randomBytes } from 'node:crypto';
import { link, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import type { FakeStudio } from '../../main/app/testing/fake-studio';
import { studioRestarts } from '../../main/app/testing/studio-restarts';
import { formatLogLine } from '../../main/core/logger';
import { partsIn } from './fault-verify';
import { checkResumes, parseRunLog } from './resume-check';

const P = '/s/20260101_0056.JPG.part';
const stamp = '2026-12-07T08:00:00.000Z';
const starting = `${stamp} INFO studio: starting 1.0.0 (pid 1)`;
const runLine = (id: string, bytes: number, part = P) =>
  `${stamp} INFO transfer [cam]: ${id} (DSC00056.JPG) run 1 starts at ${bytes} bytes into ${part}`;
const doneLine = (id: string, bytes: number, from: string | null = P) =>
  `${stamp} INFO transfer [cam]: ${id} (DSC00056.JPG) completed at start (${bytes} bytes, adopt)${from ? ` from ${from}` : ''}`;

/** One cut (P with `size` bytes at kill 0), checked against gen 0's attempt and gen 1's `after` lines. */
function check(size: number, after: string[]) {
  const log = parseRunLog([starting, runLine('tr_a1', 0), starting, ...after]);
  return checkResumes([new Map([[P, size]])], [], log);
}

describe('checkResumes: every .part a kill left is picked up from exactly its bytes', () => {
  it('counts an attempt from the offset on disk as resumed', () => {
    expect(check(893028, [runLine('tr_a1', 893028)])).toEqual({
      interruptedPulls: 1,
      resumedFromOffset: 1,
      completedAtStart: 0,
      restartedFromZero: [],
    });
  });

  it('reports an attempt from 0, and a job never seen again', () => {
    expect(check(893028, [runLine('tr_a1', 0)]).restartedFromZero).toEqual([
      '20260101_0056.JPG.part: 893028 bytes kept, next run started at 0',
    ]);
    expect(check(893028, []).restartedFromZero).toEqual([
      '20260101_0056.JPG.part: 893028 bytes kept, next run started at never',
    ]);
  });

  it('counts a job completed at start from that very .part with exactly its bytes', () => {
    const r = check(893028, [doneLine('tr_a1', 893028)]);
    expect(r).toMatchObject({ interruptedPulls: 1, completedAtStart: 1, restartedFromZero: [] });
  });

  it('does not let a completion with other bytes, without the .part, or before the kill pass', () => {
    expect(check(893028, [doneLine('tr_a1', 900000)]).restartedFromZero).toHaveLength(1);
    expect(check(893028, [doneLine('tr_a1', 893028, null)]).restartedFromZero).toHaveLength(1);
    expect(check(893028, [doneLine('tr_a1', 893028, '/s/other.JPG.part')]).restartedFromZero).toHaveLength(1);
    // The first later event decides: a completion after a restart from 0 does not hide the restart.
    expect(check(893028, [runLine('tr_a1', 0), doneLine('tr_a1', 893028)]).restartedFromZero).toHaveLength(1);
    const before = parseRunLog([starting, runLine('tr_a1', 0), doneLine('tr_a1', 893028), starting]);
    expect(checkResumes([new Map([[P, 893028]])], [], before).restartedFromZero).toHaveLength(1);
  });
});

describe('checkResumes over a real studio restart (no child process, no kill -9)', () => {
  const cam = 'fake-1';
  const DATA = randomBytes(2 * 1024 * 1024 + 17);
  const studios = studioRestarts('ts-resume-check-', { cam, name: 'DSC00001.ARW', data: DATA });
  const start = (connect?: 'remote-transfer') => studios.start(connect ? { connect } : {});
  const lines = (h: FakeStudio) => h.studio.logs.recent(1000, 'info').map(formatLogLine);
  const stop = studios.stop;

  /** Gen 0: a pull cut by an unplug (its `.part` keeps some bytes); the studio then stops. */
  async function cutPull(): Promise<{ gen0: string[]; job: TransferJob; folder: string }> {
    const h = await start('remote-transfer');
    const file = (await h.studio.cards.list(cam, 1))[0];
    h.driver.failNextStreamAt(700 * 1024, () => h.driver.unplug(cam));
    const paused = h.studio.bus.waitFor('warning', (w) => w.code === 'TRANSFER_PAUSED');
    const [queued] = await h.studio.transfers.pullCardFiles(cam, [file]);
    await paused;
    const job = h.studio.transfers.get(queued.id);
    const folder = h.studio.sessions.active().folder;
    const gen0 = lines(h);
    await stop(h);
    return { gen0, job, folder };
  }

  it('a pull resumed after the restart counts as resumed from its offset', async () => {
    const { gen0, job, folder } = await cutPull();
    const cuts = await partsIn(folder);
    expect([...cuts.values()][0]).toBeGreaterThan(0);
    const again = await start('remote-transfer');
    await again.studio.bus.waitFor('transferDone', (j) => j.id === job.id);
    const r = checkResumes([cuts], again.studio.transfers.list(), parseRunLog([...gen0, ...lines(again)]));
    expect(r).toMatchObject({ interruptedPulls: 1, resumedFromOffset: 1, restartedFromZero: [] });
  });

  it('a commit cut between link and unlink (what bench faults saw as "never") counts as completed at start', async () => {
    const { gen0, job, folder } = await cutPull();
    const final = job.targetPath as string;
    // The kill's moment: the whole file verified in `.part`, linked to its final name, not yet unlinked.
    await writeFile(`${final}.part`, DATA);
    await link(`${final}.part`, final);
    const cuts = await partsIn(folder);
    expect([...cuts]).toEqual([[`${final}.part`, DATA.length]]);
    const again = await start();
    expect(again.studio.transfers.get(job.id).state).toBe('done');
    expect((await partsIn(folder)).size).toBe(0);
    expect(await readFile(final)).toEqual(DATA);
    expect(again.driver.card.openOffsets).toEqual([]);
    const r = checkResumes([cuts], again.studio.transfers.list(), parseRunLog([...gen0, ...lines(again)]));
    expect(r).toEqual({
      interruptedPulls: 1,
      resumedFromOffset: 0,
      completedAtStart: 1,
      restartedFromZero: [],
    });
  });
});
