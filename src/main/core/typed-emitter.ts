import { EventEmitter } from 'node:events';

// Names are prefixed so an event called `error` never gets Node's throw-when-unhandled semantics.
const key = (event: string): string => `ev:${event}`;

/** An EventEmitter whose event names and payloads are checked against a map type. */
export class TypedEmitter<M extends { [K in keyof M]: unknown }> {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Many consumers (SSE clients, IPC windows, services) may legitimately listen at once.
    this.emitter.setMaxListeners(0);
  }

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof M & string>(event: K, listener: (payload: M[K]) => void): () => void {
    this.emitter.on(key(event), listener as (payload: unknown) => void);
    return () => this.off(event, listener);
  }

  /** Subscribes for one delivery. */
  once<K extends keyof M & string>(event: K, listener: (payload: M[K]) => void): () => void {
    this.emitter.once(key(event), listener as (payload: unknown) => void);
    return () => this.off(event, listener);
  }

  /** Unsubscribes. */
  off<K extends keyof M & string>(event: K, listener: (payload: M[K]) => void): void {
    this.emitter.off(key(event), listener as (payload: unknown) => void);
  }

  /** Delivers synchronously to every listener. */
  emit<K extends keyof M & string>(event: K, payload: M[K]): void {
    this.emitter.emit(key(event), payload);
  }

  /** Number of listeners for an event. */
  listenerCount<K extends keyof M & string>(event: K): number {
    return this.emitter.listenerCount(key(event));
  }

  /** Removes every listener. */
  removeAllListeners(): void {
    this.emitter.removeAllListeners();
  }

  /** Resolves with the next payload of `event` that satisfies `predicate`, or rejects after `timeoutMs`. */
  waitFor<K extends keyof M & string>(
    event: K,
    predicate: (payload: M[K]) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<M[K]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for '${event}'`));
      }, timeoutMs);
      const off = this.on(event, (payload) => {
        if (!predicate(payload)) return;
        clearTimeout(timer);
        off();
        resolve(payload);
      });
    });
  }
}
