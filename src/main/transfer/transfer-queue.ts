import { ErrorCode, TetherError } from '../../shared/errors';
import type { CardRef } from '../../shared/studio-client';
import type { TransferJob } from '../../shared/transfer-types';
import type { PullOptions, TransferQueueApi } from './transfer-api';
import { checkCardRef, type CardService } from '../studio/card-service';
import { sizeOrZero } from '../core/file-commit';
import { JobBuilder, type AutoJobOptions, type Job, type JobBuilderDeps } from './job-builder';
import { JobExecutor, type ExecutorOptions } from './job-executor';
import { removePart, partPath } from './transfer-runner';

/** Tunables of the queue. */
export interface TransferQueueOptions extends ExecutorOptions {
  /** Finished jobs kept in `list()` (the history keeps more). */
  keepFinished: number;
}

/** Dependencies of {@link TransferQueue}. */
export interface TransferQueueDeps extends JobBuilderDeps {
  cards: CardService;
  options?: Partial<TransferQueueOptions>;
}

interface Lane {
  cameraId: string;
  /** Card lanes need the camera connected; auto-import lanes read local files. */
  card: boolean;
  jobs: Job[];
  running: Job | null;
  /** A delayed retry (busy camera, flaky link) is pending. */
  wake?: NodeJS.Timeout;
  /** Paused jobs fail when this fires (the camera did not come back). */
  deadline?: NodeJS.Timeout;
}

/**
 * The transfer queue: card pulls and auto-imports. Serial per camera (one card lane and one import lane
 * per camera, so a long pull never holds up a fresh shot), parallel across cameras. Jobs write through
 * `.part`, are verified and renamed without overwriting; a disconnect pauses a pull, which resumes from
 * its `.part` when the camera reconnects (or fails after `resumeTimeoutMs`).
 */
export class TransferQueue implements TransferQueueApi {
  private readonly jobs = new Map<string, Job>();
  private readonly lanes = new Map<string, Lane>();
  private readonly builder: JobBuilder;
  private readonly exec: JobExecutor;
  private readonly keepFinished: number;
  private readonly offs: (() => void)[] = [];
  private closed = false;

  constructor(private readonly deps: TransferQueueDeps) {
    this.builder = new JobBuilder(deps);
    this.exec = new JobExecutor(deps, deps.options ?? {}, {
      pause: (job) => this.onPaused(job),
      requeue: (job, delayMs) => this.onRequeue(job, delayMs),
      finished: () => this.trimFinished(),
    });
    this.keepFinished = deps.options?.keepFinished ?? 200;
  }

  /** Follows camera connection changes (pause on loss, resume on reconnect). */
  attach(): void {
    this.offs.push(
      this.deps.bus.on('connectionState', ({ cameraId, state, mode }) => {
        const lane = this.lanes.get(`${cameraId}:card`);
        if (!lane) return;
        if (state === 'connected' && mode !== 'remote') {
          clearTimeout(lane.wake);
          clearTimeout(lane.deadline);
          lane.wake = lane.deadline = undefined;
          this.pump(lane);
        } else if (state !== 'connected' && lane.running) {
          this.exec.interrupt(lane.running, 'pause');
        }
      }),
    );
  }

  /** Stops: running jobs are interrupted as paused (their `.part` is kept), timers cleared. */
  async shutdown(): Promise<void> {
    this.closed = true;
    this.offs.splice(0).forEach((off) => off());
    const running: Promise<void>[] = [];
    for (const lane of this.lanes.values()) {
      clearTimeout(lane.wake);
      clearTimeout(lane.deadline);
      if (lane.running) {
        this.exec.interrupt(lane.running, 'pause');
        if (lane.running.running) running.push(lane.running.running);
      }
    }
    await Promise.allSettled(running);
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
    const listings = new Map<number, Awaited<ReturnType<CardService['list']>>>();
    const files = [];
    for (const ref of refs) {
      if (!listings.has(ref.slot)) listings.set(ref.slot, await this.deps.cards.list(cameraId, ref.slot));
      const file = listings
        .get(ref.slot)
        ?.find((f) => f.contentId === ref.contentId && f.fileId === ref.fileId);
      if (!file)
        throw new TetherError(
          ErrorCode.NotFound,
          `No file ${ref.contentId}/${ref.fileId} on slot ${ref.slot}`,
        );
      files.push(file);
    }
    const target = await this.builder.target(options.destDir, options.naming);
    const out: TransferJob[] = [];
    for (const file of files) out.push(this.enqueue(await this.builder.cardJob(cameraId, file, target)));
    return out;
  }

  /** Queues the import of a shot the camera staged on the host (driver `downloadComplete`). */
  async enqueueAuto(
    cameraId: string,
    staged: { filename: string; stagedPath: string; size: number },
    options: AutoJobOptions = {},
  ): Promise<TransferJob> {
    const target = await this.builder.target();
    return this.enqueue(await this.builder.autoJob(cameraId, staged, target, options));
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
    const lane = this.lanes.get(job.lane);
    if (lane) lane.jobs = lane.jobs.filter((j) => j !== job);
    await this.exec.finishCancelled(job);
    if (lane) this.pump(lane);
  }

  async retry(jobId: string): Promise<void> {
    const job = this.job(jobId);
    const d = job.data;
    const lane = this.lane(job);
    if (d.state === 'paused' || d.state === 'queued') {
      clearTimeout(lane.wake);
      lane.wake = undefined;
      this.pump(lane);
      return;
    }
    if (d.state !== 'failed' && d.state !== 'cancelled') {
      throw new TetherError(
        ErrorCode.InvalidArgument,
        `Transfer ${jobId} is ${d.state}; only failed or cancelled transfers can be retried`,
      );
    }
    const kept = job.alloc ? await sizeOrZero(partPath(job.alloc.path)) : 0;
    Object.assign(d, { state: 'queued', bytesDone: kept, percent: 0, speed: 0 });
    delete d.error;
    delete d.finishedAt;
    job.stalls = 0;
    job.busyTries = 0;
    lane.jobs.push(job);
    this.deps.bus.emit('transferQueued', structuredClone(d));
    this.pump(lane);
  }

  history(): TransferJob[] {
    return this.deps.history.list();
  }

  private job(jobId: string): Job {
    const job = typeof jobId === 'string' ? this.jobs.get(jobId) : undefined;
    if (!job) throw new TetherError(ErrorCode.NotFound, `No transfer with id '${String(jobId)}'`);
    return job;
  }

  private lane(job: Job): Lane {
    let lane = this.lanes.get(job.lane);
    if (!lane) {
      lane = { cameraId: job.data.cameraId, card: job.data.source.kind === 'card', jobs: [], running: null };
      this.lanes.set(job.lane, lane);
    }
    return lane;
  }

  private enqueue(job: Job): TransferJob {
    this.jobs.set(job.data.id, job);
    const lane = this.lane(job);
    lane.jobs.push(job);
    this.deps.bus.emit('transferQueued', structuredClone(job.data));
    this.pump(lane);
    return structuredClone(job.data);
  }

  /**
   * Card pulls run while the camera is connected in a mode with card access: a pull paused by a disconnect
   * waits through a remote-only connection (which has none) for the card to be reachable again.
   */
  private cardReady(cameraId: string): boolean {
    if (this.deps.registry.state(cameraId) !== 'connected') return false;
    return this.deps.registry.get(cameraId).mode !== 'remote';
  }

  private pump(lane: Lane): void {
    if (this.closed || lane.running || lane.wake) return;
    if (lane.card && !this.cardReady(lane.cameraId)) return;
    const job = lane.jobs.shift();
    if (!job) return;
    lane.running = job;
    job.running = this.exec.run(job).finally(() => {
      lane.running = null;
      this.pump(lane);
    });
  }

  /** A pull lost its link: keep it first in line, wait for the camera (bounded by the resume timeout). */
  private onPaused(job: Job): void {
    const lane = this.lane(job);
    lane.jobs.unshift(job);
    if (!lane.deadline) {
      lane.deadline = setTimeout(() => void this.giveUp(lane), this.exec.options.resumeTimeoutMs);
      lane.deadline.unref();
    }
    // The link may look fine (a stream error without an unplug): try again after a short backoff.
    if (this.cardReady(lane.cameraId)) this.onRequeue(job, this.exec.backoff(job.stalls), true);
  }

  private onRequeue(job: Job, delayMs: number, alreadyQueued = false): void {
    const lane = this.lane(job);
    if (!alreadyQueued) lane.jobs.unshift(job);
    clearTimeout(lane.wake);
    lane.wake = setTimeout(() => {
      lane.wake = undefined;
      this.pump(lane);
    }, delayMs);
    lane.wake.unref();
  }

  private async giveUp(lane: Lane): Promise<void> {
    lane.deadline = undefined;
    // Connected again: the jobs run (or fail on their own stall limit); the deadline only covers absence.
    if (this.cardReady(lane.cameraId)) return;
    const waiting = lane.jobs.splice(0);
    const secs = Math.round(this.exec.options.resumeTimeoutMs / 1000);
    for (const job of waiting) {
      const err = new TetherError(
        ErrorCode.Disconnected,
        `The camera did not come back within ${secs} s; retry to resume from ${job.data.bytesDone} bytes`,
      );
      await this.exec.finishFailed(job, err, true);
    }
  }

  private trimFinished(): void {
    const finished = [...this.jobs.values()].filter((j) =>
      ['done', 'failed', 'cancelled'].includes(j.data.state),
    );
    for (const job of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) {
      this.jobs.delete(job.data.id);
      // A forgotten failed job can no longer be retried: drop the `.part` it kept for resuming.
      if (job.data.state === 'failed' && job.alloc) {
        void removePart(partPath(job.alloc.path));
        job.target.release(job.alloc);
      }
    }
  }
}
