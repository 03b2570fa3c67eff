import { useMemo } from 'react';
import type { SequenceKind } from '../../../shared/sequence-types';
import { useActions, useStudio } from '../../app/studio-context';
import { sortedRuns, type RunSummary } from '../../store/pro-slice';
import { SequenceForm } from './sequence-form';
import './sequence-panel.css';

const KIND: Record<SequenceKind, string> = {
  bracket: 'Bracket',
  focusStack: 'Focus stack',
  timelapse: 'Time-lapse',
  bulb: 'Bulb',
};
const SHOWN = 6;

function RunRow({ run }: { run: RunSummary }) {
  const { pro } = useActions();
  const label = `${KIND[run.spec.kind]} ${run.done}/${run.total ?? '∞'}`;
  return (
    <li className={`seq__run seq__run--${run.state}`} aria-label={`${label} ${run.state}`}>
      <div className="seq__row">
        <span className="seq__name">{label}</span>
        <span className="seq__state">{run.state}</span>
        {run.state === 'running' && (
          <button
            type="button"
            className="btn btn--small btn--ghost"
            aria-label={`Cancel ${KIND[run.spec.kind]}`}
            onClick={() => void pro.cancelSequence(run.id).catch(() => undefined)}
          >
            ×
          </button>
        )}
      </div>
      {run.error && <div className="seq__note seq__note--error">{run.error.message}</div>}
      {run.warnings.map((w) => (
        <div key={w} className="seq__note">
          {w}
        </div>
      ))}
    </li>
  );
}

/**
 * Sequences run by the studio: start a bracket, focus stack or bulb run on the active camera and follow
 * every run (time-lapses included) — they keep running when this window reloads or closes.
 */
export function SequencePanel() {
  const { pro } = useActions();
  const runs = useStudio((s) => s.runs);
  const canShoot = useStudio((s) => {
    const c = s.activeCameraId ? s.connections[s.activeCameraId] : undefined;
    return c?.state === 'connected' && c.mode !== 'contents';
  });
  const list = useMemo(() => sortedRuns(runs).slice(0, SHOWN), [runs]);
  return (
    <section className="panel seq" aria-label="Sequences">
      <div className="panel__head">Sequences</div>
      <SequenceForm
        disabled={!canShoot}
        onStart={(spec) => void pro.startSequence(spec).catch(() => undefined)}
      />
      {list.length > 0 && (
        <ul className="seq__list" aria-label="Sequence runs">
          {list.map((r) => (
            <RunRow key={r.id} run={r} />
          ))}
        </ul>
      )}
    </section>
  );
}
