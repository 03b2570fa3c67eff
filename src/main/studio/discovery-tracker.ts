import type { CameraInfo } from '../../shared/camera-types';
import { toErrorValue } from '../../shared/errors';
import type { DiscoveryState } from '../../shared/studio-types';
import type { CameraDriver } from '../camera/driver';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/logger';

/** Dependencies of {@link DiscoveryTracker}. */
export interface DiscoveryTrackerDeps {
  driver: CameraDriver;
  bus: EventBus;
  log: Logger;
}

/**
 * Whether the driver can find cameras. A failing enumeration is a state to report (log, `warning` event,
 * status endpoints), never a reason to fail callers or stop the studio; recovery is reported once too.
 */
export class DiscoveryTracker {
  private now: DiscoveryState = { ok: true };

  constructor(private readonly deps: DiscoveryTrackerDeps) {}

  /** The driver's own account when it keeps one, else what enumeration told us last. */
  state(): DiscoveryState {
    return { ...(this.deps.driver.discoveryState?.() ?? this.now) };
  }

  /** The driver's camera list, or null when enumeration failed (reported; the caller keeps what it knows). */
  async enumerate(): Promise<CameraInfo[] | null> {
    try {
      const found = await this.deps.driver.listCameras();
      if (!this.deps.driver.discoveryState && !this.now.ok) this.report({ ok: true });
      return found;
    } catch (err) {
      const e = toErrorValue(err);
      this.report({ ok: false, message: e.message, code: e.code, checkedAt: Date.now() });
      return null;
    }
  }

  /** Records a state (from the driver's `discovery` event or an enumeration); reports changes. */
  report(state: DiscoveryState): void {
    const was = this.now;
    this.now = state;
    if (state.ok && !was.ok) {
      this.deps.log.info('camera discovery works again');
      this.deps.bus.emit('operationResult', { cameraId: '*', operation: 'discovery', result: 'ok' });
    } else if (!state.ok && (was.ok || was.message !== state.message)) {
      const why = `${state.message ?? 'unknown error'} (retrying)`;
      this.deps.log.warn(`camera discovery failed: ${why}`);
      this.deps.bus.emit('warning', {
        cameraId: '*',
        code: 'DISCOVERY_FAILED',
        message: `Camera discovery failed: ${why}`,
      });
    }
  }
}
