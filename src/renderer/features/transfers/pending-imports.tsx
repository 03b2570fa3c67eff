import { memo, useState } from 'react';
import type { PendingImport } from '../../../shared/transfer-types';
import { useActions, useStudio } from '../../app/studio-context';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { formatBytes } from '../shared/format';

const PendingRow = memo(function PendingRow({ item }: { item: PendingImport }) {
  const actions = useActions();
  const [error, setError] = useState<UiError | null>(null);
  const act = (fn: () => Promise<void>) => fn().catch((e) => setError(asErrorValue(e)));
  const staged = item.kind === 'staged';
  return (
    <li
      className={`xfer xfer--pending-${item.kind}`}
      aria-label={`${item.fileName} ${staged ? 'not imported' : 'partial file'}`}
    >
      <div className="xfer__row">
        <span className="xfer__name" title={item.path}>
          {item.fileName}
        </span>
        <span className="xfer__state">{staged ? 'Not imported' : `Partial · ${formatBytes(item.size)}`}</span>
        {staged ? (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => void act(() => actions.card.retryPending([item.id]))}
          >
            Retry
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--small btn--ghost"
            aria-label={`Discard partial ${item.fileName}`}
            onClick={() => void act(() => actions.card.discardPending(item.id))}
          >
            Discard
          </button>
        )}
      </div>
      {item.error && <ErrorNote error={item.error} compact />}
      <ErrorNote error={error} compact onDismiss={() => setError(null)} />
    </li>
  );
});

/**
 * Files the studio found without a job: shots left in staging (the camera delivered them, importing failed or
 * the studio stopped first) with Retry, and stray partial files with Discard. Hidden when there are none.
 */
export function PendingImports() {
  const items = useStudio((s) => s.pendingImports);
  if (items.length === 0) return null;
  return (
    <section aria-label="Waiting for import">
      <div className="xfers__sub muted">
        {items.length} file{items.length === 1 ? '' : 's'} waiting for import
      </div>
      <ul className="xfers__list">
        {items.map((item) => (
          <PendingRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
