import { useEffect, useMemo, useState } from 'react';
import { IntentButton } from '../shared/intent-button';
import { useActions, useStudio } from '../../app/studio-context';
import { sortedRuns } from '../../store/pro-slice';

/**
 * Interval timer: shot count and spacing, start/stop, progress and countdown. The run is a time-lapse in
 * the studio (main process), so it keeps going when this window reloads or closes; this shows the newest
 * time-lapse of the active camera.
 */
export function IntervalControls({ disabled }: { disabled: boolean }) {
  const { pro } = useActions();
  const runs = useStudio((s) => s.runs);
  const cameraId = useStudio((s) => s.activeCameraId);
  const run = useMemo(
    () => sortedRuns(runs).find((r) => r.cameraId === cameraId && r.spec.kind === 'timelapse'),
    [runs, cameraId],
  );
  const running = run?.state === 'running';
  const [count, setCount] = useState(10);
  const [seconds, setSeconds] = useState(5);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!running) return;
    const update = () => setNow(Date.now());
    const t = setInterval(update, 250);
    const first = setTimeout(update, 0);
    return () => {
      clearInterval(t);
      clearTimeout(first);
    };
  }, [running]);
  const countdown = run?.nextAt && now ? Math.max(0, Math.ceil((run.nextAt - now) / 1000)) : null;
  const total = run?.total ?? 0;
  const pct = run && total > 0 ? (run.done / total) * 100 : 0;
  const start = () =>
    void pro.startSequence({ kind: 'timelapse', intervalMs: seconds * 1000, count }).catch(() => undefined);
  return (
    <div className="interval" role="group" aria-label="Interval timer">
      <span className="interval__title">Interval</span>
      <input
        className="field interval__num"
        type="number"
        min={1}
        max={9999}
        value={count}
        aria-label="Number of shots"
        disabled={running}
        onChange={(e) => setCount(Math.max(1, Number(e.target.value) || 1))}
      />
      <span className="muted">shots every</span>
      <input
        className="field interval__num"
        type="number"
        min={1}
        max={86400}
        step={1}
        value={seconds}
        aria-label="Seconds between shots"
        disabled={running}
        onChange={(e) => setSeconds(Math.max(1, Number(e.target.value) || 1))}
      />
      <span className="muted">s</span>
      <IntentButton
        meaning={running && run ? 'stop-interval' : 'start-interval'}
        className="btn btn--small"
        disabled={!(running && run) && disabled}
        onPress={() => (running && run ? void pro.cancelSequence(run.id).catch(() => undefined) : start())}
        data-testid="interval-button"
      >
        {running && run ? 'Stop' : 'Start'}
      </IntentButton>
      {run && (
        <div className="interval__progress" aria-label="Interval progress" title={run.warnings.join('\n')}>
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={run.done}
          >
            <span style={{ width: `${pct}%` }} />
          </div>
          <span className="mono">
            {run.done}/{total || '∞'}
            {running
              ? countdown !== null
                ? ` · next in ${countdown}s`
                : ''
              : run.state === 'done'
                ? ' · done'
                : ` · ${run.state === 'failed' ? 'failed' : 'stopped'}`}
            {run.warnings.length > 0 ? ' ⚠' : ''}
          </span>
        </div>
      )}
    </div>
  );
}
