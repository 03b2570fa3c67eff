import { DISTANCE_INFINITY } from '../../../shared/properties';
import { dioptresOfPosition, focusPositionOf } from './focus-position';
import { enumValue } from './property-spec';
import type { SimBodyParts } from './sim-body-parts';
import { FocusModel } from './sim-focus';

/**
 * The lens as the body reports it: the focus motor (see FocusModel) and the properties that follow it —
 * focus distance, focus position (the motor's target; settable in MF), focus position current (where the
 * lens is) and the focus drive status — plus absolute focus moves.
 */
export class SimLens {
  readonly focus: FocusModel;

  constructor(private readonly body: SimBodyParts) {
    this.focus = new FocusModel(1 / body.identity.model.lens.minFocusM, {
      state: (state) => body.events.emit('afStatus', { cameraId: body.id, state }),
      driving: (moving) =>
        body.mutate(() => {
          body.props.setInternal(
            'focus-driving-status',
            enumValue('focus-driving-status', moving ? 'driving' : 'not-driving'),
          );
          this.setValues();
        }),
    });
  }

  private get minFocusM(): number {
    return this.body.identity.model.lens.minFocusM;
  }

  private setValues(): void {
    const m = this.focus.distanceM();
    const props = this.body.props;
    props.setInternal('focus-distance', m === Infinity ? DISTANCE_INFINITY : Math.round(m * 1000));
    props.setInternal('focus-position', focusPositionOf(this.focus.target(), this.minFocusM));
    props.setInternal('focus-position-current', focusPositionOf(this.focus.position(), this.minFocusM));
  }

  /** Publishes the focus values (after AF or a manual step). */
  publish(): void {
    this.body.mutate(() => this.setValues());
  }

  /** Before a read: the current position where the lens is now (change events come at start and stop). */
  syncCurrent(): void {
    this.body.props.setInternal(
      'focus-position-current',
      focusPositionOf(this.focus.position(), this.minFocusM),
    );
  }

  /**
   * An absolute focus position write (MF): the setting takes the value at once, the motor follows, and
   * its arrival is reported like CRSDK's focus-position result (`operationResult` focusPosition ok).
   */
  focusTo(position: number): void {
    const target = dioptresOfPosition(position, this.minFocusM);
    void this.focus.moveTo(target).then(() => {
      if (this.body.state !== 'connected' || this.focus.target() !== target) return;
      this.body.events.emit('operationResult', {
        cameraId: this.body.id,
        operation: 'focusPosition',
        result: 'ok',
      });
    });
    this.publish();
  }

  /** Drives focus to a distance (touch focus in MF); resolves when the lens arrives or is redirected. */
  async focusAt(distanceM: number): Promise<void> {
    const done = this.focus.moveTo(1 / distanceM);
    this.publish();
    await done;
  }
}
