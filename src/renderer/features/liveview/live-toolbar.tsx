import { useStudio } from '../../app/studio-context';
import { ToggleButton } from '../shared/toggle-button';
import { isLiveOnlyWindow, openLiveWindow } from './live-window';
import { MagnifierControls } from './magnifier-controls';

const HIST_LABEL = { off: 'Off', rgb: 'RGB', luma: 'Luma' } as const;
const AF_TEXT: Record<string, string> = {
  focused: 'AF ●',
  focusing: 'AF …',
  tracking: 'AF ◎',
  failed: 'AF ✕',
  unlocked: 'AF',
};

/** Overlay toggles and live status (fps, size, AF) above the live view. */
export function LiveToolbar() {
  const overlays = useStudio((s) => s.overlays);
  const toggle = useStudio((s) => s.toggleOverlay);
  const cycleHistogram = useStudio((s) => s.cycleHistogram);
  const lv = useStudio((s) => s.liveView);
  const af = useStudio((s) => (s.activeCameraId ? s.afStates[s.activeCameraId] : undefined));
  return (
    <div className="lv-toolbar" role="toolbar" aria-label="Live view overlays">
      <ToggleButton label="Grid" shortcut="G" pressed={overlays.grid} onToggle={() => toggle('grid')} />
      <ToggleButton
        label="Focus frame"
        shortcut="O"
        pressed={overlays.focusFrame}
        onToggle={() => toggle('focusFrame')}
      >
        AF frame
      </ToggleButton>
      <ToggleButton
        label="Focus peaking"
        shortcut="P"
        pressed={overlays.peaking}
        onToggle={() => toggle('peaking')}
      >
        Peaking
      </ToggleButton>
      <ToggleButton label="Zebra" shortcut="E" pressed={overlays.zebra} onToggle={() => toggle('zebra')} />
      <button
        type="button"
        className="tool-toggle"
        aria-pressed={overlays.histogram !== 'off'}
        aria-label="Histogram"
        title="Histogram: off / RGB / luma (H)"
        onClick={cycleHistogram}
      >
        Histogram {HIST_LABEL[overlays.histogram]}
      </button>
      <ToggleButton
        label="Zoom 100%"
        shortcut="Z"
        pressed={overlays.zoom100}
        onToggle={() => toggle('zoom100')}
      >
        100%
      </ToggleButton>
      <MagnifierControls disabled={lv.phase !== 'streaming'} />
      <span className="lv-toolbar__spacer" />
      {!isLiveOnlyWindow() && (
        <button
          type="button"
          className="tool-toggle"
          aria-label="Open live view window"
          title="Live view alone in a window of its own (a second monitor or a client screen)"
          data-testid="open-live-window"
          onClick={openLiveWindow}
        >
          ⧉
        </button>
      )}
      {af && <span className={`lv-af-state lv-af-state--${af}`}>{AF_TEXT[af] ?? af}</span>}
      {lv.width > 0 && (
        <span className="lv-toolbar__meta lv-toolbar__size">
          {lv.width}×{lv.height}
        </span>
      )}
      <span
        className="lv-toolbar__meta lv-toolbar__fps"
        aria-label="Frames per second"
        data-testid="live-fps"
      >
        {lv.phase === 'streaming' && lv.fps > 0 ? `${lv.fps.toFixed(1)} fps` : '— fps'}
      </span>
    </div>
  );
}
