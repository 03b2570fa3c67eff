import { existsSync } from 'node:fs';
import koffi from 'koffi';
import { callAsync, type NativeFn } from './bindings';
import { locateNativeLibrary } from './library-path';

/** Fault kinds of the stand-in SDK (native/crsdk-standin/include/StandInControl.h). */
export const STANDIN_FAULT = {
  unplug: 1,
  replug: 2,
  unplugAfterBytes: 3,
  busy: 4,
  cardFull: 5,
  clear: 6,
} as const;

/** Test controls exported by the stand-in `Cr_Core` (absent from Sony's library). */
export interface StandInControl {
  /** `cameraIndex` -1 targets every camera. */
  injectFault(
    cameraIndex: number,
    fault: (typeof STANDIN_FAULT)[keyof typeof STANDIN_FAULT],
    param?: number,
  ): void;
  /** Fires `perThread` property callbacks from `threads` native threads per connected device; resolves with the count fired. */
  flood(threads: number, perThread: number): Promise<number>;
  /** Objects the stand-in holds for callers, plus its running threads. */
  liveObjects(): number;
  setTransferRate(bytesPerSecond: number): void;
  setShotSize(jpegBytes: number, rawBytes: number): void;
  setReconnectWindow(ms: number): void;
}

/** Index of a stand-in camera from its serial (`D100A7M44711` is camera 0). */
export function standInIndex(serial: string): number {
  const m = /^D(\d{3})/.exec(serial);
  return m ? Number(m[1]) - 100 : -1;
}

/**
 * Loads the stand-in's controls from the `Cr_Core` next to the bridge (the very library instance the bridge
 * uses: the loader hands back the already-loaded object). Null when the library is Sony's.
 */
export function loadStandInControl(corePath = locateNativeLibrary()?.core): StandInControl | null {
  if (!corePath || !existsSync(corePath)) return null;
  const lib = koffi.load(corePath);
  let fns: Record<string, NativeFn>;
  try {
    fns = {
      inject: lib.func(
        'int32_t StandIn_InjectFault(int32_t cameraIndex, int32_t fault, int64_t param)',
      ) as NativeFn,
      flood: lib.func('int64_t StandIn_Flood(int32_t threads, int32_t perThread)') as NativeFn,
      live: lib.func('int32_t StandIn_LiveObjects()') as NativeFn,
      rate: lib.func('void StandIn_SetTransferRate(int64_t bps)') as NativeFn,
      shot: lib.func('void StandIn_SetShotSize(int64_t jpeg, int64_t raw)') as NativeFn,
      window: lib.func('void StandIn_SetReconnectWindow(int32_t ms)') as NativeFn,
    };
  } catch {
    return null; // Sony's Cr_Core: no stand-in controls
  }
  return {
    injectFault(cameraIndex, fault, param = 0) {
      if ((fns.inject(cameraIndex, fault, param) as number) !== 0)
        throw new Error(`stand-in fault ${fault} on camera ${cameraIndex} failed`);
    },
    flood: (threads, perThread) => callAsync(fns.flood, threads, perThread),
    liveObjects: () => fns.live() as number,
    setTransferRate: (bps) => void fns.rate(bps),
    setShotSize: (jpeg, raw) => void fns.shot(jpeg, raw),
    setReconnectWindow: (ms) => void fns.window(ms),
  };
}
