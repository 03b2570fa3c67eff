import {
  STUDIO_EVENT_NAMES,
  eventSchemas,
  type StudioEvent,
  type StudioEventName,
} from '../../shared/events';
import type { StudioLink } from '../../shared/studio-client';
import { LinkState } from './link-state';

/** The EventSource constructor (the browser's, or a fake in tests). */
export type EventSourceCtor = new (url: string) => EventSource;

/** Reconnect delays after a drop: quick at first, then every few seconds (a studio restart takes a few). */
export const RECONNECT_DELAYS_MS = [300, 1000, 2000, 4000, 5000] as const;

/**
 * One EventSource per window, fanned out to any number of handlers. Opened on the first subscription,
 * closed after the last unsubscribes. Every payload is validated against the shared event catalog;
 * anything malformed is dropped (and logged) rather than reaching the store.
 *
 * It also keeps the window's link to the studio: `up` from the stream's open (or first event), `down`
 * when it drops. Then the source is closed and reopened with backoff ({@link RECONNECT_DELAYS_MS}), not
 * left to the browser's fixed `retry:` loop, so the UI can say when the next attempt is and skip the
 * wait. A reopened stream starts with the server's `connected` handshake: the window re-reads everything.
 */
export class SseEventHub {
  private source: EventSource | null = null;
  private readonly handlers = new Set<(event: StudioEvent) => void>();
  private lastSeen = 0;
  private readonly link = new LinkState();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly EventSourceImpl: EventSourceCtor,
  ) {}

  /** Subscribes; returns the unsubscribe function. */
  subscribe(handler: (event: StudioEvent) => void): () => void {
    this.handlers.add(handler);
    if (!this.source && !this.retryTimer) this.open();
    return () => {
      this.handlers.delete(handler);
      if (this.handlers.size === 0) this.close();
    };
  }

  /** Follows the link state (called at once with the current one); returns unsubscribe. */
  subscribeLink(handler: (link: StudioLink) => void): () => void {
    return this.link.subscribe(handler);
  }

  /** Reconnects now instead of waiting for the next attempt. */
  reconnectNow(): void {
    if (!this.retryTimer || this.handlers.size === 0) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.open();
  }

  /** Epoch ms of the last event (or keepalive-driven open) received; 0 before any. */
  get lastEventAt(): number {
    return this.lastSeen;
  }

  private open(): void {
    const source = new this.EventSourceImpl(this.url);
    this.source = source;
    // The studio has an `error` event too: a message carries data, the stream's own failure does not.
    const isMessage = (e: Event) => typeof (e as MessageEvent).data === 'string';
    for (const name of STUDIO_EVENT_NAMES) {
      source.addEventListener(name, (e) => isMessage(e) && this.deliver(name, (e as MessageEvent).data));
    }
    source.addEventListener('open', () => this.source === source && this.link.up());
    source.addEventListener('error', (e) => this.source === source && !isMessage(e) && this.dropped());
  }

  /** The stream failed or ended: close it (no browser retry loop) and schedule our own reopen. */
  private dropped(): void {
    this.source?.close();
    this.source = null;
    if (this.handlers.size === 0) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.link.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.link.down(Date.now() + delay);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.handlers.size > 0) this.open();
    }, delay);
  }

  private close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.source?.close();
    this.source = null;
  }

  private deliver(name: StudioEventName, raw: unknown): void {
    this.lastSeen = Date.now();
    this.link.up();
    let data: unknown;
    try {
      data = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      console.warn(`[events] dropped ${name}: invalid JSON`);
      return;
    }
    const parsed = eventSchemas[name].safeParse(data);
    if (!parsed.success) {
      console.warn(`[events] dropped ${name}: ${parsed.error.issues[0]?.message ?? 'invalid payload'}`);
      return;
    }
    const event = { event: name, data: parsed.data } as StudioEvent;
    for (const h of [...this.handlers]) {
      try {
        h(event);
      } catch (err) {
        console.error('[events] handler failed', err);
      }
    }
  }
}
