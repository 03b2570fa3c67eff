import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { RendererIpc } from '../../../preload/bridge/renderer-ipc';
import type { IpcMainLike } from '../typed-ipc-main';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type Listener = (event: IpcMainEvent, ...args: unknown[]) => void;

/** An in-memory `ipcMain` for tests: records handlers and listeners, dispatches like Electron does. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Set<Listener>>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  on(channel: string, listener: Listener): this {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    return this;
  }
  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
}

/** A fake renderer: a WebContents-like target main sends to, and the RendererIpc its preload uses. */
export class FakeRenderer {
  readonly id: number;
  /** The URL the sender frame reports (change it to play a foreign page). */
  url: string;
  /** Set to play a subframe. */
  isSubframe = false;
  destroyed = false;
  /** Every main → renderer message, in order (channel and cloned payload). */
  readonly received: { channel: string; payload: unknown }[] = [];
  private readonly eventListeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(
    private readonly ipcMain: FakeIpcMain,
    id: number,
    url: string,
  ) {
    this.id = id;
    this.url = url;
  }

  // ---- the WebContents side (main sends) ----
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    // Structured clone, as Electron's IPC does: a payload that cannot cross (functions, …) throws here too.
    const cloned = structuredClone(payload);
    this.received.push({ channel, payload: cloned });
    queueMicrotask(() => {
      for (const listener of [...(this.eventListeners.get(channel) ?? [])]) listener(cloned);
    });
  }

  private event(): IpcMainEvent {
    const frame = { url: this.url, parent: this.isSubframe ? {} : null };
    return { sender: this, senderFrame: frame } as unknown as IpcMainEvent;
  }

  // ---- the preload side ----
  readonly ipc: RendererIpc = {
    invoke: async (channel, args) => {
      const handler = this.ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = this.event() as unknown as IpcMainInvokeEvent;
      return structuredClone(await handler(event, ...structuredClone(args)));
    },
    send: (channel, payload) => {
      const cloned = structuredClone(payload);
      const event = this.event(); // the sender as it was when sending
      queueMicrotask(() => {
        for (const listener of [...(this.ipcMain.listeners.get(channel) ?? [])]) listener(event, cloned);
      });
    },
    on: (event, listener) => {
      let set = this.eventListeners.get(event);
      if (!set) this.eventListeners.set(event, (set = new Set()));
      const fn = listener as (payload: unknown) => void;
      set.add(fn);
      return () => {
        set.delete(fn);
      };
    },
  };
}
