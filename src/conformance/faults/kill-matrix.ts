import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardFile } from '../../shared/camera-types';
import type { StudioClient } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import { prng } from '../../main/core/prng';
import { createHttpClient } from '../../renderer/transport/http-client';
import { startChild, type ChildStudio } from './fault-child-process';
import {
  cardKey,
  newExpectations,
  partsIn,
  stagedHashes,
  verifySession,
  type FaultCounts,
} from './fault-verify';
import { checkResumes, readRunLog, type ResumeCounts } from './resume-check';

/** Options of {@link runKillMatrix}. */
export interface KillMatrixOptions {
  /** Kill moments (each followed by a restart). */
  kills: number;
  seed?: number;
  /** Card read rate of the simulated body (bytes/s): slower means more pulls are cut mid-way. */
  rate?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Leave the folders (data, logs, session) for inspection; their path is logged. */
  keep?: boolean;
}

/** What a kill -9 run found. */
export interface KillMatrixReport extends FaultCounts, ResumeCounts {
  kills: number;
  captures: number;
  acknowledgedPulls: number;
  stagedAtKills: number;
  /** Jobs that had failed for other reasons (a busy camera) and were retried once at the end. */
  retriedAtEnd: number;
  /** Shots the studio listed in its session just before a kill (each must still be there). */
  listedBeforeKills: number;
}

class NoEventSource {
  addEventListener(): void {}
  close(): void {}
}

const ISOS = ['100', '125', '160', '200', '250', '320', '400'];
const ACTIVE = new Set<TransferJob['state']>(['queued', 'running', 'paused']);

/**
 * The kill -9 cell of the fault matrix: the real studio in a child process (createStudio over the simulated
 * camera, the REST server) is driven through captures (host staging → auto-import) and card pulls, killed
 * with SIGKILL at random moments and restarted over the same folders, `kills` times; then it runs until idle
 * and the session is checked: every shot that was complete in staging at a kill, every shot the studio had
 * listed, and every acknowledged pull is in the session exactly once; nothing incomplete under a final name;
 * and every pull cut with bytes on disk resumed from exactly that offset (or, cut between the commit's link and
 * unlink, completed at start from that very `.part`).
 */
export async function runKillMatrix(opts: KillMatrixOptions): Promise<KillMatrixReport> {
  const rnd = prng(opts.seed ?? 12);
  const log = opts.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'tether-kill-'));
  const dataDir = join(dir, 'data');
  const sessionRoot = join(dir, 'sessions');
  const exp = newExpectations();
  const requested = new Set<string>();

  const report: KillMatrixReport = {
    kills: 0,
    captures: 0,
    acknowledgedPulls: 0,
    stagedAtKills: 0,
    interruptedPulls: 0,
    resumedFromOffset: 0,
    completedAtStart: 0,
    restartedFromZero: [],
    retriedAtEnd: 0,
    listedBeforeKills: 0,
    sessionShots: 0,
    lost: [],
    duplicates: [],
    partialUnderFinalNames: [],
    leftoverParts: [],
  };
  /** The `.part` files (with bytes) found after each kill, by kill index. */
  const cutsAt: Map<string, number>[] = [];
  let studio: ChildStudio | null = null;
  try {
    let folder = '';
    for (let gen = 0; gen <= opts.kills; gen++) {
      studio = await startChild(dataDir, sessionRoot, opts.rate ?? 8 * 1024 * 1024);
      const client = createHttpClient({
        base: studio.url,
        EventSource: NoEventSource as unknown as typeof EventSource,
      });
      const [cam] = await client.listCameras();
      await client.connect(cam.id, 'remote-transfer');
      await client.setProperty(cam.id, 'priority-key', 'pc-remote');
      await client.setProperty(cam.id, 'still-image-store-destination', 'host-pc');
      // Small JPEGs: a capture reaches the staging folder in well under a second.
      await client.setProperty(cam.id, 'image-size', 's');
      folder = (await client.getActiveSession()).folder;
      const card = await client.listCardFiles(cam.id, 1);
      if (gen === opts.kills) break;
      await workUntilKill(client, cam.id, card, studio, rnd, requested, exp, report, gen === 0, folder);
      report.kills++;
      const parts = await partsIn(folder);
      cutsAt.push(new Map([...parts].filter(([, size]) => size > 0)));
      for (const h of await stagedHashes(join(dataDir, 'staging'))) exp.staged.add(h);
      log(
        `kill ${report.kills}: ${parts.size} part(s), ${exp.staged.size} staged, ${exp.acknowledged.size} acked`,
      );
      studio = null;
    }
    report.listedBeforeKills = exp.listed.size;
    const client = createHttpClient({
      base: (studio as ChildStudio).url,
      EventSource: NoEventSource as unknown as typeof EventSource,
    });
    // What a user does with failures unrelated to the kills (a busy camera): Retry all, once.
    report.retriedAtEnd = (await client.retryFailedTransfers()).length;
    const jobs = await untilIdle(client);
    const history = (await (
      await fetch(`${(studio as ChildStudio).url}/api/studio/transfers/history`)
    ).json()) as {
      data: TransferJob[];
    };
    Object.assign(
      report,
      checkResumes(cutsAt, [...history.data, ...jobs], await readRunLog(join(dataDir, 'logs'))),
    );
    Object.assign(report, await verifySession(folder, await client.listShots(), exp));
    report.stagedAtKills = exp.staged.size;
    report.acknowledgedPulls = exp.acknowledged.size;
    return report;
  } finally {
    await studio?.kill();
    if (opts.keep) log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }

  /** Captures and pulls until a random moment, then SIGKILL (after noting what the studio listed). */
  async function workUntilKill(
    client: StudioClient,
    cameraId: string,
    card: CardFile[],
    child: ChildStudio,
    random: () => number,
    asked: Set<string>,
    e: typeof exp,
    r: KillMatrixReport,
    first: boolean,
    sessionFolder: string,
  ): Promise<void> {
    // The first run always cuts a RAW mid-pull (35 MB at 8 MB/s takes seconds): at least one resume is checked.
    const deadline = Date.now() + (first ? 800 + random() * 1500 : 200 + random() * 3300);
    let killed = false;
    const killing = new Promise<void>((done) => {
      setTimeout(
        async () => {
          // The first run cuts its RAW pull for sure: past the moment, it waits (bounded) for bytes in a
          // `.part`, so a slow start on a loaded machine still leaves a pull to resume.
          const until = Date.now() + 120_000;
          while (
            first &&
            Date.now() < until &&
            ![...(await partsIn(sessionFolder)).values()].some((n) => n > 0)
          )
            await new Promise((r) => setTimeout(r, 20));
          try {
            for (const s of await client.listShots()) e.listed.set(s.id, s);
          } catch {
            // The listing is a bonus; the kill happens regardless.
          }
          killed = true;
          await child.kill();
          done();
        },
        Math.max(0, deadline - Date.now()),
      );
    });
    let pulledThisRun = false;
    while (!killed) {
      // At most one pull request per run (a JPEG mostly, sometimes a RAW), captures otherwise.
      const fresh = card.filter(
        (f) => !asked.has(cardKey(f)) && (first ? f.kind === 'raw' : f.kind === 'jpeg' || random() < 0.25),
      );
      if (pulledThisRun || fresh.length === 0 || (!first && random() < 0.4)) {
        // A different ISO each time: two shots in the same second never have the same bytes (EXIF keeps
        // seconds only), so every shot can be traced by its content.
        await client.setProperty(cameraId, 'iso', ISOS[r.captures % ISOS.length]).catch(() => undefined);
        r.captures++;
        await client.capture(cameraId, { autofocus: false }).catch(() => undefined);
        continue;
      }
      pulledThisRun = true;
      const f = fresh[Math.floor(random() * fresh.length)];
      asked.add(cardKey(f));
      e.inFlight.set(cardKey(f), f);
      const ok = await client
        .pullCardFiles(cameraId, [{ slot: f.slot, contentId: f.contentId, fileId: f.fileId }])
        .then(
          () => true,
          () => false,
        );
      if (ok) {
        e.inFlight.delete(cardKey(f));
        e.acknowledged.set(cardKey(f), f);
      }
    }
    await killing;
  }
}

/** Waits until no job is queued, running or paused and no staged shot waits for import (bounded). */
async function untilIdle(client: StudioClient, timeoutMs = 240_000): Promise<TransferJob[]> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await client.listTransfers();
    const pending = (await client.listPendingImports()).filter((p) => p.kind === 'staged');
    if (!jobs.some((j) => ACTIVE.has(j.state)) && pending.length === 0) return jobs;
    if (Date.now() > end)
      throw new Error(
        `the studio did not finish its transfers within ${timeoutMs} ms: ${JSON.stringify(jobs.filter((j) => ACTIVE.has(j.state)))}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}
