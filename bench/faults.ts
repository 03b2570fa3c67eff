/**
 * bench/faults — the full fault matrix of issue 12 (not a timing benchmark: it counts). kill -9 of a child
 * studio at BENCH_FAULT_KILLS (100) random moments during captures and card pulls, each followed by a restart;
 * the unplug cell (BENCH_FAULT_RUNS, 30 cuts) and the disk-full cell (30 runs, ENOSPC at the file layer).
 * Prints, per cell: shots and pulls checked, lost, duplicated, partial under final names, leftover `.part`,
 * interrupted pulls and how many resumed from their offset. `npm test` runs a reduced matrix
 * (src/conformance/fault-matrix.test.ts). Exit code 1 when any cell lost, duplicated or half-wrote anything.
 */
import { runDiskFullCell, runUnplugCell } from '../src/conformance/faults/fault-cells';
import { runKillMatrix } from '../src/conformance/faults/kill-matrix';
import { envInt, writeResult } from './bench-lib';

const KILLS = envInt('BENCH_FAULT_KILLS', 100);
const RUNS = envInt('BENCH_FAULT_RUNS', 30);

const started = Date.now();
const kill = await runKillMatrix({
  kills: KILLS,
  seed: envInt('BENCH_FAULT_SEED', 2026),
  log: (line) => console.log(`  ${line}`),
});
console.log(JSON.stringify({ kill }));
const unplug = await runUnplugCell(RUNS);
console.log(JSON.stringify({ unplug }));
const disk = await runDiskFullCell(RUNS);
console.log(JSON.stringify({ disk }));

const problems = (r: {
  lost: string[];
  duplicates: string[];
  partialUnderFinalNames: string[];
  leftoverParts: string[];
  restartedFromZero: string[];
}) => [...r.lost, ...r.duplicates, ...r.partialUnderFinalNames, ...r.leftoverParts, ...r.restartedFromZero];

console.log('\nfault matrix (issue 12 item 2)');
console.log(
  `  kill -9   ${kill.kills} kills, ${kill.captures} captures, ${kill.acknowledgedPulls} acknowledged pulls, ` +
    `${kill.stagedAtKills} shots in staging at kills, ${kill.listedBeforeKills} shots listed before kills, ` +
    `${kill.sessionShots} in the session`,
);
console.log(
  `            lost ${kill.lost.length}, duplicated ${kill.duplicates.length}, partial under final names ` +
    `${kill.partialUnderFinalNames.length}, .part left ${kill.leftoverParts.length}; pulls cut ${kill.interruptedPulls}, ` +
    `resumed from their offset ${kill.resumedFromOffset}, completed at start (commit cut after its link) ` +
    `${kill.completedAtStart}, restarted from 0 ${kill.restartedFromZero.length}; ` +
    `retried at the end (busy camera) ${kill.retriedAtEnd}`,
);
for (const [name, r] of [
  ['unplug', unplug],
  ['disk full', disk],
] as const) {
  console.log(
    `  ${name.padEnd(9)} ${r.runs} runs, ${r.acknowledgedPulls} acknowledged pulls, ${r.sessionShots} in the session; ` +
      `lost ${r.lost.length}, duplicated ${r.duplicates.length}, partial under final names ${r.partialUnderFinalNames.length}, ` +
      `.part left ${r.leftoverParts.length}; pulls cut ${r.interruptedPulls}, resumed from their offset ${r.resumedFromOffset}` +
      (Object.keys(r.failures).length ? `; failures ${JSON.stringify(r.failures)}` : ''),
  );
}
const all = [...problems(kill), ...problems(unplug), ...problems(disk)];
for (const p of all) console.log(`  ! ${p}`);
console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
writeResult('faults', { kill, unplug, disk });
process.exit(all.length > 0 ? 1 : 0);
