import type { ErrorCode } from '../../shared/errors';
import type { CardFile } from '../../shared/camera-types';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import { cardKey } from '../store/card-slice';
import type { StudioStore } from '../store/store';

/** Display order of the card browser (and of shift-click ranges): newest first. */
export function newestFirst(files: CardFile[]): CardFile[] {
  return [...files].sort((a, b) =>
    a.createdAt !== b.createdAt
      ? a.createdAt < b.createdAt
        ? 1
        : -1
      : a.contentId !== b.contentId
        ? b.contentId - a.contentId
        : a.fileId - b.fileId,
  );
}

/** Card browsing and pulls, plus the transfer queue's cancel/retry. */
export class CardActions {
  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
  ) {}

  /** Loads slot states and the current slot's files (both asked at once). */
  async load(cameraId: string): Promise<void> {
    const s = this.store.getState();
    s.setCardLoading(true);
    try {
      const slot = s.card.slot;
      const [slots, files] = await Promise.all([
        this.client.getCardSlots(cameraId).catch(() => []),
        this.client.listCardFiles(cameraId, slot),
      ]);
      this.store.getState().setCardSlots(slots);
      if (this.store.getState().card.slot !== slot) return;
      this.store.getState().setCardFiles(newestFirst(files));
    } catch (err) {
      this.store.getState().setCardLoading(false, asErrorValue(err));
    }
  }

  /** Switches slot and lists it. */
  async selectSlot(cameraId: string, slot: number): Promise<void> {
    this.store.getState().setCardSlot(slot);
    await this.load(cameraId);
  }

  /** Pulls the selected files (into the active session, or `destDir`); returns how many were queued. */
  async pullSelected(cameraId: string, destDir?: string): Promise<number> {
    const { card } = this.store.getState();
    const refs = card.files
      .filter((f) => card.selected[cardKey(f)])
      .map(({ slot, contentId, fileId }) => ({ slot, contentId, fileId }));
    if (refs.length === 0) return 0;
    const jobs = await this.client.pullCardFiles(cameraId, refs, destDir ? { destDir } : undefined);
    const s = this.store.getState();
    for (const j of jobs) s.upsertJob(j);
    s.setCardBatch(jobs.map((j) => j.id));
    return jobs.length;
  }

  /** Cancels every unfinished job of the current pull. */
  async cancelBatch(): Promise<void> {
    const { card, jobs } = this.store.getState();
    const open = card.batch.filter(
      (id) => jobs[id] && !['done', 'failed', 'cancelled'].includes(jobs[id].state),
    );
    await Promise.all(open.map((id) => this.client.cancelTransfer(id).catch(() => undefined)));
  }

  /** Loads the transfer queue and the files waiting for import. */
  async loadTransfers(): Promise<void> {
    const [jobs, pending] = await Promise.all([
      this.client.listTransfers(),
      this.client.listPendingImports().catch(() => null),
    ]);
    const s = this.store.getState();
    s.setJobs(jobs);
    if (pending) s.setPendingImports(pending);
  }

  /** Retries every failed transfer (or one group, by error code). */
  async retryFailed(code?: ErrorCode): Promise<void> {
    const s = this.store.getState();
    for (const job of await this.client.retryFailedTransfers(code)) s.upsertJob(job);
  }

  /** Imports staged shots again (all, or `ids`). */
  async retryPending(ids?: string[]): Promise<void> {
    this.store.getState().setPendingImports(await this.client.retryPendingImports(ids));
  }

  /** Deletes a stray partial file. */
  async discardPending(id: string): Promise<void> {
    this.store.getState().setPendingImports(await this.client.discardPendingImport(id));
  }

  /** Cancels one transfer; the store shows the job as the studio answers it. */
  async cancel(jobId: string): Promise<void> {
    this.store.getState().upsertJob(await this.client.cancelTransfer(jobId));
  }

  /** Retries a failed transfer; the store shows the job as the studio answers it. */
  async retry(jobId: string): Promise<void> {
    this.store.getState().upsertJob(await this.client.retryTransfer(jobId));
  }
}
