import { lazy, Suspense, useEffect, useState } from 'react';
import { CameraPanel } from '../features/camera/camera-panel';
import { CaptureBar } from '../features/capture/capture-bar';
import { Filmstrip } from '../features/filmstrip/filmstrip';
import { LinkBanner } from '../features/link/link-banner';
import { LiveGrid } from '../features/liveview/live-grid';
import { LiveView } from '../features/liveview/live-view';
import { CameraSettingsFiles } from '../features/presets/camera-settings-files';
import { PresetsPanel } from '../features/presets/presets-panel';
import { PropertyPanel } from '../features/properties/property-panel';
import { CaptureMetadataPanel } from '../features/review/capture-metadata-panel';
import { CompareView } from '../features/review/compare-view';
import { SequencePanel } from '../features/sequences/sequence-panel';
import { SessionBar } from '../features/session/session-bar';
import { TOAST_HOST_ID } from '../features/shared/toast';
import { TransfersPanel } from '../features/transfers/transfers-panel';
import { runMenuCommand } from './menu-commands';
import { installShortcuts } from './shortcuts';
import { useActions, useStudio } from './studio-context';
import { ViewerTabs } from './viewer-tabs';
import {
  loadAboutDialog,
  loadCardBrowser,
  loadShortcutHelp,
  loadShotViewer,
  preloadViews,
} from './lazy-views';
import './app.css';

// Views the first screen does not show load on demand (and in the background once the window is up): the
// boot bundle is what the live view, the panels and the filmstrip need.
const ShotViewer = lazy(loadShotViewer);
const CardBrowser = lazy(loadCardBrowser);
const AboutDialog = lazy(loadAboutDialog);
const ShortcutHelp = lazy(loadShortcutHelp);

/** The studio window: session bar, camera + transfers, viewer (live / all bodies / shot / compare / card), settings, capture bar, filmstrip. */
export function App() {
  const actions = useActions();
  const viewer = useStudio((s) => s.viewer);
  const panels = useStudio((s) => s.panels);
  const fullscreen = useStudio((s) => s.fullscreen);
  const dialog = useStudio((s) => s.dialog);
  const openDialog = useStudio((s) => s.openDialog);
  // After the studio came back, every view starts afresh: their own error notes were about the old one.
  const epoch = useStudio((s) => s.linkEpoch);
  const [help, setHelp] = useState(false);
  useEffect(() => installShortcuts(window, actions, () => setHelp((h) => !h)), [actions]);
  useEffect(() => actions.client.native?.onCommand((c) => runMenuCommand(actions, c)), [actions]);
  useEffect(() => preloadViews(), []);
  const cls = [
    'app',
    fullscreen && 'app--full',
    !panels.left && 'app--no-left',
    !panels.right && 'app--no-right',
    !panels.strip && 'app--no-strip',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} key={epoch}>
      <div className="app__top">
        <LinkBanner />
        <SessionBar />
      </div>
      <aside className="app__left" aria-label="Camera and transfers">
        <CameraPanel />
        <SequencePanel />
        <TransfersPanel />
      </aside>
      <main className="app__main">
        <ViewerTabs onHelp={() => setHelp(true)} />
        <div id={TOAST_HOST_ID} className="toast-host" />
        {viewer === 'live' && <LiveView />}
        {viewer === 'grid' && <LiveGrid />}
        <Suspense fallback={null}>
          {viewer === 'shot' && <ShotViewer />}
          {viewer === 'compare' && <CompareView />}
          {viewer === 'card' && <CardBrowser />}
        </Suspense>
      </main>
      <aside className="app__right" aria-label="Camera settings panel">
        <PropertyPanel />
        <PresetsPanel />
        <CameraSettingsFiles />
        <CaptureMetadataPanel />
      </aside>
      <div className="app__capture">
        <CaptureBar />
      </div>
      <div className="app__strip">
        <Filmstrip />
      </div>
      <Suspense fallback={null}>
        {help && <ShortcutHelp onClose={() => setHelp(false)} />}
        {dialog === 'about' && <AboutDialog onClose={() => openDialog(null)} />}
      </Suspense>
    </div>
  );
}
