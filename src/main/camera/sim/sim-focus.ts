import type { AfState, FocusFrame } from '../../../shared/camera-types';
import { SUBJECT_DISTANCE_M, dioptres } from './exposure';
import { INITIAL_FOCUS_M } from './focus-position';
import { MOVABLE_AREAS, baseArea } from './property-table';

/**
 * The lens focus motor and AF of a simulated body. Focus is tracked in dioptres (1/m); AF drives it to
 * the subject plane over a few hundred milliseconds (longer for a longer travel), and the live view
 * reads the interpolated position, so focus visibly pulls in.
 */

/** Where the AF frame may sit (the body clamps requests into this inset, measured on an ILCE-7M4). */
const AREA_BOUNDS = { x0: 65, x1: 574, y0: 61, y1: 418 };
const FRAME_SIZE: Record<string, number> = {
  'flexible-spot-s': 26,
  'flexible-spot-m': 38,
  'flexible-spot-l': 52,
  'expand-flexible-spot': 38,
};
/** Dioptres moved per focusNearFar step size 1..7. */
const NEAR_FAR_STEP = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2];

/** What the AF reports to the body. */
export interface FocusEvents {
  state(state: AfState): void;
  driving(moving: boolean): void;
}

/** AF outcome of one drive. */
export type AfOutcome = 'focused' | 'tracking' | 'failed' | 'cancelled';

/** The focus motor and AF state of one body. */
export class FocusModel {
  private from: number;
  private to: number;
  private t0 = 0;
  private t1 = 0;
  private timer: NodeJS.Timeout | null = null;
  private superseded: (() => void) | null = null;
  private pending: ((o: AfOutcome) => void) | null = null;
  private afState: AfState | 'idle' = 'idle';
  private pos = { x: 320, y: 240 };
  /** A remote touch is in effect (Touch Focus: it moved the frame). */
  touchActive = false;

  constructor(
    private readonly maxDioptres: number,
    private readonly events: FocusEvents,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.from = this.to = dioptres(INITIAL_FOCUS_M);
  }

  /** Focus position now (dioptres), interpolated while the motor moves. */
  position(): number {
    const t = this.now();
    if (t >= this.t1) return this.to;
    const k = (t - this.t0) / (this.t1 - this.t0);
    return this.from + (this.to - this.from) * (k * k * (3 - 2 * k));
  }

  /** Where the motor is heading (dioptres); equal to {@link position} once it stopped. */
  target(): number {
    return this.to;
  }

  /** Focus distance in metres (Infinity at 0 dioptres). */
  distanceM(): number {
    const d = this.to;
    return d <= 0 ? Infinity : 1 / d;
  }

  /** Current AF state (`idle` before any AF). */
  get state(): AfState | 'idle' {
    return this.afState;
  }

  /** True while the motor is moving. */
  get moving(): boolean {
    return this.timer !== null;
  }

  private setState(s: AfState | 'idle'): void {
    if (s === this.afState) return;
    this.afState = s;
    if (s !== 'idle') this.events.state(s);
  }

  /**
   * Drives the motor to `target`. `done(true)` when it arrives; `done(false)` when another drive, a
   * release or a disconnect stops it first, so every caller's promise settles.
   */
  private drive(target: number, done: (arrived: boolean) => void, msPerDioptre = 700): void {
    this.stopMotor();
    this.superseded = () => done(false);
    const from = this.position();
    this.from = from;
    this.to = Math.min(this.maxDioptres, Math.max(0, target));
    this.t0 = this.now();
    const ms = Math.round(Math.min(600, 140 + Math.abs(this.to - from) * msPerDioptre));
    this.t1 = this.t0 + ms;
    this.events.driving(true);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.superseded = null;
      this.events.driving(false);
      done(true);
    }, ms);
  }

  private stopMotor(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.to = this.position();
    this.t1 = this.now();
    const superseded = this.superseded;
    this.superseded = null;
    this.events.driving(false);
    superseded?.();
  }

  /**
   * Runs AF: `focusing`, then the motor drives to the subject and AF reports `focused` (`tracking` for a
   * tracking area in AF-C) or, when failing, hunts to the near end and reports `failed`.
   */
  autofocus(opts: { tracking: boolean; fail: boolean; subjectM?: number }): Promise<AfOutcome> {
    this.pending?.('cancelled');
    this.setState('focusing');
    return new Promise((resolve) => {
      this.pending = resolve;
      const target = opts.fail ? this.maxDioptres * 0.8 : dioptres(opts.subjectM ?? SUBJECT_DISTANCE_M);
      this.drive(target, (arrived) => {
        if (!arrived) {
          if (this.pending === resolve) this.pending = null;
          resolve('cancelled');
          return;
        }
        const outcome: AfOutcome = opts.fail ? 'failed' : opts.tracking ? 'tracking' : 'focused';
        this.pending = null;
        this.setState(outcome === 'failed' ? 'failed' : outcome);
        resolve(outcome);
      });
    });
  }

  /** S1 released: AF stops, state `unlocked`. */
  release(): void {
    this.pending?.('cancelled');
    this.pending = null;
    this.stopMotor();
    if (this.afState !== 'idle') {
      this.afState = 'idle';
      this.events.state('unlocked');
    }
  }

  /** Manual focus step (negative = near, positive = far), as CRSDK's focus near/far command. */
  nearFar(step: number): Promise<void> {
    const delta = NEAR_FAR_STEP[Math.min(7, Math.abs(step)) - 1] * Math.sign(step);
    return new Promise((resolve) => this.drive(this.to - delta, () => resolve(), 400));
  }

  /** Drives the focus to `target` dioptres (absolute focus position, touch focus in MF). */
  moveTo(target: number): Promise<void> {
    return new Promise((resolve) => this.drive(target, () => resolve()));
  }

  /** Moves the AF frame (clamped like the body); returns where it landed. */
  setAreaPosition(x: number, y: number): { x: number; y: number } {
    this.pos = {
      x: Math.round(Math.min(AREA_BOUNDS.x1, Math.max(AREA_BOUNDS.x0, x))),
      y: Math.round(Math.min(AREA_BOUNDS.y1, Math.max(AREA_BOUNDS.y0, y))),
    };
    return this.pos;
  }

  /** AF frame position. */
  get areaPosition(): { x: number; y: number } {
    return this.pos;
  }

  /** The AF frames the body reports for a focus-area key. */
  frames(areaKey: string): FocusFrame[] {
    const state: FocusFrame['state'] =
      this.afState === 'focusing'
        ? 'moving'
        : this.afState === 'failed'
          ? 'not-focused'
          : this.afState === 'idle' || this.afState === 'unlocked'
            ? 'selection'
            : 'focused';
    const area = baseArea(areaKey);
    const box = (type: string, size: number, at = this.pos, priority = 1): FocusFrame => ({
      type,
      state,
      priority,
      position: { x: at.x, y: at.y },
      size: { width: size, height: size },
    });
    if (this.touchActive && !MOVABLE_AREAS.has(areaKey)) return [box('contrast-flexible-main', 38)];
    if (area === 'wide') return [];
    if (area === 'center') return [box('central-emphasis', 38, { x: 320, y: 240 })];
    if (area === 'zone') return [{ ...box('zone', 0), size: { width: 212, height: 160 } }];
    const main = box('contrast-flexible-main', FRAME_SIZE[area] ?? 38);
    return area === 'expand-flexible-spot'
      ? [main, box('contrast-flexible-assist', 76, this.pos, 2)]
      : [main];
  }

  /** Tracking frames: only while tracking a subject. */
  trackingFrames(): FocusFrame[] {
    if (this.afState !== 'tracking') return [];
    return [
      {
        type: 'target-af',
        state: 'focused',
        priority: 1,
        position: { ...this.pos },
        size: { width: 64, height: 86 },
      },
    ];
  }

  /** Cancels timers (disconnect, unplug). */
  dispose(): void {
    this.pending?.('cancelled');
    this.pending = null;
    const superseded = this.superseded;
    this.superseded = null;
    if (this.timer) {
      clearTimeout(this.timer);
      this.to = this.position();
      this.t1 = this.now();
    }
    this.timer = null;
    this.afState = 'idle';
    superseded?.();
  }
}
