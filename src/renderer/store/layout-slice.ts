import type { StateCreator } from 'zustand';

/** Which dialog is open over the window. */
export type LayoutDialog = 'shortcuts' | 'about' | null;

/** Which side panels show, and whether the live view fills the window (window chrome, not studio state). */
export interface LayoutPanels {
  /** Camera + transfers (left). */
  left: boolean;
  /** Camera settings (right). */
  right: boolean;
  /** The filmstrip (bottom). */
  strip: boolean;
}

/** The window's chrome: side panels, full-screen viewer and the open dialog. Panels persist per profile. */
export interface LayoutSlice {
  panels: LayoutPanels;
  /** The viewer fills the window (F11 / Tab); the panels come back as they were. */
  fullscreen: boolean;
  dialog: LayoutDialog;
  togglePanel(panel: keyof LayoutPanels): void;
  setFullscreen(on: boolean): void;
  openDialog(dialog: LayoutDialog): void;
}

const KEY = 'tether-studio.layout';
const DEFAULT_PANELS: LayoutPanels = { left: true, right: true, strip: true };

/** Reads the remembered panels (defaults when absent or unreadable). */
export function loadPanels(storage: Storage | undefined = globalThis.localStorage): LayoutPanels {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<LayoutPanels> | null;
    const pick = (k: keyof LayoutPanels) => (typeof raw?.[k] === 'boolean' ? raw[k] : DEFAULT_PANELS[k]);
    return { left: pick('left'), right: pick('right'), strip: pick('strip') };
  } catch {
    return { ...DEFAULT_PANELS };
  }
}

function savePanels(panels: LayoutPanels): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(panels));
  } catch {
    // Storage unavailable (private mode): the layout simply does not persist.
  }
}

/** Creates the layout slice. */
export const createLayoutSlice: StateCreator<LayoutSlice, [], [], LayoutSlice> = (set) => ({
  panels: loadPanels(),
  fullscreen: false,
  dialog: null,
  togglePanel: (panel) =>
    set((s) => {
      const panels = { ...s.panels, [panel]: !s.panels[panel] };
      savePanels(panels);
      return { panels };
    }),
  setFullscreen: (fullscreen) => set({ fullscreen }),
  openDialog: (dialog) => set({ dialog }),
});
