import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';

interface Debt {
  /** Releases under way whose file count is not known yet. */
  armed: number;
  /** Host files still owed by releases whose count is known. */
  owed: number;
  /** Files that arrived while a release was armed and nothing was owed yet (they belong to it). */
  early: number;
  waiters: (() => void)[];
  timer?: NodeJS.Timeout;
}

/** The settings that decide how many host files one release brings (catalog enum keys). */
export interface ShotFileSettings {
  destination?: string;
  format?: string;
  pcSave?: string;
  drive?: string;
}

/**
 * How many files one release in single-shot drive delivers to the host: none for the card only, two for
 * RAW+JPEG (or RAW+HEIF) saved as both on the PC, else one. A burst or bracket brings an unknown number: the
 * first file is waited for. Unknown settings (a body that does not report them): none.
 */
export function hostFilesPerShot(s: ShotFileSettings): number {
  if (s.destination !== 'host-pc' && s.destination !== 'both') return 0;
  const pair = s.format === 'raw-jpeg' || s.format === 'raw-heif';
  const both = s.pcSave === undefined || s.pcSave.startsWith('raw-and-');
  return pair && both && s.drive === 'single' ? 2 : 1;
}

/** One release being counted: say how many files it brings once known, or drop it if it never fired. */
export interface ShotToken {
  expect(files: number): void;
  cancel(): void;
}

/**
 * Counts the host files a body still owes after the studio released its shutter (auto-download to the PC),
 * so a requested disconnect can wait for them instead of cutting a shot off in transfer. Each driver
 * `downloadComplete` pays one file back; a link loss or the bound (`timeoutMs`) clears the debt.
 */
export class ShotDeliveryWatch {
  private readonly debts = new Map<string, Debt>();
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly driver: CameraDriver,
    private readonly log: Logger,
    private readonly timeoutMs = 15_000,
  ) {}

  /** Starts counting deliveries. */
  attach(): void {
    const ev = this.driver.events;
    this.offs.push(
      ev.on('downloadComplete', ({ cameraId }) => this.arrived(cameraId)),
      ev.on('disconnected', ({ cameraId }) => this.clear(cameraId)),
      ev.on('cameraRemoved', ({ cameraId }) => this.clear(cameraId)),
    );
  }

  /** Stops counting; everybody waiting is let go. */
  detach(): void {
    this.offs.splice(0).forEach((off) => off());
    for (const id of [...this.debts.keys()]) this.clear(id);
  }

  /** Call before the release: files arriving from now on count towards this shot. */
  begin(cameraId: string): ShotToken {
    const d = this.debt(cameraId);
    d.armed++;
    let open = true;
    const close = () => {
      const done = open;
      open = false;
      if (done && this.debts.get(cameraId) === d) d.armed--;
      return done && this.debts.get(cameraId) === d;
    };
    return {
      expect: (files) => {
        if (!close()) return;
        d.owed += Math.max(0, files);
        const take = Math.min(d.early, d.owed);
        d.early -= take;
        d.owed -= take;
        if (d.owed > 0) this.arm(cameraId, d);
        this.check(cameraId, d);
      },
      cancel: () => {
        if (close()) this.check(cameraId, d);
      },
    };
  }

  /** Resolves once every file expected so far has arrived (or will not). */
  settled(cameraId: string): Promise<void> {
    const d = this.debts.get(cameraId);
    if (!d) return Promise.resolve();
    return new Promise((resolve) => d.waiters.push(resolve));
  }

  private debt(cameraId: string): Debt {
    let d = this.debts.get(cameraId);
    if (!d) {
      d = { armed: 0, owed: 0, early: 0, waiters: [] };
      this.debts.set(cameraId, d);
    }
    return d;
  }

  private arm(cameraId: string, d: Debt): void {
    clearTimeout(d.timer);
    d.timer = setTimeout(() => {
      this.log.warn(`${d.owed} shot file(s) did not reach the host within ${this.timeoutMs} ms`, {
        cameraId,
      });
      this.clear(cameraId);
    }, this.timeoutMs);
    d.timer.unref();
  }

  private arrived(cameraId: string): void {
    const d = this.debts.get(cameraId);
    if (!d) return;
    if (d.owed > 0) d.owed--;
    else if (d.armed > 0) d.early++;
    this.check(cameraId, d);
  }

  private check(cameraId: string, d: Debt): void {
    if (d.owed === 0 && d.armed === 0) this.clear(cameraId);
  }

  private clear(cameraId: string): void {
    const d = this.debts.get(cameraId);
    if (!d) return;
    this.debts.delete(cameraId);
    clearTimeout(d.timer);
    d.waiters.forEach((w) => w());
  }
}
