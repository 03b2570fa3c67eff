import { ErrorCode, TetherError } from '../../shared/errors';
import { CARD_PULL_MODES, type TransferJob } from '../../shared/transfer-types';
import type { EventBus } from '../core/event-bus';
import type { CameraRegistryApi } from '../studio/camera-registry-api';
import type { Job } from './job-builder';
import type { JobExecutor } from './job-executor';

/** One camera's card lane or import lane. */
interface Lane {
  cameraId: string;
  /** Card lanes need the camera connected in a mode with card access; import lanes read local files. */
  card: boolean;
  jobs: Job[];
  running: Job | null;
  /** A delayed retry (busy camera, flaky link) is pending. */
  wake?: NodeJS.Timeout;
  /** Jobs waiting for an absent camera fail when this fires. */
  deadline?: NodeJS.Timeout;
}

/** What the lanes need. */
export interface LaneDeps {
  registry: Pick<CameraRegistryApi, 'state' | 'mode'>;
  bus: EventBus;
  exec: JobExecutor;
}

/**
 * The queue's lanes: one card lane and one import lane per camera, each running one job at a time. A card
 * lane runs only while its camera is connected in a mode with card access; otherwise its jobs show as paused,
 * `waitingFor` the camera (failing after the resume timeout if it left during this run) or a card mode
 * (waiting as long as it takes), and start again by themselves when the camera is back in such a mode.
 */
export class QueueLanes {
  private readonly lanes = new Map<string, Lane>();
  /** Cameras connected at some point since start: only their absence is bounded by the resume timeout. */
  private readonly seen = new Set<string>();
  private closed = false;

  constructor(private readonly deps: LaneDeps) {}

  /** Appends a job to its lane and runs what can run. */
  add(job: Job): void {
    this.lane(job).jobs.push(job);
    this.pump(this.lane(job));
  }

  /** Takes a waiting job out of its lane; false when it was not waiting there. */
  remove(job: Job): boolean {
    const lane = this.lanes.get(job.lane);
    if (!lane || !lane.jobs.includes(job)) return false;
    lane.jobs = lane.jobs.filter((j) => j !== job);
    return true;
  }

  /** Wakes a job's lane now (a retry of a paused or queued job skips the pending backoff). */
  wake(job: Job): void {
    const lane = this.lane(job);
    clearTimeout(lane.wake);
    lane.wake = undefined;
    this.pump(lane);
  }

  /** Runs a lane again (after a job was removed or a state change). */
  pumpLane(job: Job): void {
    this.pump(this.lane(job));
  }

  /** The camera is connected again (in some mode): its card lane runs if the mode allows. */
  cameraConnected(cameraId: string): void {
    this.seen.add(cameraId);
    const lane = this.lanes.get(`${cameraId}:card`);
    if (!lane) return;
    clearTimeout(lane.wake);
    clearTimeout(lane.deadline);
    lane.wake = lane.deadline = undefined;
    this.pump(lane);
  }

  /** The camera's link is gone: the running pull pauses (keeping its `.part`), the rest wait for it. */
  cameraLost(cameraId: string): void {
    const lane = this.lanes.get(`${cameraId}:card`);
    if (!lane) return;
    if (lane.running) this.deps.exec.interrupt(lane.running, 'pause');
    this.markWaiting(lane, 'camera');
  }

  /** A pull lost its link: keep it first in line, wait for the camera (bounded by the resume timeout). */
  onPaused(job: Job): void {
    const lane = this.lane(job);
    lane.jobs.unshift(job);
    this.emitUpdated(job);
    const waiting = lane.card ? this.waitReason(lane.cameraId) : null;
    if (waiting) return this.markWaiting(lane, waiting);
    // The link may look fine (a stream error without an unplug): try again after a short backoff.
    this.onRequeue(job, this.deps.exec.backoff(job.stalls), true);
  }

  /** Try a job again after `delayMs` (busy camera, flaky link). */
  onRequeue(job: Job, delayMs: number, alreadyQueued = false): void {
    const lane = this.lane(job);
    if (!alreadyQueued) {
      lane.jobs.unshift(job);
      this.emitUpdated(job);
    }
    clearTimeout(lane.wake);
    lane.wake = setTimeout(() => {
      lane.wake = undefined;
      this.pump(lane);
    }, delayMs);
    lane.wake.unref();
  }

  /** Stops: running jobs are interrupted as paused (their `.part` is kept), timers cleared. */
  async shutdown(): Promise<void> {
    this.closed = true;
    const running: Promise<void>[] = [];
    for (const lane of this.lanes.values()) {
      clearTimeout(lane.wake);
      clearTimeout(lane.deadline);
      if (lane.running) {
        this.deps.exec.interrupt(lane.running, 'pause');
        if (lane.running.running) running.push(lane.running.running);
      }
    }
    await Promise.allSettled(running);
  }

  private lane(job: Job): Lane {
    let lane = this.lanes.get(job.lane);
    if (!lane) {
      lane = { cameraId: job.data.cameraId, card: job.data.source.kind === 'card', jobs: [], running: null };
      this.lanes.set(job.lane, lane);
    }
    return lane;
  }

  /** Why a card lane cannot run now: no camera, or a mode without card access. */
  private waitReason(cameraId: string): TransferJob['waitingFor'] | null {
    if (this.deps.registry.state(cameraId) !== 'connected') return 'camera';
    const mode = this.deps.registry.mode(cameraId);
    return mode && (CARD_PULL_MODES as readonly string[]).includes(mode) ? null : 'card-mode';
  }

  private pump(lane: Lane): void {
    if (this.closed || lane.running || lane.wake) return;
    const waiting = lane.card ? this.waitReason(lane.cameraId) : null;
    if (waiting) return this.markWaiting(lane, waiting);
    const job = lane.jobs.shift();
    if (!job) return;
    for (const other of lane.jobs) {
      if (!other.data.waitingFor) continue;
      delete other.data.waitingFor;
      other.data.state = 'queued';
      this.emitUpdated(other);
    }
    delete job.data.waitingFor;
    lane.running = job;
    job.running = this.deps.exec.run(job).finally(() => {
      lane.running = null;
      this.pump(lane);
    });
  }

  /** Shows a lane's jobs as paused, waiting for the camera (deadline armed) or for a card mode. */
  private markWaiting(lane: Lane, why: NonNullable<TransferJob['waitingFor']>): void {
    for (const job of lane.jobs) {
      if (job.data.waitingFor === why && job.data.state === 'paused') continue;
      Object.assign(job.data, { state: 'paused', speed: 0, waitingFor: why });
      this.emitUpdated(job);
    }
    // Jobs recovered at start wait for their camera as long as it takes; a camera that left meanwhile has
    // `resumeTimeoutMs` to come back before its jobs fail (with DISCONNECTED, for a "Retry all").
    if (why === 'camera' && !lane.deadline && lane.jobs.length > 0 && this.seen.has(lane.cameraId)) {
      lane.deadline = setTimeout(() => void this.giveUp(lane), this.deps.exec.options.resumeTimeoutMs);
      lane.deadline.unref();
    }
  }

  private async giveUp(lane: Lane): Promise<void> {
    lane.deadline = undefined;
    // Connected again: the jobs run (or wait for a card mode); the deadline only covers absence.
    if (this.deps.registry.state(lane.cameraId) === 'connected') return;
    const waiting = lane.jobs.splice(0);
    const secs = Math.round(this.deps.exec.options.resumeTimeoutMs / 1000);
    for (const job of waiting) {
      delete job.data.waitingFor;
      const err = new TetherError(
        ErrorCode.Disconnected,
        `The camera did not come back within ${secs} s; retry to resume from ${job.data.bytesDone} bytes`,
      );
      await this.deps.exec.finishFailed(job, err, true);
    }
  }

  private emitUpdated(job: Job): void {
    this.deps.bus.emit('transferUpdated', structuredClone(job.data));
  }
}
