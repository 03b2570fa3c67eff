import { SUBJECT_DISTANCE_M } from './exposure';
import { enumValue } from './property-spec';
import { baseArea, isTrackingArea } from './property-table';
import { nearestPlaneAt, samplePoints } from './scene-layers';
import { warmUpStills } from './scene-renderer';
import { DEPTH_PLANES_M } from './scene-svg';
import type { SimBodyParts } from './sim-body-parts';
import type { AfOutcome } from './sim-focus';

/**
 * The AF side of the shutter button: S1 (half press) runs AF for the current focus mode and publishes
 * the focus indication; the release and AF-shutter wait for the AF in flight instead of starting another.
 */
export class AfControl {
  private pending: Promise<AfOutcome | null> | null = null;

  constructor(private readonly body: SimBodyParts) {}

  private get props() {
    return this.body.props;
  }

  /** True while S1 is held. */
  get s1Locked(): boolean {
    return this.props.is('s1', 'locked');
  }

  /** Runs AF for the current focus mode; null in MF. Updates focus indication and distance. */
  autofocus(): Promise<AfOutcome | null> {
    const p = this.run();
    this.pending = p;
    void p.finally(() => {
      if (this.pending === p) this.pending = null;
    });
    return p;
  }

  private async run(): Promise<AfOutcome | null> {
    warmUpStills();
    const mode = this.props.key('focus-mode');
    if (mode === 'mf') return null;
    const continuous = mode === 'af-c';
    const tracking = continuous && isTrackingArea(this.props.value('focus-area'));
    const subjectM = await this.subjectDistance();
    const outcome = await this.body.focus.autofocus({
      tracking,
      fail: this.body.faults.afFailing,
      subjectM,
    });
    if (outcome === 'cancelled' || this.body.state !== 'connected') return outcome;
    const suffix = continuous ? 'af-c' : 'af-s';
    const key =
      outcome === 'tracking'
        ? 'tracking-subject-af-c'
        : outcome === 'failed'
          ? `not-focused-${suffix}`
          : `focused-${suffix}`;
    this.body.mutate(() => this.props.setInternal('focus-indication', enumValue('focus-indication', key)));
    this.body.refreshFocusProps();
    return outcome;
  }

  /**
   * How far away what the AF frame covers is: Wide and Zone find the subject; a spot, the centre or a
   * touched point focus on the nearest thing under the frame, as the body does.
   */
  async subjectDistance(): Promise<number> {
    const key = this.props.key('focus-area') ?? 'wide';
    const area = baseArea(key);
    if (!this.body.focus.touchActive && (area === 'wide' || area === 'zone')) return SUBJECT_DISTANCE_M;
    const [frame] = this.body.focus.frames(key);
    const at = frame?.position ?? this.body.focus.areaPosition;
    const size = frame?.size ?? { width: 38, height: 38 };
    return DEPTH_PLANES_M[await nearestPlaneAt(samplePoints(at, size))];
  }

  /** Focus before an exposure: waits for the AF in flight, keeps a held lock, or runs AF now. */
  async ensureFocus(): Promise<void> {
    if (this.pending) {
      await this.pending;
      return;
    }
    const state = this.body.focus.state;
    if (this.s1Locked && ['focused', 'tracking', 'failed'].includes(state)) return;
    await this.autofocus();
  }

  /** S1 (half press): lock starts AF (progress arrives as events); unlock releases it. */
  s1(lock: boolean): void {
    if (lock === this.s1Locked) return;
    this.body.mutate(() => this.props.setInternal('s1', enumValue('s1', lock ? 'locked' : 'unlocked')));
    if (lock) void this.autofocus();
    else this.unlock();
  }

  /** Lets go of focus: AF stops, indication `unlocked`. */
  unlock(): void {
    this.body.focus.release();
    this.body.mutate(() =>
      this.props.setInternal('focus-indication', enumValue('focus-indication', 'unlocked')),
    );
  }

  /** Disconnect: forget the held button and indication without events. */
  reset(): void {
    this.pending = null;
    this.props.setInternal('s1', enumValue('s1', 'unlocked'));
    this.props.setInternal('focus-indication', enumValue('focus-indication', 'unlocked'));
  }
}
