import { resolve } from 'node:path';
import { ErrorCode, TetherError, type ErrorCode as Code } from '../../shared/errors';
import type { CardFile } from '../../shared/camera-types';
import type { ImportedMark } from '../../shared/card-import-types';
import type { CardRef } from '../../shared/studio-client';
import type { PendingImport, TransferJob } from '../../shared/transfer-types';
import type { PullOptions, TransferQueueApi } from './transfer-api';
import { checkCardRef, type CardService } from '../studio/card-service';
import { ImportedShots } from '../session/imported-shots';
import { cardFilesFor, withoutImported } from './card-pull-plan';
import { sizeOrZero } from '../core/file-commit';
import { sessionTarget } from './destinations';
import { JobBuilder, toRecord, type AutoJobOptions, type Job, type JobBuilderDeps } from './job-builder';
import { JobExecutor, type ExecutorOptions } from './job-executor';
import type { JournalDestination } from './journal-record';
import { PendingImports, type StagedShot } from './pending-imports';
import { QueueLanes } from './queue-lanes';
import { recoverJob } from './queue-recovery';
import type { TransferJournal } from './transfer-journal';
import { partOf, removePart } from './transfer-runner';

/** Tunables of the queue. */
export interface TransferQueueOptions extends ExecutorOptions {
  /** Finished jobs kept in `list()` (the history keeps more). */
  keepFinished: number;
}

/** Dependencies of {@link TransferQueue}. */
export interface TransferQueueDeps extends JobBuilderDeps {
  cards: CardService;
  /** Where unfinished jobs are kept across restarts. */
  journal: TransferJournal;
  options?: Partial<TransferQueueOptions>;
}

const FINAL = new Set<TransferJob['state']>(['done', 'failed', 'cancelled']);

/**
 * The transfer queue: card pulls and auto-imports. Serial per camera (one card lane and one import lane
 * per camera, so a long pull never holds up a fresh shot), parallel across cameras. Jobs write through
 * `.part`, are verified and renamed without overwriting. Durable: every unfinished job is in the journal
 * (a pull is acknowledged only once it is on disk), and at start the journal is replayed — each job resumes
 * from its `.part` offset, or is completed when its file was already final — then the staging folder and the
 * session folders are scanned for files without a job (see {@link PendingImports}). A disconnect pauses the
 * card lane; it resumes by itself when the camera is back in a mode with card access.
 */
export class TransferQueue implements TransferQueueApi {
  private readonly jobs = new Map<string, Job>();
  private readonly builder: JobBuilder;
  private readonly exec: JobExecutor;
  private readonly lanes: QueueLanes;
  private readonly pending: PendingImports;
  private readonly keepFinished: number;
  private readonly offs: (() => void)[] = [];
  /** Which card files a session already holds (listing marks, `skipImported`). */
  private readonly imported: ImportedShots;

  constructor(private readonly deps: TransferQueueDeps) {
    this.builder = new JobBuilder(deps);
    this.exec = new JobExecutor(deps, deps.options ?? {}, {
      pause: (job) => this.lanes.onPaused(job),
      requeue: (job, delayMs) => this.lanes.onRequeue(job, delayMs),
      finished: () => this.trimFinished(),
      persist: (job) => this.persist(job),
      forget: (job) => void this.deps.journal.remove(job.data.id).catch((e: Error) => this.journalError(e)),
    });
    this.lanes = new QueueLanes({ registry: deps.registry, bus: deps.bus, exec: this.exec });
    this.pending = new PendingImports({
      stagingRoot: deps.stagingRoot,
      folders: () => deps.sessions.folders(),
      bus: deps.bus,
      log: deps.log,
      importStaged: (shot) => this.enqueueAuto(shot.cameraId, shot, { announce: shot.announce }),
      owned: () => this.ownedPaths(),
    });
    this.keepFinished = deps.options?.keepFinished ?? 200;
    this.imported = new ImportedShots(deps.sessions, deps.bus);
  }

  /**
   * Replays the journal (resuming, completing or listing each job), then scans for files without a job and
   * imports the staged shots found. Call once, after the sessions are loaded.
   */
  async start(): Promise<void> {
    const records = await this.deps.journal.load();
    for (const record of records) {
      const found = await recoverJob(record, {
        builder: this.builder,
        targetFor: (d) => this.targetFor(d),
        fallbackTarget: () => this.builder.target(),
        stagingRoot: this.deps.stagingRoot,
        bus: this.deps.bus,
        log: this.deps.log,
      }).catch((err: Error) => {
        this.deps.log.error(`cannot recover transfer ${record.job.id}: ${err.message}`);
        return null;
      });
      if (!found) {
        await this.deps.journal.remove(record.job.id);
        continue;
      }
      const { job, outcome } = found;
      this.jobs.set(job.data.id, job);
      if (outcome === 'complete' || outcome === 'adopt') await this.exec.finishDone(job, outcome === 'adopt');
      else if (outcome === 'run') this.lanes.add(job);
    }
    if (records.length > 0) this.deps.log.info(`recovered ${records.length} transfer(s) from the journal`);
    await this.pending.scan();
    await this.pending.retry();
  }

  /** Follows camera connection changes (pause on loss, resume on reconnect in a card mode). */
  attach(): void {
    this.offs.push(
      this.deps.bus.on('connectionState', ({ cameraId, state }) => {
        if (state === 'connected') this.lanes.cameraConnected(cameraId);
        else if (state === 'disconnected' || state === 'reconnecting') this.lanes.cameraLost(cameraId);
      }),
    );
  }

  /** Stops: running jobs are interrupted as paused (their `.part` is kept), timers cleared, journal closed. */
  async shutdown(): Promise<void> {
    this.offs.splice(0).forEach((off) => off());
    this.imported.detach();
    await this.lanes.shutdown();
    await this.deps.journal.close();
  }

  async pullCardFiles(cameraId: string, refs: CardRef[], options: PullOptions = {}): Promise<TransferJob[]> {
    if (!Array.isArray(refs) || refs.length === 0 || refs.length > 10_000) {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        'refs must be a non-empty list of card file references',
      );
    }
    refs.forEach(checkCardRef);
    this.deps.registry.requireConnected(cameraId);
    let files = await cardFilesFor(this.deps.cards, cameraId, refs);
    if (options.skipImported) files = await withoutImported(files, cameraId, this.imported, this.list());
    if (files.length === 0) return [];
    const target = await this.builder.target(options.destDir, options.naming, options.sessionId);
    const built: Job[] = [];
    for (const file of files) built.push(await this.builder.cardJob(cameraId, file, target));
    // Acknowledged only once journaled on disk: a pull the caller was told about survives a crash.
    await this.deps.journal.put(built.map(toRecord), true);
    return built.map((job) => this.enqueue(job));
  }

  /** Queues the import of a shot the camera staged on the host (driver `downloadComplete`). */
  async enqueueAuto(
    cameraId: string,
    staged: { filename: string; stagedPath: string; size: number },
    options: AutoJobOptions = {},
  ): Promise<TransferJob> {
    const target = await this.builder.target();
    const job = await this.builder.autoJob(cameraId, staged, target, options);
    // Not synced: until the import is done the shot is still in staging, which the start-up scan adopts.
    await this.deps.journal.put([toRecord(job)]);
    return this.enqueue(job);
  }

  /** An import failed before its job existed: the staged shot is listed as a pending import. */
  noteImportFailure(shot: StagedShot, err: unknown): void {
    this.pending.noteFailure(shot, err);
  }

  list(): TransferJob[] {
    return [...this.jobs.values()].map((j) => structuredClone(j.data));
  }

  get(jobId: string): TransferJob {
    return structuredClone(this.job(jobId).data);
  }

  async cancel(jobId: string): Promise<void> {
    const job = this.job(jobId);
    const { state } = job.data;
    if (state === 'done')
      throw new TetherError(ErrorCode.InvalidArgument, `Transfer ${jobId} is already done`);
    if (state === 'cancelled') return;
    if (state === 'running') {
      this.exec.interrupt(job, 'cancel');
      await job.running;
      return;
    }
    this.lanes.remove(job);
    await this.exec.finishCancelled(job);
    this.lanes.pumpLane(job);
  }

  async retry(jobId: string): Promise<void> {
    const job = this.job(jobId);
    const d = job.data;
    if (d.state === 'paused' || d.state === 'queued') return this.lanes.wake(job);
    if (d.state !== 'failed' && d.state !== 'cancelled') {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `Transfer ${jobId} is ${d.state}; only failed or cancelled transfers can be retried`,
      );
    }
    const part = partOf(job);
    const kept = part ? await sizeOrZero(part) : 0;
    Object.assign(d, { state: 'queued', bytesDone: kept, percent: 0, speed: 0 });
    delete d.error;
    delete d.finishedAt;
    job.stalls = 0;
    job.busyTries = 0;
    await this.persist(job);
    this.deps.bus.emit('transferQueued', structuredClone(d));
    this.lanes.add(job);
  }

  async retryFailed(code?: Code): Promise<TransferJob[]> {
    const failed = [...this.jobs.values()].filter(
      (j) => j.data.state === 'failed' && (code === undefined || j.data.error?.code === code),
    );
    for (const job of failed) await this.retry(job.data.id);
    return failed.map((j) => structuredClone(j.data));
  }

  listPending(): PendingImport[] {
    return this.pending.list();
  }

  retryPending(ids?: string[]): Promise<PendingImport[]> {
    return this.pending.retry(ids);
  }

  discardPending(id: string): Promise<PendingImport[]> {
    return this.pending.discard(id);
  }

  history(): TransferJob[] {
    return this.deps.history.list();
  }

  importMarks(cameraId: string, files: readonly CardFile[]): Promise<(ImportedMark | undefined)[]> {
    return this.imported.marks(cameraId, files);
  }

  private job(jobId: string): Job {
    const job = typeof jobId === 'string' ? this.jobs.get(jobId) : undefined;
    if (!job) throw new TetherError(ErrorCode.NotFound, `No transfer with id '${String(jobId)}'`);
    return job;
  }

  private async targetFor(d: JournalDestination) {
    if (d.kind === 'folder') return this.builder.target(d.dir);
    if (!this.deps.sessions.has(d.sessionId))
      throw new TetherError(ErrorCode.NotFound, `No session with id '${d.sessionId}'`);
    return sessionTarget(this.deps.sessions, d.sessionId);
  }

  private enqueue(job: Job): TransferJob {
    this.jobs.set(job.data.id, job);
    this.deps.bus.emit('transferQueued', structuredClone(job.data));
    this.lanes.add(job);
    return structuredClone(job.data);
  }

  private persist(job: Job): Promise<void> {
    return this.deps.journal.put([toRecord(job)]).catch((err: Error) => this.journalError(err));
  }

  private journalError(err: Error): void {
    this.deps.log.error(`transfer journal: ${err.message}`);
  }

  /** Staged sources and `.part` files of jobs still alive (not to be listed as pending). */
  private ownedPaths(): Set<string> {
    const owned = new Set<string>();
    for (const j of this.jobs.values()) {
      if (j.data.state === 'done' || j.data.state === 'cancelled') continue;
      if (j.stagedPath) owned.add(resolve(j.stagedPath));
      const part = partOf(j);
      if (part) owned.add(resolve(part));
    }
    return owned;
  }

  private trimFinished(): void {
    const finished = [...this.jobs.values()].filter((j) => FINAL.has(j.data.state));
    for (const job of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) {
      this.jobs.delete(job.data.id);
      void this.deps.journal.remove(job.data.id).catch((e: Error) => this.journalError(e));
      // A forgotten failed job can no longer be retried: drop the `.part` it kept for resuming.
      if (job.data.state === 'failed' && job.alloc) {
        void removePart(partOf(job) as string);
        job.target.release(job.alloc);
      }
    }
  }
}
