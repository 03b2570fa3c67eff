import { ErrorCode, TetherError, type ErrorCode as Code } from '../../shared/errors';
import { sizeOrZero } from '../core/file-commit';
import { compareHashes, emitJobProgress, removeStagedFile } from './job-outputs';
import type { Job, JobBuilderDeps } from './job-builder';
import { PROGRESS_INTERVAL_MS, ProgressMeter } from './progress-meter';
import {
  asTransferError,
  commitPart,
  partOf,
  linkStagedIntoPart,
  pullIntoPart,
  removePart,
  type SinkOpener,
} from './transfer-runner';
import { FULL_ERRNOS } from '../core/fs-errors';

/** Retry and timing policy of transfers. */
export interface ExecutorOptions {
  /** A paused pull fails when the camera has not reconnected within this time. */
  resumeTimeoutMs: number;
  /** How many times a CAMERA_BUSY refusal is retried before failing. */
  busyRetries: number;
  /** Base delay of the exponential retry backoff. */
  retryDelayMs: number;
  /** Consecutive link failures without any progress before a pull fails. */
  maxStalls: number;
  /** Progress sampling period (≤ 10 events/s at the default). */
  progressIntervalMs: number;
  /** Opens the `.part` sink (default: the file; fault-injection tests make it fail like a full disk). */
  openSink?: SinkOpener;
}

/** How the executor hands a job back to the queue. */
export interface ExecutorHooks {
  /** The link dropped: the job is paused and should wait for the camera. */
  pause(job: Job): void;
  /** Try again after `delayMs` (busy camera). */
  requeue(job: Job, delayMs: number): void;
  /** A job reached a final state. */
  finished(): void;
  /** The job's record changed in a way a restart must know (name, failure): journal it. */
  persist(job: Job): Promise<void>;
  /** The job is over (done, cancelled): drop it from the journal. */
  forget(job: Job): void;
}

const LINK_CODES = new Set<Code>([ErrorCode.Disconnected, ErrorCode.NotConnected, ErrorCode.CameraNotFound]);

/** Runs one attempt of a job: pull into `.part`, verify, commit, and the bookkeeping of each outcome. */
export class JobExecutor {
  readonly options: ExecutorOptions;

  constructor(
    private readonly deps: JobBuilderDeps,
    options: Partial<ExecutorOptions>,
    private readonly hooks: ExecutorHooks,
  ) {
    this.options = {
      resumeTimeoutMs: 120_000,
      busyRetries: 5,
      retryDelayMs: 250,
      maxStalls: 5,
      progressIntervalMs: PROGRESS_INTERVAL_MS,
      ...options,
    };
  }

  /** Exponential backoff for the n-th retry. */
  backoff(n: number): number {
    return this.options.retryDelayMs * 2 ** Math.min(Math.max(n, 0), 6);
  }

  /** Interrupts a running attempt; a cancel wins over a pause. */
  interrupt(job: Job, why: 'cancel' | 'pause'): void {
    if (job.stop !== 'cancel') job.stop = why;
    job.ctrl?.abort(
      new TetherError(
        why === 'cancel' ? ErrorCode.Cancelled : ErrorCode.Disconnected,
        `Transfer ${why === 'cancel' ? 'cancelled' : 'paused'}`,
      ),
    );
  }

  /** Runs one attempt. Never rejects: every outcome ends in a state change. */
  async run(job: Job): Promise<void> {
    const d = job.data;
    d.state = 'running';
    d.attempts++;
    delete d.error;
    job.stop = undefined;
    const ctrl = new AbortController();
    job.ctrl = ctrl;
    let meter: ProgressMeter | undefined;
    let part = '';
    let startSize = 0;
    try {
      if (!job.alloc) {
        job.alloc = await job.target.allocate(job.request);
        d.targetPath = job.alloc.path;
        await this.hooks.persist(job);
      }
      part = partOf(job) as string;
      startSize = await sizeOrZero(part);
      d.bytesDone = Math.min(startSize, d.bytesTotal);
      if (startSize > 0) d.resumedFrom = d.bytesDone;
      else delete d.resumedFrom;
      // One line per attempt, with the offset it starts at (the fault matrix reads these from the log file).
      this.deps.log.info(
        `${d.id} (${d.originalName}) run ${d.attempts} starts at ${d.bytesDone} bytes into ${part}`,
        {
          cameraId: d.cameraId,
        },
      );
      if (job.stagedPath && startSize === 0) await linkStagedIntoPart(job.stagedPath, part, d.bytesTotal);
      await pullIntoPart({
        part,
        total: d.bytesTotal,
        open: job.open,
        signal: ctrl.signal,
        openSink: this.options.openSink,
        onStart: (read) => {
          meter = new ProgressMeter(d, read, () => this.emitProgress(job), this.options.progressIntervalMs);
          meter.start();
        },
      });
      meter?.stop();
      if (job.stagedPath && this.deps.verifyHash()) await compareHashes(job.stagedPath, part);
      if (job.stop) throw new TetherError(ErrorCode.Cancelled, 'Transfer interrupted');
      job.alloc = await commitPart(part, job.alloc, async (prev) => {
        // The name was taken meanwhile: journal the new one, and where the bytes still are, before the rename,
        // so a restart finds the file (or its `.part`) whenever the kill comes.
        job.alloc = await job.target.next(prev, job.request);
        job.part = part;
        d.targetPath = job.alloc.path;
        await this.hooks.persist(job);
        return job.alloc;
      });
      await this.finishDone(job, true);
    } catch (err) {
      meter?.stop();
      // What is on disk is what a resume continues from (bytes still buffered in the sink were dropped).
      const kept = part === '' ? 0 : await sizeOrZero(part);
      d.bytesDone = Math.min(kept, d.bytesTotal);
      await this.onError(job, asTransferError(err, part || d.targetPath), kept > startSize);
    } finally {
      job.ctrl = undefined;
    }
  }

  /** Final state `cancelled`: `.part` removed, name released, nothing under a final name. */
  async finishCancelled(job: Job): Promise<void> {
    const d = job.data;
    await this.dropPart(job);
    Object.assign(d, { state: 'cancelled', speed: 0, finishedAt: Date.now() });
    delete d.error;
    this.finish(job, 'transferFailed');
    this.hooks.forget(job);
  }

  /** Final state `failed`. `keepPart` keeps the `.part` (and its name) so a retry resumes. */
  async finishFailed(job: Job, err: TetherError, keepPart: boolean): Promise<void> {
    const d = job.data;
    if (!keepPart) await this.dropPart(job);
    Object.assign(d, { state: 'failed', speed: 0, finishedAt: Date.now(), error: err.toValue() });
    this.deps.log.warn(`transfer ${d.id} (${d.originalName}) failed: ${err.message}`, {
      cameraId: d.cameraId,
    });
    // Journaled as failed: after a restart it is listed again, with its `.part`, for a retry.
    await this.hooks.persist(job).catch(() => undefined);
    this.finish(job, 'transferFailed');
  }

  private async dropPart(job: Job): Promise<void> {
    if (job.alloc) {
      await removePart(partOf(job) as string).catch(() => undefined);
      job.target.release(job.alloc);
      job.alloc = null;
      delete job.part;
    }
    Object.assign(job.data, { bytesDone: 0, percent: 0 });
  }

  private finish(job: Job, event: 'transferDone' | 'transferFailed'): void {
    this.deps.bus.emit(event, structuredClone(job.data));
    this.deps.history
      .add(job.data)
      .catch((err: Error) => this.deps.log.warn(`cannot write import history: ${err.message}`));
    this.hooks.finished();
  }

  /**
   * Final state `done` for a file already under its final name. `record` false: the session index has it
   * already (a restart found the job finished but not yet forgotten).
   */
  async finishDone(job: Job, record: boolean): Promise<void> {
    const d = job.data;
    const alloc = job.alloc as NonNullable<Job['alloc']>;
    Object.assign(d, {
      state: 'done',
      bytesDone: d.bytesTotal,
      percent: 100,
      targetPath: alloc.path,
      finishedAt: Date.now(),
    });
    try {
      if (record)
        await job.target.commit(alloc, {
          size: d.bytesTotal,
          cameraId: d.cameraId,
          originalName: d.originalName,
          kind: job.kind,
          ...(job.request.capturedAt ? { capturedAt: job.request.capturedAt } : {}),
          origin: d.source.kind === 'card' ? 'card' : 'tether',
        });
    } catch (err) {
      // The file is safe under its final name; only the index entry is missing.
      this.deps.log.error(`cannot record ${alloc.fileName} in the session: ${(err as Error).message}`, {
        cameraId: d.cameraId,
      });
    }
    this.emitProgress(job, alloc.path);
    this.finish(job, 'transferDone');
    if (job.announce !== false)
      this.deps.bus.emit('downloadComplete', {
        cameraId: d.cameraId,
        // The full host path, as the Alpha server sends it (its SDK callback names the file so).
        filename: alloc.path,
        savedPath: alloc.path,
        type: 'image',
        size: d.bytesTotal,
        jobId: d.id,
      });
    if (job.stagedPath) await this.removeStaged(job.stagedPath);
    this.hooks.forget(job);
  }

  private async onError(job: Job, e: TetherError, progressed: boolean): Promise<void> {
    const d = job.data;
    if (job.stop === 'cancel') return this.finishCancelled(job);
    if (d.source.kind === 'card' && (job.stop === 'pause' || LINK_CODES.has(e.code))) {
      job.stalls = progressed ? 0 : job.stalls + 1;
      if (job.stalls > this.options.maxStalls) {
        return this.finishFailed(
          job,
          new TetherError(ErrorCode.Disconnected, `Transfer kept failing (${e.message}); retry to resume`),
          true,
        );
      }
      Object.assign(d, { state: 'paused', speed: 0 });
      this.deps.bus.emit('warning', {
        cameraId: d.cameraId,
        code: 'TRANSFER_PAUSED',
        message: `${d.originalName} paused at ${d.percent}%: ${e.message}`,
      });
      this.hooks.pause(job);
      return;
    }
    if (e.code === ErrorCode.CameraBusy) {
      if (job.busyTries < this.options.busyRetries) {
        job.busyTries++;
        Object.assign(d, { state: 'queued', speed: 0 });
        this.hooks.requeue(job, this.backoff(job.busyTries - 1));
        return;
      }
      const tries = job.busyTries + 1;
      return this.finishFailed(
        job,
        new TetherError(
          ErrorCode.CameraBusy,
          `The camera is busy with another transfer; gave up after ${tries} attempts`,
        ),
        // Bytes an earlier attempt wrote (a pull cut by a crash or an unplug) stay for the retry to resume.
        d.bytesDone > 0,
      );
    }
    // A full disk keeps what was written: once there is room, a retry continues from there.
    return this.finishFailed(job, e, FULL_ERRNOS.has(String(e.details?.errno ?? '')));
  }

  private emitProgress(job: Job, savedPath?: string): void {
    emitJobProgress(this.deps.bus, job.data, savedPath);
  }

  private removeStaged(path: string): Promise<void> {
    return removeStagedFile(this.deps.stagingRoot, path, this.deps.log);
  }
}
