import { useActions, useStudio } from '../../app/studio-context';

/** Fires every connected body at once (Alt+Space) and shows the skew measured between them. */
export function CaptureAllButton({ disabled }: { disabled: boolean }) {
  const { pro } = useActions();
  const last = useStudio((s) => s.lastCaptureAll);
  const bodies = useStudio(
    (s) =>
      Object.values(s.connections).filter((c) => c.state === 'connected' && c.mode !== 'contents').length,
  );
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={disabled}
        onClick={() => void pro.captureAll().catch(() => undefined)}
        title={`Capture on all ${bodies} connected camera${bodies === 1 ? '' : 's'} at once (Alt+Space)`}
        aria-keyshortcuts="Alt+Space"
      >
        Capture all
      </button>
      {last && (
        <span
          className="muted mono"
          data-testid="capture-all-result"
          title={last.shots.map((s) => `${s.model} ${s.cameraId}: +${s.offsetMs} ms`).join('\n')}
        >
          {last.shots.filter((s) => s.ok).length}/{last.shots.length} bodies · skew {last.skewMs.toFixed(1)}{' '}
          ms
        </span>
      )}
    </>
  );
}
