import { useEffect, useState } from 'react';
import { IntentButton } from '../shared/intent-button';
import { useActions, useStudio } from '../../app/studio-context';

/** Interval timer: shot count and spacing, start/stop, progress and countdown. */
export function IntervalControls({ disabled }: { disabled: boolean }) {
  const { capture } = useActions();
  const interval = useStudio((s) => s.capture.interval);
  const [count, setCount] = useState(10);
  const [seconds, setSeconds] = useState(5);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!interval.running) return;
    const update = () => setNow(Date.now());
    const t = setInterval(update, 250);
    const first = setTimeout(update, 0);
    return () => {
      clearInterval(t);
      clearTimeout(first);
    };
  }, [interval.running]);
  const countdown = interval.nextAt && now ? Math.max(0, Math.ceil((interval.nextAt - now) / 1000)) : null;
  const pct = interval.total > 0 ? (interval.done / interval.total) * 100 : 0;
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
        disabled={interval.running}
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
        disabled={interval.running}
        onChange={(e) => setSeconds(Math.max(1, Number(e.target.value) || 1))}
      />
      <span className="muted">s</span>
      <IntentButton
        meaning={interval.running ? 'stop-interval' : 'start-interval'}
        className="btn btn--small"
        disabled={!interval.running && disabled}
        onPress={() => (interval.running ? capture.stopInterval() : capture.startInterval(count, seconds))}
        data-testid="interval-button"
      >
        {interval.running ? 'Stop' : 'Start'}
      </IntentButton>
      {(interval.running || interval.done > 0) && (
        <div className="interval__progress" aria-label="Interval progress">
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={interval.total}
            aria-valuenow={interval.done}
          >
            <span style={{ width: `${pct}%` }} />
          </div>
          <span className="mono">
            {interval.done}/{interval.total}
            {interval.running && countdown !== null
              ? ` · next in ${countdown}s`
              : interval.done >= interval.total
                ? ' · done'
                : ' · stopped'}
          </span>
        </div>
      )}
    </div>
  );
}
