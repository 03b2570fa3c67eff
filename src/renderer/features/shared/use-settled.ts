import { useEffect, useRef, useState } from 'react';

/**
 * `value`, once it has stopped changing for `ms`: a single change comes through at once (a click), a
 * stream of changes (a key held down) only when it pauses. For work too heavy to do on every step.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(0);
  useEffect(() => {
    const now = Date.now();
    const quiet = now - lastChange.current >= ms;
    lastChange.current = now;
    const timer = setTimeout(() => setSettled(value), quiet ? 0 : ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
