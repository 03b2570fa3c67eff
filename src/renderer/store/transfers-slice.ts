import type { StateCreator } from 'zustand';
import type { StudioEventMap } from '../../shared/events';
import type { PendingImport, TransferJob } from '../../shared/transfer-types';

/** The transfer queue as the UI knows it, by job id. */
export interface TransfersSlice {
  jobs: Record<string, TransferJob>;
  /** Files found without a job (staged shots to import, stray partial files). */
  pendingImports: PendingImport[];
  /** Replaces the pending imports. */
  setPendingImports(items: PendingImport[]): void;
  /** Replaces the known jobs (a fresh list from the studio). */
  setJobs(jobs: TransferJob[]): void;
  /** Adds or replaces one job (queued, done, failed events). */
  upsertJob(job: TransferJob): void;
  /** Applies a `transferProgress` event to its job, if known. Progress never goes backwards within a run. */
  applyProgress(progress: StudioEventMap['transferProgress']): void;
}

const FINAL_STATES = new Set(['done', 'failed', 'cancelled']);

/** Creates the transfers slice. */
export const createTransfersSlice: StateCreator<TransfersSlice, [], [], TransfersSlice> = (set) => ({
  jobs: {},
  pendingImports: [],
  setPendingImports: (items) => set(() => ({ pendingImports: items })),
  setJobs: (list) =>
    set(() => {
      const jobs: Record<string, TransferJob> = {};
      for (const j of list) jobs[j.id] = j;
      return { jobs };
    }),
  upsertJob: (job) => set((s) => ({ jobs: { ...s.jobs, [job.id]: job } })),
  applyProgress: (p) =>
    set((s) => {
      const job = p.jobId ? s.jobs[p.jobId] : undefined;
      if (!job || FINAL_STATES.has(job.state)) return s;
      const next: TransferJob = {
        ...job,
        state: 'running',
        percent: Math.max(job.state === 'running' ? job.percent : 0, p.percent),
        bytesDone: p.bytesDone ?? job.bytesDone,
        bytesTotal: p.bytesTotal ?? job.bytesTotal,
        speed: p.speed ?? job.speed,
        targetPath: p.savedPath ?? job.targetPath,
      };
      return { jobs: { ...s.jobs, [job.id]: next } };
    }),
});

/** Jobs newest first. */
export function sortedJobs(jobs: Record<string, TransferJob>): TransferJob[] {
  return Object.values(jobs).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}

/** Totals over a set of jobs: bytes, percent, combined speed and ETA in seconds (null when unknown). */
export interface BatchTotals {
  count: number;
  done: number;
  failed: number;
  cancelled: number;
  active: number;
  bytesDone: number;
  bytesTotal: number;
  percent: number;
  speed: number;
  etaSeconds: number | null;
}

/** Sums progress over `ids` (missing ids are ignored). */
export function batchTotals(jobs: Record<string, TransferJob>, ids: readonly string[]): BatchTotals {
  const t: BatchTotals = {
    count: 0,
    done: 0,
    failed: 0,
    cancelled: 0,
    active: 0,
    bytesDone: 0,
    bytesTotal: 0,
    percent: 0,
    speed: 0,
    etaSeconds: null,
  };
  for (const id of ids) {
    const j = jobs[id];
    if (!j) continue;
    t.count++;
    t.bytesTotal += j.bytesTotal;
    t.bytesDone += j.state === 'done' ? j.bytesTotal : j.bytesDone;
    if (j.state === 'done') t.done++;
    else if (j.state === 'failed') t.failed++;
    else if (j.state === 'cancelled') t.cancelled++;
    else t.active++;
    if (j.state === 'running') t.speed += j.speed;
  }
  if (t.bytesTotal > 0) t.percent = Math.min(100, Math.floor((t.bytesDone / t.bytesTotal) * 100));
  else if (t.count > 0 && t.done === t.count) t.percent = 100;
  if (t.active > 0 && t.speed > 0) t.etaSeconds = Math.max(0, (t.bytesTotal - t.bytesDone) / t.speed);
  return t;
}
