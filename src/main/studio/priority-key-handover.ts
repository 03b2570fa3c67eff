import type { ConnectionMode } from '../../shared/camera-types';
import { toErrorValue } from '../../shared/errors';
import { propertyByName } from '../../shared/properties/index';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../core/logger';
import type { EventBus } from '../core/event-bus';

/** Modes in which the body takes remote writes and shooting commands once the PC holds the priority key. */
const SHOOTING_MODES: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/** Dependencies of {@link PriorityKeyHandover}. */
export interface PriorityKeyHandoverDeps {
  driver: CameraDriver;
  bus: EventBus;
  log: Logger;
  /** True when the user wants the camera's dials to keep priority (setting `keepCameraPriority`; default no). */
  keepCameraPriority?: () => boolean;
}

/**
 * Moves the priority key to the PC right after a connect (and a reconnect) in a shooting mode, as Sony's
 * RemoteCli and the Alpha API reference server do: until then the body refuses every remote write and the
 * shutter. The write goes through the driver like any other, so clients see it as a `propertyChanged`.
 * One implementation for every driver. Failures are reported, never thrown: the connection stays useful.
 */
export class PriorityKeyHandover {
  private readonly def = propertyByName('priority-key');
  private readonly pcRemote = this.def?.enum?.find((e) => e.key === 'pc-remote')?.value;

  constructor(private readonly deps: PriorityKeyHandoverDeps) {}

  /** Takes the priority key to the PC unless kept at the camera; resolves once the camera reports it. */
  async apply(cameraId: string, mode: ConnectionMode): Promise<void> {
    const { driver, log } = this.deps;
    if (!SHOOTING_MODES.includes(mode) || !this.def || this.pcRemote === undefined) return;
    if (this.deps.keepCameraPriority?.()) {
      log.info('priority key left with the camera (keepCameraPriority is on)', { cameraId });
      return;
    }
    try {
      const [current] = await driver.getSelectedProperties(cameraId, [this.def.code]);
      if (!current || current.value === this.pcRemote) return;
      await driver.setProperty(cameraId, this.def.code, this.pcRemote);
      log.info('priority key moved to the PC (pc-remote)', { cameraId });
    } catch (err) {
      const e = toErrorValue(err);
      log.warn(`could not move the priority key to the PC: ${e.message}`, { cameraId });
      this.deps.bus.emit('warning', {
        cameraId,
        code: 'PRIORITY_KEY_NOT_TAKEN',
        message: `The priority key stays with the camera (${e.message}); set priority-key to pc-remote to shoot`,
      });
    }
  }
}
