import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { ErrorCode, toErrorValue, type ErrorValue } from '../../shared/errors';
import {
  invokeChannel,
  sendSchemas,
  type InvokeNamespace,
  type IpcResult,
  type MainEventMap,
  type MainEventName,
  type SendChannel,
  type SendPayload,
} from '../../shared/ipc-contract';
import { invalidArguments } from '../../shared/studio-methods/define';
import { createLogger } from '../core/logger';

const log = createLogger('ipc');

/** The part of an IPC event the sender check looks at (real Electron events and test fakes both fit). */
export interface IpcSenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** Decides whether an IPC message comes from our own renderer (main frame of a window we created). */
export type SenderCheck = (event: IpcSenderInfo) => boolean;

/** What an invoke implementation receives besides its validated arguments. */
export interface InvokeContext {
  /** The calling renderer (for drag-out, dialogs parented to its window). */
  sender: WebContents;
}

/** An invoke implementation: validated args in, value out; throwing a TetherError becomes an error value. */
export type InvokeImpl = (ctx: InvokeContext, args: unknown[]) => unknown;

/** The slice of Electron's `ipcMain` used here (tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): unknown;
}

/**
 * The only code that touches Electron's raw `ipcMain`. Every handler checks the sender first, validates its
 * arguments with the contract's zod schema, and returns an {@link IpcResult}: errors cross as values with a
 * shared code (`FORBIDDEN` for a foreign sender, `INVALID_ARGUMENT` for bad arguments).
 */
export class TypedIpcMain {
  private readonly channels = new Set<string>();
  private readonly listeners: { channel: string; fn: (event: IpcMainEvent, ...args: unknown[]) => void }[] =
    [];

  constructor(
    private readonly isTrusted: SenderCheck,
    private readonly raw: IpcMainLike = ipcMain,
  ) {}

  /** Registers an invoke channel `tether:<ns>:<method>` validated by `schema` (a zod tuple). */
  handle(ns: InvokeNamespace, method: string, schema: z.ZodType<unknown[]>, impl: InvokeImpl): void {
    const channel = invokeChannel(ns, method);
    if (this.channels.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
    this.channels.add(channel);
    this.raw.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      if (!this.isTrusted(event)) {
        log.warn(`rejected ${channel} from a foreign sender (${event.senderFrame?.url ?? 'no frame'})`);
        return fail({ code: ErrorCode.Forbidden, message: 'IPC call from an untrusted frame' });
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        return fail(toErrorValue(invalidArguments(method, parsed.error)));
      }
      try {
        return { ok: true, value: await impl({ sender: event.sender }, parsed.data) };
      } catch (err) {
        const error = toErrorValue(err);
        if (error.code === ErrorCode.Internal) log.error(`${channel} failed: ${error.message}`);
        return fail(error);
      }
    });
  }

  /** Listens to a fire-and-forget channel; messages from foreign senders or with bad payloads are dropped. */
  on<C extends SendChannel>(
    channel: C,
    listener: (payload: SendPayload<C>, sender: WebContents) => void,
  ): void {
    const schema: z.ZodType = sendSchemas[channel];
    const fn = (event: IpcMainEvent, payload: unknown): void => {
      if (!this.isTrusted(event)) {
        log.warn(`dropped ${channel} from a foreign sender`);
        return;
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        log.warn(`dropped ${invalidArguments(channel, parsed.error).message}`);
        return;
      }
      listener(parsed.data as SendPayload<C>, event.sender);
    };
    this.raw.on(channel, fn);
    this.listeners.push({ channel, fn });
  }

  /** Channels registered so far (diagnostics and tests). */
  registeredChannels(): string[] {
    return [...this.channels];
  }

  /** Removes every handler and listener this instance registered. */
  dispose(): void {
    for (const channel of this.channels) this.raw.removeHandler(channel);
    for (const { channel, fn } of this.listeners) this.raw.removeListener(channel, fn);
    this.channels.clear();
    this.listeners.length = 0;
  }
}

function fail(error: ErrorValue): IpcResult<never> {
  return { ok: false, error };
}

/** The slice of a WebContents that main → renderer events need. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Sends a typed main → renderer event; a destroyed target is skipped. */
export function sendToRenderer<E extends MainEventName>(
  target: EventTarget,
  event: E,
  payload: MainEventMap[E],
): void {
  if (target.isDestroyed()) return;
  target.send(event, payload);
}
