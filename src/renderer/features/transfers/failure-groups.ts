import type { TransferJob } from '../../../shared/transfer-types';

/** Failed transfers that share a cause: one line ("58 failed — camera disconnected · Retry all"). */
export interface FailureGroup {
  /** The error code they share (or `UNKNOWN`). */
  code: string;
  /** The first job's error, to say the cause in words. */
  sample: NonNullable<TransferJob['error']> | { code: string; message: string };
  jobs: TransferJob[];
}

/** Groups failed jobs by error code, largest group first; other states are left out. */
export function groupFailures(jobs: readonly TransferJob[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const job of jobs) {
    if (job.state !== 'failed') continue;
    const code = job.error?.code ?? 'UNKNOWN';
    let g = groups.get(code);
    if (!g) {
      g = { code, sample: job.error ?? { code, message: 'The copy failed.' }, jobs: [] };
      groups.set(code, g);
    }
    g.jobs.push(job);
  }
  return [...groups.values()].sort((a, b) => b.jobs.length - a.jobs.length);
}
