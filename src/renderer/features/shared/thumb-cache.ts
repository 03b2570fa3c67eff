import { useEffect, useRef, useState } from 'react';

interface Entry {
  url: string | null;
  /** `expected`: its bytes are to be pushed (`fill`); requested only if they do not come in time. */
  state: 'expected' | 'queued' | 'loading' | 'ready';
  waiters: Set<(url: string | null) => void>;
  load: () => Promise<Uint8Array>;
}

/** What a cache did, for tests and the benchmarks. */
export interface ThumbStats {
  /** Loads started (each is one request to the studio). */
  requests: number;
  /** Wants answered from memory. */
  hits: number;
  /** Queued wants dropped before they were sent (the tile left the screen first). */
  dropped: number;
}

/**
 * Thumbnails as URLs (object URLs of loaded bytes, `data:` URLs of pushed ones), kept in a least-recently-used
 * cache of `capacity` entries, loaded through a queue of at most `concurrency` requests. A thumbnail is
 * requested once while it stays cached (a tile scrolled away and back costs nothing); a queued request is
 * dropped when its tile leaves before it is sent, and the newest want goes first, so a fast scroll asks only
 * for what the user stops on.
 */
export class ThumbCache {
  private readonly entries = new Map<string, Entry>();
  private readonly queue: string[] = [];
  private active = 0;
  readonly stats: ThumbStats = { requests: 0, hits: 0, dropped: 0 };

  constructor(
    private readonly capacity: number,
    private readonly concurrency = 4,
  ) {}

  /**
   * Wants `key`'s thumbnail: `onUrl` gets its URL (null when loading failed) now when cached, or once
   * loaded. Returns the release: a still-queued request nobody wants any more is dropped.
   */
  want(key: string, load: () => Promise<Uint8Array>, onUrl: (url: string | null) => void): () => void {
    let e = this.entries.get(key);
    if (e?.state === 'ready') {
      this.entries.delete(key);
      this.entries.set(key, e);
      this.stats.hits++;
      onUrl(e.url);
    } else if (!e) {
      e = { url: null, state: 'queued', waiters: new Set(), load };
      this.entries.set(key, e);
      this.queue.push(key);
    }
    const entry = e;
    entry.waiters.add(onUrl);
    this.pump();
    return () => {
      entry.waiters.delete(onUrl);
      if (entry.state === 'queued' && entry.waiters.size === 0) {
        this.entries.delete(key);
        const i = this.queue.lastIndexOf(key);
        if (i >= 0) this.queue.splice(i, 1);
        this.stats.dropped++;
      } else if (entry.state === 'ready') this.evict();
    };
  }

  /**
   * `key`'s bytes are to be pushed (`fill`) shortly: nothing is requested for `graceMs`, and wants wait for
   * them; if they have not come by then, they are requested (ahead of any want, kept once loaded).
   */
  expect(key: string, load: () => Promise<Uint8Array>, graceMs: number): void {
    if (this.entries.has(key)) return;
    const entry: Entry = { url: null, state: 'expected', waiters: new Set(), load };
    this.entries.set(key, entry);
    setTimeout(() => {
      if (this.entries.get(key) !== entry || entry.state !== 'expected') return;
      entry.state = 'queued';
      this.queue.push(key);
      this.pump();
    }, graceMs);
  }

  /**
   * Takes `key`'s image that came without a request (pushed with an event, as a `data:` URL): kept like a
   * loaded thumbnail, handed to everyone waiting for it; a queued request for it is not sent, one under way is
   * superseded.
   */
  fill(key: string, url: string): void {
    const e = this.entries.get(key);
    if (e?.state === 'ready') return;
    predecode(url);
    if (!e) {
      this.entries.set(key, {
        url,
        state: 'ready',
        waiters: new Set(),
        load: () => Promise.reject(new Error('a pushed thumbnail is not loaded')),
      });
      this.evict();
      return;
    }
    if (e.state === 'queued') {
      const i = this.queue.lastIndexOf(key);
      if (i >= 0) this.queue.splice(i, 1);
    }
    e.url = url;
    e.state = 'ready';
    for (const w of [...e.waiters]) w(url);
    this.evict();
  }

  /** The URL of `key` when it is loaded already (no request, no change to the cache). */
  peek(key: string): string | null {
    const e = this.entries.get(key);
    return e?.state === 'ready' ? e.url : null;
  }

  /** Number of thumbnails held. */
  get size(): number {
    return this.entries.size;
  }

  private pump(): void {
    while (this.active < this.concurrency && this.queue.length > 0) {
      const key = this.queue.pop() as string;
      const e = this.entries.get(key);
      if (!e || e.state !== 'queued') continue;
      e.state = 'loading';
      this.active++;
      this.stats.requests++;
      e.load()
        .then((bytes) => {
          // Pushed bytes got here first (`fill`): this answer is not needed.
          if (e.state === 'ready') return;
          const url = objectUrl(bytes);
          predecode(url);
          e.url = url;
          e.state = 'ready';
          for (const w of [...e.waiters]) w(e.url);
          this.evict();
        })
        .catch(() => {
          if (e.state === 'ready') return; // pushed bytes stand in for the failed answer
          // Not cached: the next want tries again (a busy camera, a file that went away).
          this.entries.delete(key);
          for (const w of [...e.waiters]) w(null);
        })
        .finally(() => {
          this.active--;
          this.pump();
        });
    }
  }

  /** Drops the least recently used thumbnails nobody shows, down to the capacity. */
  private evict(): void {
    if (this.entries.size <= this.capacity) return;
    for (const [key, e] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      if (e.state !== 'ready' || e.waiters.size > 0) continue;
      if (e.url?.startsWith('blob:')) URL.revokeObjectURL(e.url);
      this.entries.delete(key);
    }
  }
}

/** An object URL of JPEG bytes. */
function objectUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
}

/**
 * Starts decoding an image URL before any `<img>` shows it (the browser decodes off the main thread and keeps
 * the result in its image cache). Not awaited: the URL goes to its tiles at once, because waiting for the
 * decode's answer cost a busy page (live view running) ~20 ms between a thumbnail's bytes and its tile.
 * A broken image shows as broken, as before.
 */
function predecode(url: string): void {
  if (typeof Image === 'undefined') return;
  const img = new Image();
  img.src = url;
  img.decode().catch(() => undefined);
}

const caches = new WeakMap<object, Map<string, ThumbCache>>();

/** The window's cache `name` for `client` (one per client, so each test's fake client starts empty). */
export function thumbCacheFor(
  client: object,
  name: string,
  capacity: number,
  concurrency?: number,
): ThumbCache {
  let byName = caches.get(client);
  if (!byName) caches.set(client, (byName = new Map()));
  let cache = byName.get(name);
  if (!cache) byName.set(name, (cache = new ThumbCache(capacity, concurrency)));
  return cache;
}

/**
 * The thumbnail URL for `key` from `cache`, requested only while `enabled` (the tile is on screen); once
 * shown it stays while the component is mounted.
 */
export function useThumbnail(
  cache: ThumbCache,
  key: string | null,
  load: () => Promise<Uint8Array>,
  enabled: boolean,
): string | null {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [state, setState] = useState<{ key: string | null; url: string | null }>({ key: null, url: null });
  // A thumbnail loaded already (scrolled back to, or prefetched when the shot arrived) shows in the first frame.
  const shown = state.key === key ? state.url : key ? cache.peek(key) : null;
  const active = !!key && (enabled || shown !== null);
  useEffect(() => {
    if (!key || !active) return;
    return cache.want(
      key,
      () => loadRef.current(),
      (url) => setState({ key, url }),
    );
  }, [cache, key, active]);
  return shown;
}
