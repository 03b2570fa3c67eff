import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioClient } from '../../shared/studio-client';
import type { StudioState, StudioStore } from '../store/store';
import type { StudioActions } from './studio-actions';

const ActionsContext = createContext<StudioActions | null>(null);

/** Provides the window's actions (and through them the client and the store) to the tree. */
export function StudioProvider({ actions, children }: { actions: StudioActions; children: ReactNode }) {
  return <ActionsContext.Provider value={actions}>{children}</ActionsContext.Provider>;
}

/** The window's actions. */
export function useActions(): StudioActions {
  const a = useContext(ActionsContext);
  if (!a) throw new Error('useActions outside StudioProvider');
  return a;
}

/** The StudioClient (components talk only to this interface, never to a transport). */
export function useClient(): StudioClient {
  return useActions().client;
}

/** The raw store handle (for imperative reads in event handlers). */
export function useStoreApi(): StudioStore {
  return useActions().store;
}

/** Selects from the store; re-renders only when the selected value changes. */
export function useStudio<T>(selector: (s: StudioState) => T): T {
  return useStore(useActions().store, selector);
}
