import type { TransferJob } from '../../shared/transfer-types';

/** Default sampling period: at most 10 progress events per second per job. */
export const PROGRESS_INTERVAL_MS = 100;
const SPEED_WINDOW_MS = 1000;

/** Percent for a job in flight: never 100 (only a committed file is 100). */
export function runningPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(99, Math.floor((done * 100) / total));
}

/**
 * Samples a running job's byte count on a timer and reports changes: bounded event rate no matter how
 * small the chunks, and no work per chunk on the data path. The 100% event is the queue's, at commit.
 */
export class ProgressMeter {
  private timer: NodeJS.Timeout | undefined;
  private samples: { t: number; bytes: number }[] = [];
  private lastReported = -1;

  constructor(
    private readonly job: TransferJob,
    private readonly readBytes: () => number,
    private readonly report: (job: TransferJob) => void,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  /** Starts sampling. */
  start(): void {
    this.samples = [{ t: Date.now(), bytes: this.readBytes() }];
    this.lastReported = this.job.bytesDone;
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Takes one sample now; reports when the byte count moved. */
  sample(): void {
    const bytes = this.readBytes();
    const now = Date.now();
    this.samples.push({ t: now, bytes });
    while (this.samples.length > 2 && now - this.samples[0].t > SPEED_WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const dt = (now - first.t) / 1000;
    this.job.bytesDone = bytes;
    this.job.percent = runningPercent(bytes, this.job.bytesTotal);
    this.job.speed = dt > 0 ? Math.max(0, (bytes - first.bytes) / dt) : 0;
    if (bytes === this.lastReported) return;
    this.lastReported = bytes;
    this.report(this.job);
  }

  /** Stops sampling (the byte count is updated one last time, without an event). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const bytes = this.readBytes();
    this.job.bytesDone = bytes;
    this.job.percent = runningPercent(bytes, this.job.bytesTotal);
  }
}
