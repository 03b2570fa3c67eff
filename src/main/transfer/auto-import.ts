import { toErrorValue } from '../../shared/errors';
import type { CameraDriver } from '../camera/driver';
import type { Logger } from '../log/logger';
import type { EventBus } from '../studio/event-bus';
import type { TransferQueue } from './transfer-queue';

/**
 * Auto-import: every shot the camera stages on the host (driver `downloadComplete`) becomes an import job
 * into the active session (template name, `.part` → verify → rename, staged file deleted after success).
 * The bus `downloadComplete` is emitted by the queue once the file is final.
 */
export class AutoImport {
  private off: (() => void) | null = null;

  constructor(
    private readonly driver: CameraDriver,
    private readonly queue: TransferQueue,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  /** Starts listening. */
  attach(): void {
    this.off = this.driver.events.on('downloadComplete', (staged) => {
      this.queue.enqueueAuto(staged.cameraId, staged).catch((err: unknown) => {
        const v = toErrorValue(err);
        this.log.error(`cannot import ${staged.filename}: ${v.message}`, { cameraId: staged.cameraId });
        this.bus.emit('error', {
          cameraId: staged.cameraId,
          code: v.code,
          message: `Cannot import ${staged.filename}: ${v.message}`,
        });
      });
    });
  }

  /** Stops listening. */
  detach(): void {
    this.off?.();
    this.off = null;
  }
}
