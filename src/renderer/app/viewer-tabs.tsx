import type { ViewerMode } from '../store/session-slice';
import { useStudio } from './studio-context';
import './viewer-tabs.css';

const TABS: [ViewerMode, string, string][] = [
  ['live', 'Live view', 'L'],
  ['grid', 'All bodies', 'A'],
  ['shot', 'Shot', '← →'],
  ['card', 'Card', 'C'],
];

/** Switches the main viewer between live view, every body's live view, the selected shot and the card browser. */
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
