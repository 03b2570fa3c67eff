import { describe, expect, it } from 'vitest';
import { runDiskFullCell, runUnplugCell } from './faults/fault-cells';
import { runKillMatrix } from './faults/kill-matrix';

/** Kill moments in `npm test` (the full matrix, 100, is `npm run bench -- faults`). */
const KILLS = Number(process.env.TETHER_FAULT_KILLS ?? 15);

/**
 * Issue 12 item 2, the fault matrix: kill -9 (a child-process studio), unplug and a full disk. In every cell:
 * 0 shots lost (every shot complete in staging at a fault, every shot the studio listed, every acknowledged
 * pull ends up in the session exactly once), 0 partial files under final names, every interrupted pull
 * resumed from its offset.
 */
describe('fault matrix: nothing lost, nothing half-written, every cut pull resumed from its offset', () => {
  it(`kill -9 at ${KILLS} random moments during captures and pulls, restarting each time`, async () => {
    const r = await runKillMatrix({ kills: KILLS, seed: 12 });
    expect(r.kills).toBe(KILLS);
    expect(r.lost).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.partialUnderFinalNames).toEqual([]);
    expect(r.leftoverParts).toEqual([]);
    expect(r.restartedFromZero).toEqual([]);
    expect(r.interruptedPulls).toBeGreaterThan(0);
    expect(r.resumedFromOffset + r.completedAtStart).toBe(r.interruptedPulls);
    expect(r.acknowledgedPulls).toBeGreaterThan(0);
    expect(r.sessionShots).toBeGreaterThanOrEqual(r.acknowledgedPulls + r.stagedAtKills);
  }, 600_000);

  it('unplug mid-pull, replug: every pull lands once, resumed from the bytes kept', async () => {
    const r = await runUnplugCell(6);
    expect(r.lost).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.partialUnderFinalNames).toEqual([]);
    expect(r.leftoverParts).toEqual([]);
    expect(r.restartedFromZero).toEqual([]);
    expect(r.interruptedPulls).toBeGreaterThan(0);
    expect(r.resumedFromOffset).toBe(r.interruptedPulls);
  }, 300_000);

  it('disk full (ENOSPC at the file layer): clear IO_ERROR, nothing lost, Retry all completes from the kept bytes', async () => {
    const r = await runDiskFullCell(6);
    expect(Object.keys(r.failures)).toEqual(['IO_ERROR/ENOSPC']);
    expect(r.lost).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.partialUnderFinalNames).toEqual([]);
    expect(r.leftoverParts).toEqual([]);
    expect(r.restartedFromZero).toEqual([]);
    expect(r.resumedFromOffset).toBe(r.interruptedPulls);
  }, 300_000);
});
