import { useStoreApi, useStudio } from '../../app/studio-context';
import { openCompare } from './strip-tiles';

/**
 * The review tools over a shot or the compare panes: fit ↔ 100 % (Z), clipping warnings (J), compare
 * (N) and the full-screen review (Enter; Esc leaves it). The same keys work without the mouse.
 */
export function ReviewToolbar() {
  const zoom = useStudio((s) => s.reviewZoom.mode);
  const toggleZoom = useStudio((s) => s.toggleZoom);
  const clipping = useStudio((s) => s.clipping);
  const toggleClipping = useStudio((s) => s.toggleClipping);
  const viewer = useStudio((s) => s.viewer);
  const marked = useStudio((s) => s.compareIds.length);
  const fullscreen = useStudio((s) => s.fullscreen);
  const setFullscreen = useStudio((s) => s.setFullscreen);
  const setViewer = useStudio((s) => s.setViewer);
  const store = useStoreApi();
  return (
    <div className="review-bar" role="toolbar" aria-label="Review tools">
      <button
        type="button"
        className="tool-toggle"
        aria-pressed={zoom === 'actual'}
        title="Fit ↔ 100 % (Z); drag to pan at 100 %"
        onClick={() => toggleZoom()}
      >
        {zoom === 'actual' ? '100 %' : 'Fit'}
      </button>
      <button
        type="button"
        className="tool-toggle"
        aria-pressed={clipping}
        title="Clipping warnings: highlights red, shadows blue (J)"
        onClick={toggleClipping}
      >
        Clipping
      </button>
      {viewer === 'compare' ? (
        <button
          type="button"
          className="tool-toggle"
          title="Back to one shot (Esc)"
          onClick={() => setViewer('shot')}
        >
          Single
        </button>
      ) : (
        <button
          type="button"
          className="tool-toggle"
          title="Compare the marked shots, or this one and the next (N); Ctrl/⌘-click marks shots"
          onClick={() => openCompare(store.getState())}
        >
          Compare{marked > 1 ? ` (${marked})` : ''}
        </button>
      )}
      <button
        type="button"
        className="tool-toggle"
        aria-pressed={fullscreen}
        title="Full-screen review (Enter; Esc leaves)"
        onClick={() => setFullscreen(!fullscreen)}
      >
        Full screen
      </button>
    </div>
  );
}
