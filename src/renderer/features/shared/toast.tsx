import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The id of the element toasts go to: the top of the viewer, clear of the side panels and their badges. */
export const TOAST_HOST_ID = 'toast-host';

/**
 * A message that floats over the viewer (not over the panels: the connection badge stays visible). Rendered
 * in the window's toast host; where there is none (a component rendered alone), in place.
 */
export function Toast({ children }: { children: ReactNode }) {
  const host = typeof document !== 'undefined' ? document.getElementById(TOAST_HOST_ID) : null;
  const toast = <div className="toast">{children}</div>;
  return host ? createPortal(toast, host) : toast;
}
