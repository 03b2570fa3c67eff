import type { StateCreator } from 'zustand';
import type { CardSlot } from '../../shared/camera-types';
import type { CardListingFile } from '../../shared/card-import-types';
import type { UiError } from '../features/errors/error-messages';

/** A card file's stable key. */
export function cardKey(f: { slot: number; contentId: number; fileId: number }): string {
  return `${f.slot}:${f.contentId}:${f.fileId}`;
}

/** The card browser: slots, the listed slot's files, the selection and the last pull's jobs. */
export interface CardSlice {
  card: {
    slots: CardSlot[];
    slot: number;
    files: CardListingFile[];
    loading: boolean;
    error: UiError | null;
    selected: Record<string, true>;
    /** Anchor for shift-click range selection. */
    anchor: string | null;
    /** Job ids of the latest pull (for per-file and total progress). */
    batch: string[];
    /** Files the latest pull left out because a session already held them. */
    skipped: number;
    /** Where pulls go: an absolute folder typed, chosen or dropped (empty: the active session). */
    dest: string;
  };
  setCardSlots(slots: CardSlot[]): void;
  setCardSlot(slot: number): void;
  setCardLoading(loading: boolean, error?: UiError | null): void;
  setCardFiles(files: CardListingFile[]): void;
  /** Click: `single` replaces the selection, `toggle` flips one, `range` extends from the anchor. */
  selectCardFile(key: string, how: 'single' | 'toggle' | 'range'): void;
  /** Selects exactly these keys (e.g. a whole date group, or all). */
  setCardSelection(keys: string[]): void;
  /** The latest pull: its jobs and how many selected files it skipped as already imported. */
  setCardBatch(jobIds: string[], skipped?: number): void;
  setCardDest(dest: string): void;
}

/** Creates the card slice. */
export const createCardSlice: StateCreator<CardSlice, [], [], CardSlice> = (set) => ({
  card: {
    slots: [],
    slot: 1,
    files: [],
    loading: false,
    error: null,
    selected: {},
    anchor: null,
    batch: [],
    skipped: 0,
    dest: '',
  },
  setCardSlots: (slots) => set((s) => ({ card: { ...s.card, slots } })),
  setCardSlot: (slot) => set((s) => ({ card: { ...s.card, slot, files: [], selected: {}, anchor: null } })),
  setCardLoading: (loading, error = null) => set((s) => ({ card: { ...s.card, loading, error } })),
  setCardFiles: (files) =>
    set((s) => {
      const keys = new Set(files.map(cardKey));
      const selected: Record<string, true> = {};
      for (const k of Object.keys(s.card.selected)) if (keys.has(k)) selected[k] = true;
      return { card: { ...s.card, files, selected, loading: false, error: null } };
    }),
  selectCardFile: (key, how) =>
    set((s) => {
      const c = s.card;
      if (how === 'single') return { card: { ...c, selected: { [key]: true }, anchor: key } };
      if (how === 'toggle') {
        const selected = { ...c.selected };
        if (selected[key]) delete selected[key];
        else selected[key] = true;
        return { card: { ...c, selected, anchor: key } };
      }
      const keys = c.files.map(cardKey);
      const a = c.anchor ? keys.indexOf(c.anchor) : -1;
      const b = keys.indexOf(key);
      if (a < 0 || b < 0) return { card: { ...c, selected: { [key]: true }, anchor: key } };
      const selected: Record<string, true> = { ...c.selected };
      for (let i = Math.min(a, b); i <= Math.max(a, b); i++) selected[keys[i]] = true;
      return { card: { ...c, selected } };
    }),
  setCardSelection: (keys) =>
    set((s) => {
      const selected: Record<string, true> = {};
      for (const k of keys) selected[k] = true;
      return { card: { ...s.card, selected } };
    }),
  setCardBatch: (batch, skipped = 0) => set((s) => ({ card: { ...s.card, batch, skipped } })),
  setCardDest: (dest) => set((s) => ({ card: { ...s.card, dest } })),
});
