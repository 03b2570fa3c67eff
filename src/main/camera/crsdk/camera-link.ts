import type { ConnectionMode, LiveViewFrame, SaveInfo } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { TypedEmitter } from '../../core/typed-emitter';
import type { NativeEvent } from './abi';

/** Driver-internal events of one connection (what waiting operations listen to). */
export interface LinkEventMap {
  /** Remote-transfer progress/result (TC_EVT_RT_RESULT). */
  rt: NativeEvent;
  /** Contents-transfer notification (TC_EVT_CONTENTS_TRANSFER). */
  ct: NativeEvent;
  /** A settings file finished downloading (TC_EVT_DOWNLOAD_COMPLETE with a file type). */
  settings: NativeEvent;
  /** Property codes changed. */
  codes: number[];
  /** The link went away or is reconnecting: pending waits fail with this error. */
  gone: TetherError;
}

/** One remote transfer at a time per camera (the SDK answers 0x8D03 to a second one). */
export class TransferSlot {
  private busy = false;
  /** The holder asked the SDK to stop; the slot frees as soon as the SDK confirms. */
  cancelling = false;
  private readonly waiters: Array<() => void> = [];

  /** Takes the slot if free. */
  tryAcquire(): boolean {
    if (this.busy) return false;
    this.busy = true;
    return true;
  }

  /** Waits for the slot (FIFO), failing with CAMERA_BUSY after `timeoutMs`. */
  acquire(timeoutMs: number): Promise<void> {
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new TetherError(ErrorCode.CameraBusy, 'another transfer is still running on this camera'));
      }, timeoutMs);
      this.waiters.push(grant);
    });
  }

  /** Frees the slot, handing it to the next waiter. */
  release(): void {
    this.cancelling = false;
    const next = this.waiters.shift();
    if (next) next();
    else this.busy = false;
  }

  get held(): boolean {
    return this.busy;
  }
}

/** State of one connected camera. */
export class CameraLink {
  state: 'connected' | 'reconnecting' = 'connected';
  saveInfo: SaveInfo | null = null;
  liveViewEnabled: boolean;
  streaming = false;
  latest: LiveViewFrame | null = null;
  lastFrameNo = 0;
  /** Set once a requested disconnect starts: the native DISCONNECTED that follows is expected. */
  closing = false;
  readonly transfers = new TransferSlot();
  readonly events = new TypedEmitter<LinkEventMap>();
  /** Content keys (`contentId:fileId`) seen per slot, to tell new card files from old ones. */
  readonly knownContents = new Map<number, Set<string>>();

  constructor(
    readonly cameraId: string,
    readonly device: number,
    readonly mode: ConnectionMode,
  ) {
    this.liveViewEnabled = mode !== 'contents';
  }

  /**
   * Resolves with the first `event` payload accepted by `pick`; rejects on `gone`, after `timeoutMs`, or with
   * CANCELLED when `signal` aborts (which also removes the listeners).
   */
  waitFor<K extends 'rt' | 'ct' | 'settings' | 'codes', T>(
    event: K,
    pick: (payload: LinkEventMap[K]) => T | undefined,
    timeoutMs: number,
    what: string,
    signal?: AbortSignal,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const onAbort = () =>
        finish(() => reject(new TetherError(ErrorCode.Cancelled, `stopped waiting for ${what}`)));
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        offEvent();
        offGone();
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new TetherError(ErrorCode.Timeout, `timed out after ${timeoutMs} ms waiting for ${what}`)),
          ),
        timeoutMs,
      );
      const offEvent = this.events.on(event, (payload) => {
        const picked = pick(payload);
        if (picked !== undefined) finish(() => resolve(picked));
      });
      const offGone = this.events.on('gone', (err) => finish(() => reject(err)));
    });
  }
}
