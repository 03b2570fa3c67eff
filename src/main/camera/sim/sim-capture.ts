import { ErrorCode, TetherError } from '../../../shared/errors';
import { SHUTTER_BULB } from '../../../shared/properties';
import { enumValue } from './property-spec';
import { AfControl } from './sim-af';
import type { SimBodyParts } from './sim-body-parts';
import { LONG_EXPOSURE_S, ShotDelivery } from './sim-delivery';

/** Movie bit rate of the default XAVC S 4K setting: 100 Mbit/s. */
const MOVIE_BYTES_PER_SEC = 12_500_000;

/**
 * The shutter side of a body: S1/AF, release (single, continuous, self-timer, bracket, BULB), movie
 * record. Long exposures (BULB, and timed ones from 1 s) hold live view while the shutter is open and
 * during long-exposure NR, as the body's monitor goes dark; frames resume afterwards. Each exposure is
 * handed to ShotDelivery, which writes the files.
 */
export class CaptureUnit {
  private gen = 0;
  private releaseHeld = false;
  private burst: NodeJS.Timeout | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private recordingSince: number | null = null;
  /** BULB: when the shutter opened (wall clock for EXIF, monotonic for the open time). */
  private bulb: { openedAt: Date; t0: number } | null = null;
  private holds = 0;

  private readonly af: AfControl;
  /** Turns exposures into files. */
  readonly delivery: ShotDelivery;

  constructor(private readonly body: SimBodyParts) {
    this.af = new AfControl(body);
    this.delivery = new ShotDelivery(body);
  }

  private get props() {
    return this.body.props;
  }

  /** Typical bytes one shot takes on the card with the current file settings. */
  bytesPerShot(): number {
    return this.delivery.bytesPerShot();
  }

  /** True while a BULB exposure is open. */
  get bulbOpen(): boolean {
    return this.bulb !== null;
  }

  /** S1 (half press). */
  async s1(lock: boolean): Promise<void> {
    this.af.s1(lock);
  }

  /**
   * A remote touch (Touch Focus): in MF the body focuses on what was touched; with S1 held in AF it
   * refocuses there at once; otherwise the next AF uses the touched frame.
   */
  async touchFocus(): Promise<void> {
    if (this.props.key('focus-mode') === 'mf') {
      const distance = await this.af.subjectDistance();
      void this.body.lens.focusAt(distance);
    } else if (this.af.s1Locked) void this.af.autofocus();
  }

  /** AF-shutter: S1 lock, wait for AF, release down/up, S1 unlock. Resolves once the shot is taken. */
  async afShutter(): Promise<void> {
    this.af.s1(true);
    await this.releaseDown();
    this.releaseUp();
    this.af.s1(false);
  }

  // ---- release ----

  /**
   * Shutter fully pressed: focuses first unless S1 holds focus, then shoots per drive mode. At BULB the
   * shutter opens and stays open until the release comes up.
   */
  async releaseDown(): Promise<void> {
    if (this.releaseHeld) return;
    this.releaseHeld = true;
    const gen = this.gen;
    await this.af.ensureFocus();
    if (gen !== this.gen) return;
    if (this.props.exposure().shutter === SHUTTER_BULB) {
      this.openBulb();
      // Released while AF was still working: the shutter closes again at once.
      if (!this.releaseHeld) this.closeBulb();
      return;
    }
    const drive = this.props.key('drive-mode') ?? 'single';
    const [hi, mid, lo] = this.body.identity.model.burstFps;
    const timer = /^timer-(\d+)s$/.exec(drive);
    const bracket = /bracket-(\d+\.\d)ev-(\d)pics$/.exec(drive);
    if (timer) this.later(Number(timer[1]) * 1000, () => this.shoot());
    else if (bracket) {
      const steps = Math.round(Number(bracket[1]) * 3);
      const n = Number(bracket[2]);
      const gap = Math.max(1000 / mid, this.busyMs());
      for (let i = 0; i < n; i++) this.later(i * gap, () => this.shoot((i - Math.floor(n / 2)) * steps));
    } else if (drive.startsWith('continuous-')) {
      const fps = drive.includes('hi') ? hi : drive.includes('mid') ? mid : lo;
      this.shoot();
      this.burst = setInterval(() => this.shoot(), Math.max(1000 / fps, this.busyMs()));
    } else this.shoot();
  }

  /** Shutter released: a BULB exposure ends, a burst stops; without S1 the AF lock is let go. */
  releaseUp(): void {
    this.releaseHeld = false;
    if (this.bulb) this.closeBulb();
    if (this.burst) clearInterval(this.burst);
    this.burst = null;
    if (!this.af.s1Locked && this.body.focus.state !== 'idle') this.af.unlock();
  }

  /** How long one timed exposure keeps the body busy (exposure plus NR), ms. */
  private busyMs(): number {
    const seconds = this.delivery.timedSeconds();
    return seconds < LONG_EXPOSURE_S ? 0 : seconds * 1000 + this.delivery.processingMs(seconds);
  }

  /** One timed exposure; long ones hold live view until the body is done with them. */
  private shoot(stepOffset = 0): void {
    const seconds = this.delivery.timedSeconds();
    if (seconds < LONG_EXPOSURE_S) {
      this.delivery.take({ stepOffset });
      return;
    }
    const processMs = this.delivery.processingMs(seconds);
    if (this.delivery.take({ stepOffset }, seconds * 1000, processMs))
      this.holdLiveView(seconds * 1000 + processMs);
  }

  private openBulb(): void {
    if (this.bulb || this.body.state !== 'connected') return;
    this.bulb = { openedAt: this.body.options.now(), t0: performance.now() };
    this.holds++;
    this.body.liveView.hold(true);
  }

  private closeBulb(): void {
    const bulb = this.bulb;
    if (!bulb) return;
    this.bulb = null;
    const seconds = Math.max(0.001, (performance.now() - bulb.t0) / 1000);
    const processMs = this.delivery.processingMs(seconds);
    if (this.delivery.take({ bulb: { openedAt: bulb.openedAt, seconds } }, 0, processMs) && processMs > 0)
      this.holdLiveView(processMs);
    this.releaseHold();
  }

  /** Live view goes dark for `ms` (a long exposure, NR). */
  private holdLiveView(ms: number): void {
    this.holds++;
    this.body.liveView.hold(true);
    this.later(ms, () => this.releaseHold());
  }

  private releaseHold(): void {
    if (this.holds === 0) return;
    this.holds--;
    this.body.liveView.hold(false);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  /** Movie record button. */
  movieRecord(action: 'toggle' | 'down' | 'up'): void {
    if (action === 'up') return;
    if (this.recordingSince === null) {
      if (this.body.faults.cardIsFull) throw new TetherError(ErrorCode.CardFull, 'card full: cannot record');
      this.recordingSince = Date.now();
      this.body.mutate(() =>
        this.props.setInternal('recording-state', enumValue('recording-state', 'recording')),
      );
      return;
    }
    const seconds = Math.max(1, (Date.now() - this.recordingSince) / 1000);
    this.recordingSince = null;
    this.body.mutate(() =>
      this.props.setInternal('recording-state', enumValue('recording-state', 'not-recording')),
    );
    const file = this.body.card.addMovie(Math.round(seconds * MOVIE_BYTES_PER_SEC), this.body.options.now());
    this.body.events.emit('contentsChanged', { cameraId: this.body.id, slot: 1, added: [file] });
    this.body.refreshCardProps();
  }

  /** Disconnect/unplug: cancel timers and drop deliveries not yet started. */
  abort(): void {
    this.gen++;
    this.delivery.abort();
    this.bulb = null;
    while (this.holds > 0) this.releaseHold();
    this.releaseHeld = false;
    if (this.burst) clearInterval(this.burst);
    this.burst = null;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.recordingSince = null;
    this.af.reset();
  }
}
