import { connectionModeSchema, type ConnectionMode } from '../../shared/camera-types';

/** UI preferences kept in this browser profile / window (not studio settings). */
export interface UiPrefs {
  /** Connect automatically when exactly one camera is present. */
  autoConnect: boolean;
  /** Mode used by Connect and auto-connect. */
  mode: ConnectionMode;
}

const KEY = 'tether-studio.ui-prefs';
const DEFAULTS: UiPrefs = { autoConnect: true, mode: 'remote' };

/** Reads the prefs; anything unreadable falls back to the defaults. */
export function loadPrefs(storage: Storage | undefined = globalThis.localStorage): UiPrefs {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return { ...DEFAULTS };
    const parsed = JSON.parse(raw) as Partial<UiPrefs>;
    const mode = connectionModeSchema.safeParse(parsed.mode);
    return {
      autoConnect: typeof parsed.autoConnect === 'boolean' ? parsed.autoConnect : DEFAULTS.autoConnect,
      mode: mode.success ? mode.data : DEFAULTS.mode,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Saves the prefs (best effort: private mode may refuse). */
export function savePrefs(prefs: UiPrefs, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage unavailable: the prefs simply do not persist.
  }
}
