import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App } from '../app/app';
import { StudioActions } from '../app/studio-actions';
import { StudioProvider } from '../app/studio-context';
import { createStudioStore } from '../store/store';
import { FakeStudioClient } from './fake-client';

/** Renders `ui` (default: the whole App) around a fake client, starts the actions and waits for the first load. */
export async function renderStudio(ui?: ReactElement, client = new FakeStudioClient()) {
  const store = createStudioStore();
  const actions = new StudioActions(client, store);
  const view = render(<StudioProvider actions={actions}>{ui ?? <App />}</StudioProvider>);
  await act(async () => {
    await actions.start();
  });
  return { ...view, client, store, actions };
}
