import {
  STUDIO_EVENT_NAMES,
  eventSchemas,
  type StudioEvent,
  type StudioEventName,
} from '../../shared/events';

/** The EventSource constructor (the browser's, or a fake in tests). */
export type EventSourceCtor = new (url: string) => EventSource;

/**
 * One EventSource per window, fanned out to any number of handlers. Opened on the first subscription,
 * closed after the last unsubscribes. Every payload is validated against the shared event catalog;
 * anything malformed is dropped (and logged) rather than reaching the store.
 */
export class SseEventHub {
  private source: EventSource | null = null;
  private readonly handlers = new Set<(event: StudioEvent) => void>();
  private lastSeen = 0;

  constructor(
    private readonly url: string,
    private readonly EventSourceImpl: EventSourceCtor,
  ) {}

  /** Subscribes; returns the unsubscribe function. */
  subscribe(handler: (event: StudioEvent) => void): () => void {
    this.handlers.add(handler);
    if (!this.source) this.open();
    return () => {
      this.handlers.delete(handler);
      if (this.handlers.size === 0) this.close();
    };
  }

  /** Epoch ms of the last event (or keepalive-driven open) received; 0 before any. */
  get lastEventAt(): number {
    return this.lastSeen;
  }

  private open(): void {
    const source = new this.EventSourceImpl(this.url);
    this.source = source;
    for (const name of STUDIO_EVENT_NAMES) {
      source.addEventListener(name, (e) => this.deliver(name, (e as MessageEvent).data));
    }
    // EventSource reconnects on its own (honouring `retry:` and sending Last-Event-ID); nothing to do on error.
  }

  private close(): void {
    this.source?.close();
    this.source = null;
  }

  private deliver(name: StudioEventName, raw: unknown): void {
    this.lastSeen = Date.now();
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
