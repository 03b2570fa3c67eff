import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { LiveOnlyApp } from './app/live-only-app';
import { isLiveOnlyWindow } from './features/liveview/live-window';
import { StudioActions } from './app/studio-actions';
import { StudioProvider } from './app/studio-context';
import { createStudioStore } from './store/store';
import { createClient } from './transport/create-client';

/** Boots the window: pick the transport, build the store and actions, render, then load and listen. */
async function boot(): Promise<void> {
  const client = createClient();
  const actions = new StudioActions(client, createStudioStore());
  const liveOnly = isLiveOnlyWindow();
  if (liveOnly) actions.camera.autoConnectHere = false;
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <StudioProvider actions={actions}>{liveOnly ? <LiveOnlyApp /> : <App />}</StudioProvider>
    </StrictMode>,
  );
  await actions.start();
}

boot().catch((err) => {
  console.error('[studio] failed to start', err);
  const el = document.getElementById('root');
  if (el)
    el.textContent = `Tether Studio could not start: ${err instanceof Error ? err.message : String(err)}`;
});
