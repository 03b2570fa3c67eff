import { useState } from 'react';
import type { TransferJob } from '../../../shared/transfer-types';
import { useActions } from '../../app/studio-context';
import { describeError, errorDetail } from '../errors/error-messages';
import { MiddleEllipsis } from '../shared/middle-ellipsis';
import { groupFailures } from './failure-groups';

/**
 * Failed transfers as one line per cause, not a wall of red blocks: "58 failed — The camera was
 * disconnected… · Retry all", the files behind a toggle, each still retryable on its own.
 */
export function TransferFailures({ jobs }: { jobs: readonly TransferJob[] }) {
  const groups = groupFailures(jobs);
  if (groups.length === 0) return null;
  return (
    <ul className="xfer-fails" aria-label="Failed transfers">
      {groups.map((g) => (
        <FailureLine key={g.code} code={g.code} sample={g.sample} jobs={g.jobs} />
      ))}
    </ul>
  );
}

function FailureLine({
  code,
  sample,
  jobs,
}: {
  code: string;
  sample: { code: string; message: string };
  jobs: TransferJob[];
}) {
  const actions = useActions();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const retryAll = async () => {
    setBusy(true);
    try {
      // One after the other: the queue keeps their order, and a refusal of one does not stop the rest.
      const oldestFirst = [...jobs].sort((a, b) => a.createdAt - b.createdAt);
      for (const j of oldestFirst) await actions.card.retry(j.id).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  const name = (j: TransferJob) => (j.targetPath ? j.targetPath.split(/[\\/]/).pop() : j.originalName) ?? '';
  return (
    <li className="xfer-fails__group" data-code={code} title={errorDetail({ ...sample, code })}>
      <div className="xfer-fails__head">
        <span className="xfer-fails__count">{jobs.length} failed</span>
        <span className="xfer-fails__why">{describeError(sample)}</span>
      </div>
      <div className="xfer-fails__actions">
        <button type="button" className="btn btn--small" disabled={busy} onClick={() => void retryAll()}>
          {jobs.length > 1 ? `Retry all ${jobs.length}` : 'Retry'}
        </button>
        {jobs.length > 1 && (
          <button
            type="button"
            className="btn btn--small btn--ghost"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide files' : 'Show files'}
          </button>
        )}
      </div>
      {(open || jobs.length === 1) && (
        <ul className="xfer-fails__files">
          {jobs.map((j) => (
            <li key={j.id}>
              <MiddleEllipsis text={name(j)} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
