import {
  NATIVE_METHODS,
  STUDIO_METHODS,
  nativeArgSchemas,
  studioArgSchemas,
  type NativeArgs,
  type NativeMethod,
  type NativeResult,
} from '../../shared/ipc-contract';
import type { StudioEvent } from '../../shared/events';
import type { StudioCommand } from '../../shared/studio-client';
import type { Studio } from '../app/studio';
import { createLogger } from '../core/logger';
import { FramePump } from './frame-pump';
import type { StudioHandlers } from '../app/studio-handlers';
import { sendToRenderer, type EventTarget, type InvokeContext, type TypedIpcMain } from './typed-ipc-main';

const log = createLogger('ipc:bridge');

/** Desktop-only call implementations (they need the calling WebContents). */
export type NativeHandlers = {
  [K in NativeMethod]: (ctx: InvokeContext, ...args: NativeArgs<K>) => Promise<NativeResult<K>>;
};

/** A renderer window as the bridge sees it. */
export interface BridgeWindow extends EventTarget {
  readonly id: number;
}

/** What the bridge needs from the studio besides the handler table. */
export type BridgeStudio = Pick<Studio, 'bus' | 'liveView'>;

/**
 * The IPC adapter: registers every contract channel on the typed ipcMain, forwards studio events to every
 * attached window and runs one {@link FramePump} per window for live view.
 */
export class IpcBridge {
  private readonly windows = new Map<number, { target: BridgeWindow; pump: FramePump }>();
  private offBus: (() => void) | null = null;

  constructor(
    private readonly ipc: TypedIpcMain,
    private readonly studio: BridgeStudio,
    private readonly handlers: StudioHandlers,
    private readonly native: NativeHandlers,
  ) {}

  /** Registers all channels and starts forwarding events. Call once. */
  register(): void {
    const studioTable = this.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of STUDIO_METHODS) {
      this.ipc.handle('studio', method, studioArgSchemas[method], (_ctx, args) =>
        studioTable[method](...args),
      );
    }
    const nativeTable = this.native as unknown as Record<
      string,
      (ctx: InvokeContext, ...args: unknown[]) => unknown
    >;
    for (const method of NATIVE_METHODS) {
      this.ipc.handle('native', method, nativeArgSchemas[method], (ctx, args) =>
        nativeTable[method](ctx, ...args),
      );
    }
    this.ipc.on('tether:frames:subscribe', ({ cameraId }, sender) =>
      this.pumpFor(sender.id)?.subscribe(cameraId),
    );
    this.ipc.on('tether:frames:unsubscribe', ({ cameraId }, sender) =>
      this.pumpFor(sender.id)?.unsubscribe(cameraId),
    );
    this.ipc.on('tether:frames:ack', ({ cameraId, seq }, sender) =>
      this.pumpFor(sender.id)?.ack(cameraId, seq),
    );
    this.offBus = this.studio.bus.onAny((event) => this.broadcast(event));
  }

  /** Starts serving a renderer window; returns its detach (call when the WebContents is destroyed). */
  attach(target: BridgeWindow): () => void {
    const pump = new FramePump(
      (cameraId, consumer) => this.studio.liveView.subscribe(cameraId, consumer),
      (frame) => sendToRenderer(target, 'tether:frame', frame),
    );
    this.windows.set(target.id, { target, pump });
    return () => this.detach(target.id);
  }

  /** The page reloaded or navigated: its frame subscriptions are gone with it (it subscribes again). */
  resetRenderer(webContentsId: number): void {
    this.windows.get(webContentsId)?.pump.dispose();
  }

  /** Sends an app-menu command to one window. */
  sendCommand(webContentsId: number, command: StudioCommand): void {
    const win = this.windows.get(webContentsId);
    if (win) sendToRenderer(win.target, 'tether:command', command);
  }

  /** Frames sent/dropped per window (diagnostics). */
  frameStats(webContentsId: number): { sent: number; dropped: number } | null {
    const win = this.windows.get(webContentsId);
    return win ? { ...win.pump.stats } : null;
  }

  /** Stops everything: event forwarding, frame pumps, channel registrations. */
  dispose(): void {
    this.offBus?.();
    this.offBus = null;
    for (const id of [...this.windows.keys()]) this.detach(id);
    this.ipc.dispose();
  }

  private detach(webContentsId: number): void {
    const win = this.windows.get(webContentsId);
    if (!win) return;
    win.pump.dispose();
    this.windows.delete(webContentsId);
  }

  private pumpFor(webContentsId: number): FramePump | undefined {
    const pump = this.windows.get(webContentsId)?.pump;
    if (!pump) log.warn(`frame message from an unattached renderer (${webContentsId})`);
    return pump;
  }

  private broadcast(event: StudioEvent): void {
    for (const { target } of this.windows.values()) sendToRenderer(target, 'tether:event', event);
  }
}
