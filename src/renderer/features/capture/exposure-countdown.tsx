import { useEffect, useState } from 'react';
import type { RunSummary } from '../../store/pro-slice';

/** `m:ss` of a duration in ms (never negative). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The open BULB exposure of a run: time left when the studio closes it, time open when it is held. Only
 * this small clock re-renders (4× a second, while an exposure is open).
 */
export function ExposureCountdown({ run }: { run: RunSummary }) {
  const [now, setNow] = useState(() => Date.now());
  const open = run.exposure;
  useEffect(() => {
    if (!open) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [open]);
  if (!open) return null;
  const text =
    open.closesAt === null ? `${clock(now - open.openedAt)} open` : `${clock(open.closesAt - now)} left`;
  return (
    <span className="bulb__count" role="timer" aria-label="Exposure countdown" aria-live="off">
      <span className="bulb__dot" aria-hidden="true" />
      Exposing · {text}
    </span>
  );
}
