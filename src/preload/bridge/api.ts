import {
  NATIVE_METHODS,
  STUDIO_METHODS,
  invokeChannel,
  type InvokeNamespace,
  type IpcResult,
  type NativeArgs,
  type NativeMethod,
  type NativeResult,
  type StudioArgs,
  type StudioMethod,
  type StudioResult,
} from '../../shared/ipc-contract';
import type { StudioEvent } from '../../shared/events';
import type { ClientFrame, StudioCommand } from '../../shared/studio-client';
import { FrameSubscriptions } from './frame-subscriptions';
import type { RendererIpc } from './renderer-ipc';

/** One invoke method per StudioClient call; resolves with an {@link IpcResult} (never rejects for studio errors). */
export type StudioInvokers = {
  [K in StudioMethod]: (...args: StudioArgs<K>) => Promise<IpcResult<StudioResult<K>>>;
};
/** One invoke method per desktop-only call. */
export type NativeInvokers = {
  [K in NativeMethod]: (...args: NativeArgs<K>) => Promise<IpcResult<NativeResult<K>>>;
};

/** Main → renderer events a page may listen to with `on` (frames go through `frames.subscribe`). */
export interface TetherEventMap {
  /** Every studio event. */
  event: StudioEvent;
  /** App-menu commands. */
  command: StudioCommand;
}

function invokers<M extends string>(ipc: RendererIpc, ns: InvokeNamespace, methods: readonly M[]) {
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of methods) {
    const channel = invokeChannel(ns, method);
    out[method] = (...args) => ipc.invoke(channel, args);
  }
  return out;
}

/** Where the paths of dropped files come from (Electron `webUtils`, which only a preload can reach). */
export interface DroppedFiles {
  pathForFile(file: File): string;
}

/**
 * Builds the API the preload exposes as `window.tether`. Pure (no Electron import), so tests run the real
 * bridge over an in-memory {@link RendererIpc}. `window.tether`'s type is derived from this function.
 */
export function createTetherApi(ipc: RendererIpc, files?: DroppedFiles) {
  const frames = new FrameSubscriptions(ipc);
  return {
    /** Paths of files and folders dropped from the OS (Electron's `webUtils`; absent in tests). */
    files: {
      pathForFile(file: File): string | null {
        try {
          return files?.pathForFile(file) || null;
        } catch {
          return null;
        }
      },
    },
    /** Bridge protocol version, for a renderer to detect a stale preload. */
    version: 1 as const,
    /** StudioClient calls. */
    studio: invokers(ipc, 'studio', STUDIO_METHODS) as StudioInvokers,
    /** Desktop-only calls (drag-out, folder dialog, reveal). */
    native: invokers(ipc, 'native', NATIVE_METHODS) as NativeInvokers,
    /** Subscribes to a main → renderer event; returns unsubscribe. */
    on<E extends keyof TetherEventMap>(event: E, listener: (payload: TetherEventMap[E]) => void): () => void {
      const channel = event === 'event' ? 'tether:event' : 'tether:command';
      return ipc.on(channel, listener as (payload: unknown) => void);
    },
    /** Live-view frames: binary JPEG, latest only (main holds back frames until the previous one is taken). */
    frames: {
      subscribe(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void {
        return frames.subscribe(cameraId, onFrame);
      },
    },
  };
}

/** The type of `window.tether`: exactly what the preload implementation builds. */
export type TetherApi = ReturnType<typeof createTetherApi>;
