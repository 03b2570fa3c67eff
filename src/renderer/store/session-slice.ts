import type { StateCreator } from 'zustand';
import type { SessionInfo, ShotInfo } from '../../shared/studio-types';
import type { UiError } from '../features/errors/error-messages';

/** What the main viewer shows (`grid`: every body's live view; `compare`: 2–4 shots side by side). */
export type ViewerMode = 'live' | 'grid' | 'shot' | 'compare' | 'card';

/** Sessions, the active session's shots (newest first) and the viewer's selection. */
export interface SessionSlice {
  sessions: SessionInfo[];
  activeSession: SessionInfo | null;
  /** Shots of the active session, newest first. */
  shots: ShotInfo[];
  /** Only the newest shots are in `shots` yet (a large session's whole list is on its way). */
  shotsPartial: boolean;
  selectedShotId: string | null;
  viewer: ViewerMode;
  /** The "new session" field is open (session bar, or the app menu's New Session). */
  creatingSession: boolean;
  /** Where new session folders are created (null until read). */
  sessionRoot: string | null;
  /** The naming template every new session starts with (a studio setting). */
  defaultTemplate: string | null;
  /** Why the last session-root change failed (shown next to the folder), or null. */
  sessionRootError: UiError | null;
  setCreatingSession(open: boolean): void;
  setSessionRoot(root: string): void;
  setDefaultTemplate(template: string): void;
  setSessionRootError(error: UiError | null): void;
  setSessions(sessions: SessionInfo[]): void;
  /** Sets the active session; clears the shots when it changes. */
  setActiveSession(session: SessionInfo): void;
  /**
   * Replaces the shot list (any order in; newest first out); `partial`: only the newest of the session's
   * shots. Keeps the selection when still present.
   */
  setShots(shots: ShotInfo[], partial?: boolean): void;
  /**
   * A shot arrived (`shotAdded`): inserted in order when it belongs to the active session and is new.
   * Returns whether it was added. Costs no sort and no re-read of the list, whatever the session's size.
   * With `select`, it also becomes the selection (one store update, so one render).
   */
  addShot(shot: ShotInfo, select?: boolean): boolean;
  selectShot(shotId: string | null): void;
  setViewer(mode: ViewerMode): void;
}

function newestFirst(a: ShotInfo, b: ShotInfo): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? 1 : -1;
  if (a.seq !== b.seq) return b.seq - a.seq;
  return a.fileName < b.fileName ? 1 : -1;
}

function inOrder(list: ShotInfo[]): boolean {
  for (let i = 1; i < list.length; i++) if (newestFirst(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** `shots` newest first: a list in either order already (the studio lists oldest first) costs a pass, not a sort. */
function newestFirstOf(shots: ShotInfo[]): ShotInfo[] {
  const reversed = [...shots].reverse();
  if (inOrder(reversed)) return reversed;
  if (inOrder(shots)) return [...shots];
  return [...shots].sort(newestFirst);
}

/** Creates the session slice. */
export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => ({
  sessions: [],
  activeSession: null,
  shots: [],
  shotsPartial: false,
  selectedShotId: null,
  viewer: 'live',
  creatingSession: false,
  sessionRoot: null,
  defaultTemplate: null,
  sessionRootError: null,
  setCreatingSession: (creatingSession) => set({ creatingSession }),
  setSessionRoot: (sessionRoot) => set({ sessionRoot }),
  setDefaultTemplate: (defaultTemplate) => set({ defaultTemplate }),
  setSessionRootError: (sessionRootError) => set({ sessionRootError }),
  setSessions: (sessions) => set({ sessions }),
  setActiveSession: (session) =>
    set((s) => {
      const changed = s.activeSession?.id !== session.id;
      const sessions = s.sessions.some((x) => x.id === session.id)
        ? s.sessions.map((x) => (x.id === session.id ? session : x))
        : [...s.sessions, session];
      return changed
        ? { activeSession: session, sessions, shots: [], shotsPartial: false, selectedShotId: null }
        : { activeSession: session, sessions };
    }),
  setShots: (shots, partial = false) =>
    set((s) => {
      const sorted = newestFirstOf(shots);
      const keep = s.selectedShotId && sorted.some((x) => x.id === s.selectedShotId);
      return { shots: sorted, shotsPartial: partial, selectedShotId: keep ? s.selectedShotId : null };
    }),
  addShot: (shot, select = false) => {
    let added = false;
    set((s) => {
      if (s.activeSession?.id !== shot.sessionId || s.shots.some((x) => x.id === shot.id)) return s;
      // Newest first: a fresh shot belongs at (or very near) the front.
      let i = 0;
      while (i < s.shots.length && newestFirst(shot, s.shots[i]) > 0) i++;
      added = true;
      const shots = [...s.shots.slice(0, i), shot, ...s.shots.slice(i)];
      return select ? { shots, selectedShotId: shot.id } : { shots };
    });
    return added;
  },
  selectShot: (selectedShotId) => set({ selectedShotId }),
  setViewer: (viewer) => set({ viewer }),
});
