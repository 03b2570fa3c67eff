import type { MainEventMap, MainEventName, SendChannel, SendPayload } from '../../shared/ipc-contract';

/**
 * The raw-IPC port the preload API is built on. `typed-ipc-renderer.ts` implements it over Electron's
 * `ipcRenderer` (the only file allowed to touch it); tests implement it in memory.
 */
export interface RendererIpc {
  /** Request/response call on a contract channel; resolves with the handler's `IpcResult`. */
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  /** Fire-and-forget message to main. */
  send<C extends SendChannel>(channel: C, payload: SendPayload<C>): void;
  /** Main → renderer event; returns unsubscribe. */
  on<E extends MainEventName>(event: E, listener: (payload: MainEventMap[E]) => void): () => void;
}
