import { useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import { cardKey } from '../../store/card-slice';
import { batchTotals } from '../../store/transfers-slice';
import { ErrorNote } from '../errors/error-note';
import { asErrorValue, type UiError } from '../errors/error-messages';
import { formatBytes, formatEta, formatSpeed } from '../shared/format';
import { CardPullEnd } from './card-pull-end';

/**
 * Destination, Pull button (files a session already holds are skipped unless "Import again"), the latest
 * pull's total progress, speed and ETA with Cancel, and its end state.
 */
export function CardPullBar({ cameraId }: { cameraId: string }) {
  const actions = useActions();
  const batch = useStudio((s) => s.card.batch);
  const files = useStudio((s) => s.card.files);
  const selected = useStudio((s) => s.card.selected);
  const dest = useStudio((s) => s.card.dest);
  const setDest = useStudio((s) => s.setCardDest);
  const jobs = useStudio((s) => s.jobs);
  const session = useStudio((s) => s.activeSession);
  const [again, setAgain] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const [busy, setBusy] = useState(false);
  const t = batchTotals(jobs, batch);
  const active = t.active > 0;
  const chosen = files.filter((f) => selected[cardKey(f)]);
  const importedCount = chosen.filter((f) => f.imported).length;
  const toPull = again ? chosen.length : chosen.length - importedCount;

  const pull = async () => {
    setBusy(true);
    setError(null);
    try {
      await actions.card.pullSelected(cameraId, dest.trim() || undefined, again);
      setAgain(false);
    } catch (err) {
      setError(asErrorValue(err));
    } finally {
      setBusy(false);
    }
  };
  const choose = async () => {
    const path = await actions.client.native
      ?.chooseFolder({ title: 'Pull card files to…' })
      .catch(() => null);
    if (path) setDest(path);
  };

  return (
    <div className="cardb__pull">
      <label className="cardb__dest">
        <span className="muted">To</span>
        <input
          className="field mono"
          aria-label="Destination folder"
          placeholder={session ? `${session.folder} (session)` : 'Active session folder'}
          value={dest}
          onChange={(e) => setDest(e.target.value)}
        />
        {actions.client.native && (
          <button type="button" className="btn btn--small" onClick={() => void choose()}>
            Choose…
          </button>
        )}
      </label>
      {importedCount > 0 && (
        <span className="cardb__skip" data-testid="pull-skip-note">
          <span className="muted">
            {importedCount} already imported{again ? '' : ' — skipped'}
          </span>
          <label className="cardb__again">
            <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
            Import again
          </label>
        </span>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={toPull === 0 || busy}
        onClick={() => void pull()}
      >
        Pull {chosen.length > 0 ? `${chosen.length} selected` : 'selected'}
      </button>
      {t.count > 0 && (
        <div className="cardb__total" aria-label="Pull progress">
          <div
            className={`progress${t.failed > 0 ? ' progress--failed' : t.done === t.count ? ' progress--ok' : ''}`}
            key={batch.join()}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={t.percent}
          >
            <span style={{ width: `${t.percent}%` }} />
          </div>
          <span className="mono" data-testid="pull-percent">
            {t.percent}%
          </span>
          <span className="muted mono">
            {t.done}/{t.count} files · {formatBytes(t.bytesDone)} of {formatBytes(t.bytesTotal)}
            {active && t.speed > 0 ? ` · ${formatSpeed(t.speed)}` : ''}
            {active && t.etaSeconds !== null ? ` · ${formatEta(t.etaSeconds)} left` : ''}
            {t.failed > 0 ? ` · ${t.failed} failed` : ''}
            {t.cancelled > 0 ? ` · ${t.cancelled} cancelled` : ''}
          </span>
          {active && (
            <button type="button" className="btn btn--small" onClick={() => void actions.card.cancelBatch()}>
              Cancel
            </button>
          )}
        </div>
      )}
      <CardPullEnd />
      <ErrorNote error={error} compact onDismiss={() => setError(null)} />
    </div>
  );
}
