import { useActions, useStudio } from '../../app/studio-context';
import { batchTotals } from '../../store/transfers-slice';
import { TransferFailures } from '../transfers/transfer-failures';
import { pullSummary } from './pull-summary';

/** The latest pull once it has ended: what was imported, cancelled and skipped, and failures by cause. */
export function CardPullEnd() {
  const actions = useActions();
  const batch = useStudio((s) => s.card.batch);
  const skipped = useStudio((s) => s.card.skipped);
  const jobs = useStudio((s) => s.jobs);
  const summary = pullSummary(batchTotals(jobs, batch), skipped);
  if (!summary) return null;
  const batchJobs = batch.flatMap((id) => (jobs[id] ? [jobs[id]] : []));
  return (
    <div className="cardb__end" role="status" data-testid="pull-end">
      <span className="cardb__end-text">{summary}</span>
      <button type="button" className="btn btn--small btn--ghost" onClick={() => actions.card.dismissBatch()}>
        Dismiss
      </button>
      <TransferFailures jobs={batchJobs} />
    </div>
  );
}
