import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TransferJob } from '../../shared/transfer-types';
import type { FakeStudio } from '../app/testing/fake-studio';
import { studioRestarts } from '../app/testing/studio-restarts';
import { JOURNAL_FILE } from './transfer-journal';

const cam = 'fake-1';
const DATA = randomBytes(300 * 1024 + 5);
const FOREIGN = 'another program wrote this name while the pull ran';

const {
  folder,
  start: restart,
  stop,
} = studioRestarts('ts-name-taken-', {
  cam,
  name: 'DSC00001.ARW',
  data: DATA,
});
const start = (connect?: 'remote-transfer') => restart(connect ? { connect } : {});

/** Resolves with the job once it is done or failed (at once if it already is). */
function finished(h: FakeStudio, jobId: string): Promise<TransferJob> {
  return new Promise((resolve) => {
    const check = () => {
      const job = h.studio.transfers.get(jobId);
      if (job.state !== 'done' && job.state !== 'failed') return;
      offs.forEach((off) => off());
      resolve(job);
    };
    const offs = [h.studio.bus.on('transferDone', check), h.studio.bus.on('transferFailed', check)];
    check();
  });
}

/**
 * A pull into a folder whose reserved name another program took while the pull ran: it is done under the
 * next name. Then the studio stops and its journal is put back as it was just before the commit's rename
 * (the job's last record, naming the new name, without the `del` that followed), as a kill there leaves it.
 */
async function pullPastTakenName(): Promise<{
  job: TransferJob;
  taken: string;
  final: string;
  dest: string;
}> {
  const dir = await folder();
  const dest = join(dir, 'out');
  const h = await start('remote-transfer');
  const gate = h.driver.gateNextStreamAt(1024);
  const [job] = await h.studio.transfers.pullCardFiles(cam, await h.studio.cards.list(cam, 1), {
    destDir: dest,
  });
  await gate.reached;
  const taken = job.targetPath as string;
  await writeFile(taken, FOREIGN);
  gate.release();
  const done = await finished(h, job.id);
  expect(done).toMatchObject({ state: 'done' });
  expect(done.targetPath).not.toBe(taken);
  await stop(h);
  const journal = join(dir, 'data', JOURNAL_FILE);
  const rows = (await readFile(journal, 'utf8')).trim().split('\n');
  await writeFile(journal, `${rows.filter((r) => JSON.parse(r).del !== job.id).join('\n')}\n`);
  return { job, taken, final: done.targetPath as string, dest };
}

describe('a final name taken at commit, then a kill: the bytes are found where they are', () => {
  it('killed after the new name was journaled, before the rename: resumes from the full .part, pulls nothing again', async () => {
    const { job, taken, final, dest } = await pullPastTakenName();
    await rename(final, `${taken}.part`);
    const again = await start('remote-transfer');
    const done = await finished(again, job.id);
    expect(done).toMatchObject({ state: 'done', targetPath: final, resumedFrom: DATA.length });
    expect(again.driver.card.openOffsets).toEqual([]);
    expect(await readFile(final)).toEqual(DATA);
    expect(await readFile(taken, 'utf8')).toBe(FOREIGN);
    expect((await readdir(dest)).sort()).toEqual([basename(taken), basename(final)].sort());
  });

  it('killed between the link to the new name and the unlink: completed at start, no .part left', async () => {
    const { job, taken, final, dest } = await pullPastTakenName();
    await link(final, `${taken}.part`);
    const again = await start();
    expect(again.studio.transfers.get(job.id)).toMatchObject({ state: 'done', targetPath: final });
    expect(again.driver.card.openOffsets).toEqual([]);
    expect((await readdir(dest)).sort()).toEqual([basename(taken), basename(final)].sort());
    expect(await readFile(final)).toEqual(DATA);
    const said = again.studio.logs.recent(1000).map((e) => e.message);
    expect(said).toContain(
      `${job.id} (DSC00001.ARW) completed at start (${DATA.length} bytes, adopt) from ${taken}.part`,
    );
  });
});
