/**
 * Wraps an async job keyed by id so that at most one runs per key; calls made while it runs collapse
 * into exactly one re-run afterwards (the latest state always gets fetched, never a queue of stale ones).
 */
export function coalesced(job: (key: string) => Promise<void>): (key: string) => Promise<void> {
  const running = new Map<string, Promise<void>>();
  const dirty = new Set<string>();
  const run = (key: string): Promise<void> => {
    const current = running.get(key);
    if (current) {
      dirty.add(key);
      return current;
    }
    const p = (async () => {
      try {
        do {
          dirty.delete(key);
          await job(key).catch(() => undefined);
        } while (dirty.has(key));
      } finally {
        running.delete(key);
      }
    })();
    running.set(key, p);
    return p;
  };
  return run;
}
