/** Loads the shot viewer (a shot is opened). */
export const loadShotViewer = () =>
  import('../features/filmstrip/shot-viewer').then((m) => ({ default: m.ShotViewer }));
/** Loads the card browser (the card view is opened). */
export const loadCardBrowser = () =>
  import('../features/card/card-browser').then((m) => ({ default: m.CardBrowser }));
/** Loads the About dialog. */
export const loadAboutDialog = () => import('./about-dialog').then((m) => ({ default: m.AboutDialog }));
/** Loads the keyboard help. */
export const loadShortcutHelp = () => import('./shortcut-help').then((m) => ({ default: m.ShortcutHelp }));

/**
 * How long after the window is up the on-demand views load (so their first use does not wait): after the
 * boot's own requests, the camera's connect and the first live-view frames, which must not queue behind them.
 */
const PRELOAD_AFTER_MS = 5000;

/**
 * Loads every on-demand view in the background once the first screen is up and the window is idle;
 * returns the cancel. Loading twice is free (the module is kept).
 */
export function preloadViews(): () => void {
  const run = () => {
    for (const load of [loadShotViewer, loadCardBrowser, loadShortcutHelp, loadAboutDialog])
      void load().catch(() => undefined);
  };
  const idle = globalThis.requestIdleCallback;
  let handle: number | null = null;
  const timer = setTimeout(() => {
    if (idle) handle = idle(run, { timeout: 5000 });
    else run();
  }, PRELOAD_AFTER_MS);
  return () => {
    clearTimeout(timer);
    if (handle !== null) globalThis.cancelIdleCallback?.(handle);
  };
}
