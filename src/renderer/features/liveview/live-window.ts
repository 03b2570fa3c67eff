/** The renderer's hash for the window that shows only the live view. */
export const LIVE_ONLY_HASH = '#live-only';

/** True in the live-view-only window. */
export function isLiveOnlyWindow(): boolean {
  return typeof window !== 'undefined' && window.location.hash === LIVE_ONLY_HASH;
}

/**
 * Opens the live-view-only page in a new window. In Electron the request is refused as such and the main
 * process opens the page as a window of its own, with the studio's secure options.
 */
export function openLiveWindow(): void {
  const { pathname, search } = window.location;
  window.open(`${pathname}${search}${LIVE_ONLY_HASH}`, 'tether-live-view', 'popup,width=1280,height=853');
}
