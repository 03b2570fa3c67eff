import type { ViewerMode } from '../store/session-slice';
import { useStudio } from './studio-context';
import './viewer-tabs.css';

/** Show / hide the side panels and the filmstrip, and the full-window viewer. */
function PanelToggles() {
  const panels = useStudio((s) => s.panels);
  const fullscreen = useStudio((s) => s.fullscreen);
  const toggle = useStudio((s) => s.togglePanel);
  const setFullscreen = useStudio((s) => s.setFullscreen);
  const item = (on: boolean, label: string, text: string, onClick: () => void) => (
    <button
      type="button"
      className="tool-toggle tabs__toggle"
      aria-pressed={on}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      {text}
    </button>
  );
  return (
    <span className="tabs__toggles" role="group" aria-label="Panels">
      {item(panels.left, 'Camera panel ([)', '◧', () => toggle('left'))}
      {item(panels.strip, 'Filmstrip', '▭', () => toggle('strip'))}
      {item(panels.right, 'Settings panel (])', '◨', () => toggle('right'))}
      {item(fullscreen, 'Full-window viewer (F11 / Tab)', '▣', () => setFullscreen(!fullscreen))}
    </span>
  );
}

const TABS: [ViewerMode, string, string][] = [
  ['live', 'Live view', 'L'],
  ['grid', 'All bodies', 'A'],
  ['shot', 'Shot', '← →'],
  ['compare', 'Compare', 'N'],
  ['card', 'Card', 'C'],
];

/** Switches the main viewer between live view, every body's live view, the selected shot, compare and the card browser. */
export function ViewerTabs({ onHelp }: { onHelp: () => void }) {
  const viewer = useStudio((s) => s.viewer);
  const setViewer = useStudio((s) => s.setViewer);
  return (
    <div className="tabs" role="tablist" aria-label="Viewer">
      {TABS.map(([mode, label, key]) => (
        <button
          key={mode}
          type="button"
          role="tab"
          aria-selected={viewer === mode}
          className={viewer === mode ? 'tabs__tab tabs__tab--on' : 'tabs__tab'}
          onClick={() => setViewer(mode)}
          title={`${label} (${key})`}
        >
          {label}
        </button>
      ))}
      <span className="tabs__spacer" />
      <PanelToggles />
      <button
        type="button"
        className="btn btn--small btn--ghost"
        onClick={onHelp}
        title="Keyboard shortcuts (?)"
      >
        Shortcuts ?
      </button>
    </div>
  );
}
