import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CardFile } from '../../shared/camera-types';
import type { TransferJob } from '../../shared/transfer-types';
import { createStudio } from '../../main/app/create-studio';
import type { Studio } from '../../main/app/studio';
import { SimDriver } from '../../main/camera/sim/sim-driver';
import { LogBuffer } from '../../main/core/logger';
import { prng } from '../../main/core/prng';
import { cardKey, newExpectations, stagedHashes, verifySession, type FaultCounts } from './fault-verify';

/** What an in-process fault cell found. */
export interface CellReport extends FaultCounts {
  runs: number;
  acknowledgedPulls: number;
  /** Pulls cut with bytes in their `.part` (unplug) or failed on a full disk with bytes kept. */
  interruptedPulls: number;
  resumedFromOffset: number;
  restartedFromZero: string[];
  /** Failures seen, by error code (and errno). */
  failures: Record<string, number>;
}

/** A sink that writes through to the file until a shared byte budget is spent, then fails with ENOSPC. */
class BudgetSink extends Writable {
  private readonly file: WriteStream;
  bytesWritten = 0;
  constructor(
    part: string,
    start: number,
    private readonly budget: { left: number },
  ) {
    super();
    this.file = createWriteStream(part, { flags: start > 0 ? 'r+' : 'w', start });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    const n = Math.max(0, Math.min(chunk.length, this.budget.left));
    this.budget.left -= n;
    const full = () =>
      Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        syscall: 'write',
      });
    if (n === 0) return cb(full());
    this.file.write(chunk.subarray(0, n), (err) => {
      this.bytesWritten += n;
      cb(err ?? (n < chunk.length ? full() : null));
    });
  }
  override _final(cb: (err?: Error | null) => void): void {
    this.file.end(cb);
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.file.destroy();
    cb(err);
  }
}

interface Rig {
  studio: Studio;
  sim: SimDriver;
  cameraId: string;
  card: CardFile[];
  dir: string;
  close(): Promise<void>;
}

async function rig(rate: number, budget?: { left: number }): Promise<Rig> {
  const dir = await mkdtemp(join(tmpdir(), 'tether-cell-'));
  const logs = new LogBuffer(2000, null);
  const sim = new SimDriver({
    cameras: 1,
    connectDelayMs: 2,
    rateBytesPerSec: rate,
    saveRoot: join(dir, 'camera'),
    logger: logs.logger('sim'),
  });
  const studio = await createStudio({
    dataDir: join(dir, 'data'),
    sessionRoot: join(dir, 'sessions'),
    driver: 'sim',
    driverInstance: sim,
    autoConnect: false,
    logs,
    transfer: {
      retryDelayMs: 5,
      resumeTimeoutMs: 60_000,
      ...(budget ? { openSink: (part: string, start: number) => new BudgetSink(part, start, budget) } : {}),
    },
  });
  await studio.start();
  const [cam] = await studio.cameras.list();
  await studio.cameras.connect(cam.id, 'remote-transfer');
  await studio.properties.setPriorityKey(cam.id, 'pc-remote');
  await studio.properties.set(cam.id, 'still-image-store-destination', 'host-pc');
  await studio.properties.set(cam.id, 'image-size', 's');
  const card = await studio.cards.list(cam.id, 1);
  return {
    studio,
    sim,
    cameraId: cam.id,
    card,
    dir,
    close: async () => {
      await studio.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function emptyReport(runs: number): CellReport {
  return {
    runs,
    acknowledgedPulls: 0,
    interruptedPulls: 0,
    resumedFromOffset: 0,
    restartedFromZero: [],
    failures: {},
    sessionShots: 0,
    lost: [],
    duplicates: [],
    partialUnderFinalNames: [],
    leftoverParts: [],
  };
}

/** Resolves when every job is done (bounded); rejects with what is still open. */
async function allDone(studio: Studio, ids: string[], timeoutMs = 120_000): Promise<TransferJob[]> {
  const open = () => ids.map((id) => studio.transfers.get(id)).filter((j) => j.state !== 'done');
  if (open().length === 0) return ids.map((id) => studio.transfers.get(id));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`transfers not done within ${timeoutMs} ms: ${JSON.stringify(open())}`));
    }, timeoutMs);
    const off = studio.bus.on('transferDone', () => {
      if (open().length > 0) return;
      clearTimeout(timer);
      off();
      resolve(ids.map((id) => studio.transfers.get(id)));
    });
  });
}

/**
 * The unplug cell: pulls cut by pulling the (simulated) cable at a random byte, plugged back after a random
 * moment; every pull must land once, resumed from the bytes kept (never from 0).
 */
export async function runUnplugCell(runs: number, seed = 7): Promise<CellReport> {
  const rnd = prng(seed);
  const r = await rig(40 * 1024 * 1024);
  const report = emptyReport(runs);
  const exp = newExpectations();
  try {
    const files = r.card.filter((f) => f.kind === 'jpeg');
    for (let i = 0; i < runs; i++) {
      const pick = [files[(2 * i) % files.length], files[(2 * i + 1) % files.length]].filter(
        (f) => !exp.acknowledged.has(cardKey(f)),
      );
      if (pick.length === 0) break;
      const cutAt = Math.floor((0.05 + rnd() * 0.9) * pick[0].size);
      r.sim.faults(r.cameraId).unplugAfterBytes(cutAt);
      const kept = new Map<string, number>();
      const offPause = r.studio.bus.on('transferUpdated', (j) => {
        if (j.state === 'paused' && j.bytesDone > 0) kept.set(j.id, j.bytesDone);
      });
      const jobs = await r.studio.transfers.pullCardFiles(
        r.cameraId,
        pick.map((f) => ({ slot: f.slot, contentId: f.contentId, fileId: f.fileId })),
      );
      for (const f of pick) exp.acknowledged.set(cardKey(f), f);
      await r.studio.bus.waitFor('connectionState', (e) => e.state !== 'connected', 60_000);
      setTimeout(() => r.sim.replug(r.cameraId), Math.floor(rnd() * 300));
      const done = await allDone(
        r.studio,
        jobs.map((j) => j.id),
      );
      offPause();
      for (const j of done) {
        const k = kept.get(j.id);
        if (k === undefined) continue;
        report.interruptedPulls++;
        if (j.resumedFrom !== undefined && j.resumedFrom >= k) report.resumedFromOffset++;
        else
          report.restartedFromZero.push(
            `${j.originalName}: kept ${k} bytes, resumed from ${j.resumedFrom ?? 0}`,
          );
      }
    }
    const folder = r.studio.sessions.active().folder;
    Object.assign(report, await verifySession(folder, await r.studio.sessions.shots(), exp));
    report.acknowledgedPulls = exp.acknowledged.size;
    return report;
  } finally {
    await r.close();
  }
}

/**
 * The disk-full cell: the transfer's file sink fails with ENOSPC once a random byte budget is spent (what a
 * full disk does at the commit layer) while shots arrive and pulls run. Every failure must be IO_ERROR naming
 * ENOSPC, keep its `.part` and its staged shot; once space is back, "Retry all" must bring everything into the
 * session exactly once, resuming each cut pull from the bytes kept.
 */
export async function runDiskFullCell(runs: number, seed = 9): Promise<CellReport> {
  const rnd = prng(seed);
  const budget = { left: Infinity };
  const r = await rig(200 * 1024 * 1024, budget);
  const report = emptyReport(runs);
  const exp = newExpectations();
  try {
    const files = r.card.filter((f) => f.kind === 'jpeg');
    for (let i = 0; i < runs; i++) {
      budget.left = Math.floor(rnd() * 12 * 1024 * 1024);
      const failed = new Map<string, TransferJob>();
      const offFail = r.studio.bus.on('transferFailed', (j) => failed.set(j.id, j));
      const f = files[i % files.length];
      const pulls = exp.acknowledged.has(cardKey(f))
        ? []
        : await r.studio.transfers.pullCardFiles(r.cameraId, [
            { slot: f.slot, contentId: f.contentId, fileId: f.fileId },
          ]);
      if (pulls.length) exp.acknowledged.set(cardKey(f), f);
      // A different ISO each time: shots in the same second never share their bytes (traced by content).
      await r.studio.properties.set(r.cameraId, 'iso', ['100', '125', '160', '200', '250'][i % 5]);
      // Bounded generously: a shot at a new ISO is a fresh render, which takes seconds on a loaded machine.
      const shot = r.studio.bus.waitFor('transferQueued', (j) => j.source.kind === 'auto', 120_000);
      await r.studio.capture.capture(r.cameraId, { autofocus: false });
      const imports = [await shot];
      const ids = [...pulls, ...imports].map((j) => j.id);
      // Each job ends done (room enough) or failed (disk full): wait for that, bounded.
      await Promise.all(
        ids.map(
          (id) =>
            new Promise<void>((resolve) => {
              const check = () =>
                ['done', 'failed'].includes(r.studio.transfers.get(id).state) && (off(), resolve());
              const off = r.studio.bus.onAny(() => void check());
              check();
            }),
        ),
      );
      for (const h of await stagedHashes(join(r.dir, 'data', 'staging'))) exp.staged.add(h);
      offFail();
      for (const j of failed.values()) {
        const key = `${j.error?.code}/${String(j.error?.details?.errno ?? '')}`;
        report.failures[key] = (report.failures[key] ?? 0) + 1;
      }
      budget.left = Infinity; // space is back
      await r.studio.transfers.retryFailed();
      await allDone(
        r.studio,
        r.studio.transfers.list().map((j) => j.id),
      );
      const done = ids.map((id) => r.studio.transfers.get(id));
      for (const j of done) {
        const before = failed.get(j.id);
        if (!before || before.bytesDone === 0) continue;
        report.interruptedPulls++;
        if (j.resumedFrom === before.bytesDone) report.resumedFromOffset++;
        else
          report.restartedFromZero.push(
            `${j.originalName}: kept ${before.bytesDone}, resumed from ${j.resumedFrom ?? 0}`,
          );
      }
    }
    Object.assign(
      report,
      await verifySession(r.studio.sessions.active().folder, await r.studio.sessions.shots(), exp),
    );
    report.acknowledgedPulls = exp.acknowledged.size;
    return report;
  } finally {
    await r.close();
  }
}
