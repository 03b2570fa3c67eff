import { ErrorCode, TetherError } from '../../../shared/errors';
import { healthyDisk, type HostWriteConditions } from './host-writer';

/** CRSDK's "camera busy" error for a second concurrent transfer (CrError_Adaptor_DeviceBusy). */
export const SDK_BUSY = 0x8d03;

/** The busy error the body answers with. */
export function busyError(what: string): TetherError {
  return new TetherError(ErrorCode.CameraBusy, `camera busy: ${what}`, { sdkCode: SDK_BUSY });
}

/** What the fault API needs from a body. */
export interface FaultTarget {
  unplug(): void;
  replug(): void;
  /** Card-full state changed (updates slot properties). */
  cardFullChanged(full: boolean): void;
}

/**
 * Faults injected into one simulated body: the state the body consults, and the API tests and benches
 * drive (`driver.faults(cameraId)`).
 */
export class SimFaults {
  private busyLeft = 0;
  private pullLimit: number | null = null;
  private frameDivisor = 1;
  private afFails = false;
  private full = false;
  /** Conditions of the host disk the body writes shots to (shared with the writer, which decrements space). */
  readonly hostDisk: HostWriteConditions = healthyDisk();

  constructor(private readonly target: FaultTarget) {}

  /** Pulls the cable now: transfers fail with DISCONNECTED, the camera disappears from enumeration. */
  unplug(): void {
    this.target.unplug();
  }

  /** Plugs the cable back in (the body reappears; a connection with `reconnect` resumes). */
  replug(): void {
    this.target.replug();
  }

  /** Unplugs once the current (or next) card read has delivered `bytes` bytes. */
  unplugAfterBytes(bytes: number): void {
    this.pullLimit = Math.max(0, Math.floor(bytes));
  }

  /** The next `count` commands, property writes or content opens fail with CAMERA_BUSY (0x8D03). */
  busy(count = 1): void {
    this.busyLeft = Math.max(0, Math.floor(count));
  }

  /** Card full: shots to the card fail with a CARD_FULL error event. */
  cardFull(on = true): void {
    this.full = on;
    this.target.cardFullChanged(on);
  }

  /** Live view slows down by `divisor` (2 = half rate); `1` or `false` restores it. */
  slowFrames(divisor: number | false = 2): void {
    this.frameDivisor = divisor === false ? 1 : Math.max(1, divisor);
  }

  /** AF fails to find focus (afStatus `failed`, focus indication not-focused). */
  afFail(on = true): void {
    this.afFails = on;
  }

  /**
   * The host disk fills up: shots written to the host take `bytesLeft` more bytes (the write that crosses
   * it completes only in part), then writes fail with ENOSPC. `false` frees the disk again.
   */
  hostDiskFull(bytesLeft: number | false = 0): void {
    this.hostDisk.spaceLeft = bytesLeft === false ? null : Math.max(0, Math.floor(bytesLeft));
  }

  /** The OS takes host writes only in part (at most `maxBytes` per call), as a loaded disk may; `false` ends it. */
  hostShortWrites(maxBytes: number | false = 4096): void {
    this.hostDisk.maxBytesPerWrite = maxBytes === false ? Infinity : Math.max(1, Math.floor(maxBytes));
  }

  /** Clears every injected fault (does not replug). */
  clear(): void {
    this.busyLeft = 0;
    this.pullLimit = null;
    this.frameDivisor = 1;
    this.afFails = false;
    Object.assign(this.hostDisk, healthyDisk());
    if (this.full) this.cardFull(false);
  }

  // ---- consulted by the body ----

  /** Throws CAMERA_BUSY if a busy fault is pending (and consumes it). */
  checkBusy(what: string): void {
    if (this.busyLeft <= 0) return;
    this.busyLeft--;
    throw busyError(what);
  }

  /** Bytes a read may still deliver before the injected unplug, or null. Consumed when it fires. */
  pullBudget(delivered: number): number | null {
    return this.pullLimit === null ? null : this.pullLimit - delivered;
  }

  /** Fires the injected mid-pull unplug. */
  firePullUnplug(): void {
    this.pullLimit = null;
    this.target.unplug();
  }

  /** Live-view rate divisor. */
  get frameRateDivisor(): number {
    return this.frameDivisor;
  }

  /** True while AF is set to fail. */
  get afFailing(): boolean {
    return this.afFails;
  }

  /** True while the card is full. */
  get cardIsFull(): boolean {
    return this.full;
  }
}
