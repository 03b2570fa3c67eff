import type { StudioCommand } from '../../shared/studio-client';
import { stepSelection } from '../features/review/strip-tiles';
import type { StudioActions } from './studio-actions';

/** Runs an app-menu command (Electron) through the same actions the keyboard uses. */
export function runMenuCommand(actions: StudioActions, command: StudioCommand): void {
  const s = actions.store.getState();
  switch (command) {
    case 'capture':
      void actions.capture.capture(false).catch(() => undefined);
      return;
    case 'autofocus':
      // A menu item cannot be held: focus now and let go shortly after, like a quick half-press.
      void actions.capture
        .halfPress(true)
        .then(() => setTimeout(() => void actions.capture.halfPress(false), 1200));
      return;
    case 'toggleGrid':
      s.toggleOverlay('grid');
      return;
    case 'toggleHistogram':
      s.cycleHistogram();
      return;
    case 'nextShot':
    case 'prevShot':
      stepSelection(s, command === 'nextShot' ? 1 : -1);
      s.setViewer('shot');
      return;
    case 'zoomToggle':
      s.toggleOverlay('zoom100');
      return;
    case 'newSession':
      s.setCreatingSession(true);
      return;
    case 'chooseSessionFolder':
      // Same path as the session bar's Choose… button; a failure shows next to the folder there.
      void actions.session.chooseRoot().catch(() => undefined);
      return;
  }
}
