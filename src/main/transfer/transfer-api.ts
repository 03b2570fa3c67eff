import type { CardRef } from '../../shared/studio-client';
import type { ErrorCode } from '../../shared/errors';
import type { PendingImport, TransferJob } from '../../shared/transfer-types';
import type { FolderNaming } from './destinations';

/** Where a card pull goes: the active session by default. */
export interface PullOptions {
  /** An absolute folder instead of the session. */
  destDir?: string;
  /** Save-info naming in `destDir` (prefix + number) instead of the original names. */
  naming?: FolderNaming;
}

/** The transfer queue: card pulls and auto-imports (implemented by `TransferQueue`). */
export interface TransferQueueApi {
  /**
   * Queues pulls into the active session (or `destDir`, named by `naming` when given, else by the original
   * names), one job per ref.
   */
  pullCardFiles(cameraId: string, refs: CardRef[], options?: PullOptions): Promise<TransferJob[]>;
  /** Live jobs (queued, running, paused) and recently finished ones, oldest first. */
  list(): TransferJob[];
  /** One job; throws NOT_FOUND. */
  get(jobId: string): TransferJob;
  /** Cancels a queued/running/paused job: no file under a final name, `.part` removed. */
  cancel(jobId: string): Promise<void>;
  /** Requeues a failed or cancelled job (resuming from its `.part` where one is kept). */
  retry(jobId: string): Promise<void>;
  /** Requeues every failed job, or those whose error has `code`; resolves with them as requeued. */
  retryFailed(code?: ErrorCode): Promise<TransferJob[]>;
  /** Files found without a job: staged shots to import, stray `.part` files. */
  listPending(): PendingImport[];
  /** Imports staged shots again (all, or `ids`); resolves with what is still pending. */
  retryPending(ids?: string[]): Promise<PendingImport[]>;
  /** Deletes a stray `.part` (never a staged shot); resolves with what is still pending. */
  discardPending(id: string): Promise<PendingImport[]>;
  /** Persisted import history (finished jobs, newest last). */
  history(): TransferJob[];
}
