import type { StateCreator } from 'zustand';
import type { StudioLink } from '../../shared/studio-client';

/** The window's link to the studio (HTTP: the event stream; IPC: always up). */
export interface LinkSlice {
  link: StudioLink;
  /**
   * Counts the times the link came back after being down. Views keyed by it start afresh after a studio
   * restart (their own error notes described a studio that is gone).
   */
  linkEpoch: number;
  setLink(link: StudioLink): void;
}

/** Creates the link slice. */
export const createLinkSlice: StateCreator<LinkSlice, [], [], LinkSlice> = (set) => ({
  link: { state: 'connecting', retryAt: null, attempts: 0 },
  linkEpoch: 0,
  setLink: (link) =>
    set((s) => ({
      link,
      linkEpoch: s.link.state === 'down' && link.state === 'up' ? s.linkEpoch + 1 : s.linkEpoch,
    })),
});
