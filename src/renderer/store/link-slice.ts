import type { StateCreator } from 'zustand';
import type { StudioLink } from '../../shared/studio-client';

/** The window's link to the studio (HTTP: the event stream; IPC: always up). */
export interface LinkSlice {
  link: StudioLink;
  setLink(link: StudioLink): void;
}

/** Creates the link slice. */
export const createLinkSlice: StateCreator<LinkSlice, [], [], LinkSlice> = (set) => ({
  link: { state: 'connecting', retryAt: null, attempts: 0 },
  setLink: (link) => set({ link }),
});
