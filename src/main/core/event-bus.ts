import type { StudioEvent, StudioEventMap, StudioEventName } from '../../shared/events';
import { TypedEmitter } from './typed-emitter';

/** A listener for every event on the bus, named. */
export type AnyEventListener = (event: StudioEvent) => void;

type Listener = (payload: never) => void;

/**
 * The one studio event bus: services emit catalog events here; the IPC and HTTP/SSE adapters subscribe.
 * Listeners run synchronously inside `emit`, so they must be quick (queue or drop, never block). A
 * listener that throws is reported to `onListenerError` and never stops delivery to the others nor
 * breaks the service that emitted.
 */
export class EventBus extends TypedEmitter<StudioEventMap> {
  private readonly named = new Map<string, { fn: Listener }[]>();
  private readonly anyListeners = new Set<{ fn: AnyEventListener }>();

  /** @param onListenerError called with the event name and the error a listener threw. */
  constructor(private readonly onListenerError: (event: string, err: unknown) => void = () => undefined) {
    super();
  }

  override on<K extends StudioEventName>(
    event: K,
    listener: (payload: StudioEventMap[K]) => void,
  ): () => void {
    const entry = { fn: listener as Listener };
    const list = this.named.get(event) ?? [];
    list.push(entry);
    this.named.set(event, list);
    return () => this.remove(event, entry);
  }

  override once<K extends StudioEventName>(
    event: K,
    listener: (payload: StudioEventMap[K]) => void,
  ): () => void {
    const off = this.on(event, (payload) => {
      off();
      listener(payload);
    });
    return off;
  }

  override off<K extends StudioEventName>(event: K, listener: (payload: StudioEventMap[K]) => void): void {
    const entry = this.named.get(event)?.find((e) => e.fn === (listener as Listener));
    if (entry) this.remove(event, entry);
  }

  /** Delivers to the named listeners, then to every `onAny` listener, each isolated from the others. */
  override emit<K extends StudioEventName>(event: K, payload: StudioEventMap[K]): void {
    const list = this.named.get(event);
    if (list) {
      for (const entry of [...list]) {
        try {
          (entry.fn as (p: StudioEventMap[K]) => void)(payload);
        } catch (err) {
          this.onListenerError(event, err);
        }
      }
    }
    if (this.anyListeners.size === 0) return;
    const framed = { event, data: payload } as StudioEvent;
    for (const entry of [...this.anyListeners]) {
      try {
        entry.fn(framed);
      } catch (err) {
        this.onListenerError(event, err);
      }
    }
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  onAny(listener: AnyEventListener): () => void {
    const entry = { fn: listener };
    this.anyListeners.add(entry);
    return () => {
      this.anyListeners.delete(entry);
    };
  }

  override listenerCount<K extends StudioEventName>(event: K): number {
    return this.named.get(event)?.length ?? 0;
  }

  /** Number of `onAny` listeners (diagnostics). */
  get anyListenerCount(): number {
    return this.anyListeners.size;
  }

  /** Removes every listener, named and `onAny`. */
  override removeAllListeners(): void {
    this.named.clear();
    this.anyListeners.clear();
  }

  private remove(event: string, entry: { fn: Listener }): void {
    const list = this.named.get(event);
    if (!list) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.named.delete(event);
  }
}
