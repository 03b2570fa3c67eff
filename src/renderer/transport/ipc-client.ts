import { ErrorCode, TetherError, errorValueSchema } from '../../shared/errors';
import type { IpcResult, StudioArgs, StudioMethod, StudioResult } from '../../shared/ipc-contract';
import type { NativeCapabilities, StudioClient } from '../../shared/studio-client';
import type { TetherApi } from '../../preload/bridge/api';

type UnwrappedStudio = { [K in StudioMethod]: (...args: StudioArgs<K>) => Promise<StudioResult<K>> };

/** Turns an {@link IpcResult} into a value, or a rejection with a {@link TetherError} carrying the shared code. */
export async function unwrapResult<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await pending;
  } catch (err) {
    // Only the IPC layer itself throws here (e.g. no handler registered): the handlers return values.
    throw new TetherError(
      ErrorCode.Internal,
      `IPC call failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (result && typeof result === 'object' && result.ok === true) return result.value;
  if (result && typeof result === 'object' && result.ok === false) {
    const parsed = errorValueSchema.safeParse(result.error);
    if (parsed.success) throw new TetherError(parsed.data.code, parsed.data.message, parsed.data.details);
  }
  throw new TetherError(ErrorCode.Internal, 'malformed IPC result');
}

function unwrapStudio(studio: TetherApi['studio']): UnwrappedStudio {
  const out: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, invoke] of Object.entries(studio) as [
    string,
    (...args: unknown[]) => Promise<IpcResult<unknown>>,
  ][]) {
    out[method] = (...args) => unwrapResult(invoke(...args));
  }
  return out as UnwrappedStudio;
}

function nativeOver(bridge: TetherApi): NativeCapabilities {
  return {
    startDrag: (target) => unwrapResult(bridge.native.startDrag(target)),
    chooseFolder: (options) => unwrapResult(bridge.native.chooseFolder(options)),
    reveal: (path) => unwrapResult(bridge.native.reveal(path)),
    onCommand: (handler) => bridge.on('command', handler),
  };
}

/**
 * The IPC transport: {@link StudioClient} over the preload bridge (`window.tether`). Errors reject as
 * {@link TetherError}s (ErrorValue-shaped: `code`, `message`); frames arrive as binary JPEG, latest only.
 */
export function createIpcClient(bridge: TetherApi): StudioClient {
  return {
    transport: 'ipc',
    native: nativeOver(bridge),
    ...unwrapStudio(bridge.studio),
    subscribeFrames: (cameraId, onFrame) => bridge.frames.subscribe(cameraId, onFrame),
    subscribeEvents: (handler) => bridge.on('event', handler),
    // The studio is the window's own main process: when it is gone, so is the window.
    subscribeLink: (handler) => {
      handler({ state: 'up', retryAt: null, attempts: 0 });
      return () => undefined;
    },
    reconnectNow: () => undefined,
    // Files are reached natively in Electron (drag-out, reveal): no download URL.
    shotFileUrl: () => null,
  };
}

/** The preload bridge when running inside the Electron window, else null (a browser). */
export function detectIpcBridge(
  win: { tether?: TetherApi } = globalThis as { tether?: TetherApi },
): TetherApi | null {
  const bridge = win.tether;
  return bridge && typeof bridge === 'object' && bridge.version === 1 ? bridge : null;
}
