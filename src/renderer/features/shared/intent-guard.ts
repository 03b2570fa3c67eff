import { useEffect, useState } from 'react';

/** How long a button stays disabled after its meaning changed: a click in that time was aimed at the old one. */
export const INTENT_GRACE_MS = 600;

/**
 * For a button whose meaning can change under the pointer (Connect → Disconnect when auto-connect or another
 * client connects first): false for {@link INTENT_GRACE_MS} after `intent` changed, so the button can be
 * disabled and a press meant for the old meaning never triggers the new one.
 */
export function useSettledIntent(intent: string): boolean {
  const [seen, setSeen] = useState(intent);
  const [settling, setSettling] = useState(false);
  // Derived during render (React's way to react to a prop change without an extra effect pass).
  if (seen !== intent) {
    setSeen(intent);
    setSettling(true);
  }
  useEffect(() => {
    if (!settling) return;
    const timer = setTimeout(() => setSettling(false), INTENT_GRACE_MS);
    return () => clearTimeout(timer);
  }, [settling, seen]);
  return !settling;
}
