import type { DiagnosticsBundle } from '../../shared/diagnostics-types';
import type { ErrorCode } from '../../shared/errors';
import type { PendingImport, TransferJob } from '../../shared/transfer-types';
import { FakeProClient } from './fake-pro-client';
import { FakeTransfers } from './fake-transfers';

/**
 * The transfer half of the fake StudioClient: the queue's jobs, the pending imports and the diagnostics
 * bundle, answered from {@link FakeTransfers} (which holds their state and the studio's rules).
 */
export abstract class FakeTransferClient extends FakeProClient {
  /** The transfer queue and the pending imports (tests set `jobs` and `pending`). */
  readonly queue = new FakeTransfers((e) => this.emit(e));

  /** Transfer jobs (tests set them). */
  get jobs(): TransferJob[] {
    return this.queue.jobs;
  }
  set jobs(list: TransferJob[]) {
    this.queue.jobs = list;
  }

  async listTransfers(): Promise<TransferJob[]> {
    this.record('listTransfers', []);
    return this.jobs;
  }
  async cancelTransfer(jobId: string): Promise<TransferJob> {
    this.record('cancelTransfer', [jobId]);
    return this.queue.cancel(jobId);
  }
  async retryTransfer(jobId: string): Promise<TransferJob> {
    this.record('retryTransfer', [jobId]);
    return this.queue.retry(jobId);
  }
  async retryFailedTransfers(code?: ErrorCode): Promise<TransferJob[]> {
    this.record('retryFailedTransfers', [code]);
    return this.queue.retryFailed(code);
  }
  async listPendingImports(): Promise<PendingImport[]> {
    this.record('listPendingImports', []);
    return this.queue.pending.map((p) => ({ ...p }));
  }
  async retryPendingImports(ids?: string[]): Promise<PendingImport[]> {
    this.record('retryPendingImports', [ids]);
    return this.queue.retryPending(ids);
  }
  async discardPendingImport(id: string): Promise<PendingImport[]> {
    this.record('discardPendingImport', [id]);
    return this.queue.discard(id);
  }
  async exportDiagnostics(): Promise<DiagnosticsBundle> {
    this.record('exportDiagnostics', []);
    return this.queue.diagnostics();
  }
}
