import type { StudioEvent, StudioEventMap, StudioEventName } from '../../shared/events';
import { TypedEmitter } from '../events/typed-emitter';

/** A listener for every event on the bus, named. */
export type AnyEventListener = (event: StudioEvent) => void;

/**
 * The one studio event bus: services emit catalog events here; the IPC and HTTP/SSE adapters subscribe.
 * Listeners run synchronously inside `emit`, so they must be quick (queue or drop, never block).
 */
export class EventBus extends TypedEmitter<StudioEventMap> {
  private readonly anyListeners = new Set<AnyEventListener>();

  /** Delivers to the named listeners, then to every `onAny` listener. A throwing listener never breaks the emitter. */
  override emit<K extends StudioEventName>(event: K, payload: StudioEventMap[K]): void {
    super.emit(event, payload);
    if (this.anyListeners.size === 0) return;
    const framed = { event, data: payload } as StudioEvent;
    for (const listener of [...this.anyListeners]) {
      try {
        listener(framed);
      } catch {
        // One broken adapter must not stop delivery to the others.
      }
    }
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  onAny(listener: AnyEventListener): () => void {
    this.anyListeners.add(listener);
    return () => {
      this.anyListeners.delete(listener);
    };
  }

  /** Number of `onAny` listeners (diagnostics). */
  get anyListenerCount(): number {
    return this.anyListeners.size;
  }

  /** Removes every listener, named and `onAny`. */
  override removeAllListeners(): void {
    super.removeAllListeners();
    this.anyListeners.clear();
  }
}
