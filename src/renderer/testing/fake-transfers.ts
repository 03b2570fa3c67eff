import type { DiagnosticsBundle } from '../../shared/diagnostics-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import type { PendingImport, TransferJob } from '../../shared/transfer-types';

/**
 * The fake client's transfer queue: jobs (tests set or pull them), the pending imports (tests set them),
 * with the studio's rules for cancel, retry, retry-all and discard.
 */
export class FakeTransfers {
  jobs: TransferJob[] = [];
  pending: PendingImport[] = [];

  constructor(private readonly emit: (event: StudioEvent) => void) {}

  private job(jobId: string): TransferJob {
    const job = this.jobs.find((j) => j.id === jobId);
    if (!job) throw new TetherError(ErrorCode.NotFound, `No transfer ${jobId}`);
    return job;
  }

  cancel(jobId: string): TransferJob {
    const job = this.job(jobId);
    if (job.state === 'done')
      throw new TetherError(ErrorCode.InvalidArgument, `Transfer ${jobId} is already done`);
    job.state = 'cancelled';
    return { ...job };
  }

  retry(jobId: string): TransferJob {
    const job = this.job(jobId);
    if (job.state === 'done' || job.state === 'running')
      throw new TetherError(ErrorCode.InvalidArgument, `Transfer ${jobId} is ${job.state}`);
    job.state = 'queued';
    delete job.error;
    this.emit({ event: 'transferQueued', data: { ...job } });
    return { ...job };
  }

  retryFailed(code?: string): TransferJob[] {
    const failed = this.jobs.filter((j) => j.state === 'failed' && (!code || j.error?.code === code));
    return failed.map((j) => this.retry(j.id));
  }

  private pendingItem(id: string): PendingImport {
    const item = this.pending.find((p) => p.id === id);
    if (!item) throw new TetherError(ErrorCode.NotFound, `No pending import with id '${id}'`);
    return item;
  }

  /** Staged items import (they leave the list); partial files stay until discarded. */
  retryPending(ids?: string[]): PendingImport[] {
    const wanted = new Set((ids ?? this.pending.map((p) => p.id)).map((id) => this.pendingItem(id).id));
    this.pending = this.pending.filter((p) => !(wanted.has(p.id) && p.kind === 'staged'));
    this.emit({ event: 'pendingImports', data: { items: this.pending } });
    return this.pending.map((p) => ({ ...p }));
  }

  discard(id: string): PendingImport[] {
    const item = this.pendingItem(id);
    if (item.kind !== 'partial')
      throw new TetherError(ErrorCode.InvalidArgument, `${item.fileName} is a shot waiting to be imported`);
    this.pending = this.pending.filter((p) => p.id !== id);
    this.emit({ event: 'pendingImports', data: { items: this.pending } });
    return this.pending.map((p) => ({ ...p }));
  }

  /** A minimal bundle of the right shape. */
  diagnostics(): DiagnosticsBundle {
    const counts: Record<string, number> = {};
    for (const j of this.jobs) counts[j.state] = (counts[j.state] ?? 0) + 1;
    return {
      format: 'tether-studio-diagnostics/1',
      createdAt: new Date(0).toISOString(),
      versions: { app: '0.1.0' },
      driver: { kind: 'sim', requested: 'auto', reason: 'no SDK found', sdkVersion: 'sim-1.0' },
      settings: {},
      cameras: [],
      transfers: { counts, failed: [] },
      pendingImports: this.pending.map((p) => ({ ...p })),
      corruptFiles: [],
      logs: { recent: [], files: [] },
    };
  }
}
