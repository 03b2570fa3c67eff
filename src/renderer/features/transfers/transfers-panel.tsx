import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { TransferJob } from '../../../shared/transfer-types';
import { useActions, useStudio } from '../../app/studio-context';
import { sortedJobs } from '../../store/transfers-slice';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { formatBytes, formatSpeed } from '../shared/format';
import { PendingImports } from './pending-imports';
import './transfers-panel.css';
import { IntentButton } from '../shared/intent-button';
import { MiddleEllipsis } from '../shared/middle-ellipsis';
import { TransferFailures } from './transfer-failures';

const STATE_TEXT: Record<TransferJob['state'], string> = {
  queued: 'Queued',
  running: 'Copying',
  paused: 'Paused',
  done: 'Saved',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const WAITING_TEXT: Record<NonNullable<TransferJob['waitingFor']>, string> = {
  camera: 'Waiting for the camera',
  'card-mode': 'Waiting for a card mode',
};
const SHOWN = 60;

const JobRow = memo(function JobRow({ job }: { job: TransferJob }) {
  const actions = useActions();
  const [error, setError] = useState<UiError | null>(null);
  const act = (fn: () => Promise<void>) => fn().catch((e) => setError(asErrorValue(e)));
  const name = job.targetPath ? job.targetPath.split(/[\\/]/).pop() : job.originalName;
  const pct = job.state === 'done' ? 100 : job.percent;
  const waiting = job.state === 'paused' && job.waitingFor ? WAITING_TEXT[job.waitingFor] : null;
  const open = job.state === 'queued' || job.state === 'running' || job.state === 'paused';
  const retryable = job.state === 'failed' || job.state === 'cancelled';
  return (
    <li className={`xfer xfer--${job.state}`} aria-label={`${name} ${STATE_TEXT[job.state]}`}>
      <div className="xfer__row">
        <MiddleEllipsis className="xfer__name" text={name ?? job.originalName} />
        <span className="xfer__state">
          {job.state === 'running'
            ? `${pct}%${job.speed > 0 ? ` · ${formatSpeed(job.speed)}` : ''}`
            : (waiting ?? STATE_TEXT[job.state])}
          {job.resumedFrom !== undefined && job.state !== 'done'
            ? ` · resumed at ${formatBytes(job.resumedFrom)}`
            : ''}
        </span>
        {/* One button in one place: × while the job runs, Retry once it failed; a flip never takes the other's click. */}
        {(open || retryable) && (
          <IntentButton
            meaning={open ? 'cancel' : 'retry'}
            className={open ? 'btn btn--small btn--ghost' : 'btn btn--small'}
            aria-label={open ? `Cancel ${name}` : undefined}
            onPress={() => void act(() => (open ? actions.card.cancel(job.id) : actions.card.retry(job.id)))}
          >
            {open ? '×' : 'Retry'}
          </IntentButton>
        )}
      </div>
      {job.state !== 'done' && (
        <div
          className={`progress${job.state === 'failed' ? ' progress--failed' : ''}`}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
        >
          <span style={{ width: `${pct}%` }} />
        </div>
      )}
      {job.state === 'failed' && job.error && <ErrorNote error={job.error} compact />}
      <ErrorNote error={error} compact onDismiss={() => setError(null)} />
    </li>
  );
});

/** The transfer queue: imports and card pulls with progress; failures with Retry. */
export function TransfersPanel() {
  // A long queue re-renders in the background (interruptible), never ahead of the filmstrip or the live view.
  const jobs = useDeferredValue(useStudio((s) => s.jobs));
  const pending = useStudio((s) => s.pendingImports.length);
  const list = useMemo(() => sortedJobs(jobs), [jobs]);
  const active = list.filter((j) => j.state === 'queued' || j.state === 'running').length;
  const failed = list.filter((j) => j.state === 'failed').length;
  // Failures are grouped by cause above the list (one line each), not one red block per file.
  const rows = useMemo(() => list.filter((j) => j.state !== 'failed'), [list]);
  const actions = useActions();
  const [error, setError] = useState<UiError | null>(null);
  return (
    <section className="panel xfers" aria-label="Transfers">
      <div className="panel__head">
        Transfers
        <span className="spacer" />
        <span className="muted xfers__count">
          {active > 0 ? `${active} active` : 'idle'}
          {failed > 0 ? ` · ${failed} failed` : ''}
        </span>
        {failed > 1 && (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void actions.card.retryFailed().catch((e) => setError(asErrorValue(e)))}
          >
            Retry all
          </button>
        )}
      </div>
      <ErrorNote error={error} compact onDismiss={() => setError(null)} />
      <PendingImports />
      <TransferFailures jobs={list} />
      {rows.length === 0 && pending === 0 ? (
        <div className="panel__body muted">Shots and card pulls appear here as they are saved.</div>
      ) : (
        <ul className="xfers__list">
          {rows.slice(0, SHOWN).map((j) => (
            <JobRow key={j.id} job={j} />
          ))}
        </ul>
      )}
    </section>
  );
}
