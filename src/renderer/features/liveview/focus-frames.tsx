import { useEffect, useState } from 'react';
import { AF_SPACE_HEIGHT, AF_SPACE_WIDTH, type AfState, type FocusFrame } from '../../../shared/camera-types';
import { useClient } from '../../app/studio-context';

const STATE_CLASS: Record<string, string> = {
  focused: 'lv-af--focused',
  'not-focused': 'lv-af--failed',
  moving: 'lv-af--moving',
};

/** The camera's AF frames over the live view, re-read on AF changes, after a click and once a second. */
export function FocusFrames({
  cameraId,
  afState,
  nonce,
}: {
  cameraId: string;
  afState: AfState | undefined;
  nonce: number;
}) {
  const client = useClient();
  const [frames, setFrames] = useState<FocusFrame[]>([]);
  useEffect(() => {
    let alive = true;
    const read = () =>
      client
        .getFocusFrames(cameraId)
        .then((f) => alive && setFrames(f))
        .catch(() => alive && setFrames([]));
    void read();
    const t = setInterval(read, 1000);
    return () => {
      alive = false;
      clearInterval(t);
    };
  }, [client, cameraId, afState, nonce]);
  if (frames.length === 0) return null;
  return (
    <svg
      className="lv-overlay"
      viewBox={`0 0 ${AF_SPACE_WIDTH} ${AF_SPACE_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {frames.map((f, i) => {
        const stateClass =
          afState === 'focused' && f.state !== 'not-focused'
            ? 'lv-af--focused'
            : (STATE_CLASS[f.state] ?? '');
        return (
          <rect
            key={i}
            className={`lv-af ${stateClass}`}
            x={f.position.x - f.size.width / 2}
            y={f.position.y - f.size.height / 2}
            width={f.size.width}
            height={f.size.height}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </svg>
  );
}

/** Rule-of-thirds grid. */
export function ThirdsGrid() {
  return (
    <svg
      className="lv-overlay"
      viewBox="0 0 3 3"
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="thirds-grid"
    >
      {[1, 2].map((k) => (
        <g key={k}>
          <line x1={k} y1={0} x2={k} y2={3} className="lv-grid" vectorEffect="non-scaling-stroke" />
          <line x1={0} y1={k} x2={3} y2={k} className="lv-grid" vectorEffect="non-scaling-stroke" />
        </g>
      ))}
    </svg>
  );
}
