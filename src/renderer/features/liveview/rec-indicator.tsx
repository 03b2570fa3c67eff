import { useEffect, useState } from 'react';
import { useStudio } from '../../app/studio-context';

/** True while the active camera records a movie (its `recording-state` property). */
export function useRecording(): boolean {
  return useStudio((s) => {
    const v = s.activeCameraId ? s.properties[s.activeCameraId]?.['recording-state']?.formatted : undefined;
    // Only a recording in progress: "Recording failed" and "Interval rec waiting" are not.
    return !!v && /^recording$/i.test(v.trim());
  });
}

/** Elapsed time as m:ss (h:mm:ss past an hour). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * An unmissable REC badge with the elapsed time over the live view while the camera records (counted from
 * when this window saw the recording start).
 */
export function RecIndicator({ now = () => Date.now() }: { now?: () => number }) {
  const recording = useRecording();
  const [since, setSince] = useState<number | null>(null);
  const [seen, setSeen] = useState(false);
  const [, tick] = useState(0);
  // The start is noted when the state flips (during render, React's way to derive state from a change).
  if (recording !== seen) {
    setSeen(recording);
    setSince(recording ? now() : null);
  }
  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(timer);
  }, [recording]);
  if (!recording || since === null) return null;
  return (
    <div className="lv-rec" role="status" aria-label="Recording">
      <span className="lv-rec__dot" aria-hidden="true" />
      REC <span className="lv-rec__time">{formatElapsed(now() - since)}</span>
    </div>
  );
}
