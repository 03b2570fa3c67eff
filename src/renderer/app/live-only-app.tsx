import { useEffect } from 'react';
import { LinkBanner } from '../features/link/link-banner';
import { LiveView } from '../features/liveview/live-view';
import { useActions, useStudio } from './studio-context';
import './app.css';

/**
 * The live view alone, filling the window: for a second monitor or a client screen (Electron: View → Live
 * View Window; a browser: the toolbar's window button opens it in a new window). The studio window keeps
 * the controls; this one never connects a camera by itself.
 */
export function LiveOnlyApp() {
  const actions = useActions();
  const epoch = useStudio((s) => s.linkEpoch);
  useEffect(() => {
    document.title = 'Tether Studio — Live View';
  }, []);
  // Only the magnifier keys: a client screen must not fire a capture on a stray Space.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'm' || e.key === 'M') actions.magnifier.cycle();
      else if (e.key === 'Escape') actions.magnifier.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
  return (
    <div className="app-live-only" key={epoch} data-testid="live-only">
      <LinkBanner />
      <LiveView />
    </div>
  );
}
