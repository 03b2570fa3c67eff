import { setImmediate as yieldToLoop, setTimeout as delay } from 'node:timers/promises';
import { ErrorCode, TetherError, isTetherError, toErrorValue } from '../../../shared/errors';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import type { Gphoto2Api } from './gp-api';
import type { GpLink } from './gp-link';
import { isJpeg } from './gp-thumbnails';
import { jpegSize } from './jpeg-size';

/**
 * Live view by polling `gp_camera_capture_preview` (one JPEG per call) on the camera's queue, as fast as the
 * body answers; each frame is emitted as `frame` (the hub keeps only the latest). Stopping closes the
 * body's viewfinder where it has one (Nikon, Canon keep live view up otherwise).
 */
export class GpLiveView {
  private readonly loops = new Map<GpLink, Promise<void>>();

  constructor(
    private readonly api: Gphoto2Api,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly log: Logger,
  ) {}

  private async grab(link: GpLink): Promise<boolean> {
    const jpeg = await link.call((cam) => this.api.preview(cam));
    if (!isJpeg(jpeg)) return false;
    const size = jpegSize(jpeg);
    link.frameSeq++;
    link.latest = {
      cameraId: link.cameraId,
      seq: link.frameSeq,
      timestamp: Date.now(),
      width: size?.width ?? 0,
      height: size?.height ?? 0,
      jpeg,
    };
    return true;
  }

  /** Enabling grabs one frame: a body without live view answers NOT_SUPPORTED here. */
  async setEnabled(link: GpLink, enabled: boolean): Promise<void> {
    if (!enabled) {
      await this.stop(link);
      link.liveViewEnabled = false;
      return;
    }
    try {
      await this.grab(link);
    } catch (err) {
      if (isTetherError(err, ErrorCode.NotSupported))
        throw new TetherError(
          ErrorCode.NotSupported,
          'this camera offers no live view through libgphoto2',
          (err as TetherError).details,
        );
      throw err;
    }
    link.liveViewEnabled = true;
  }

  start(link: GpLink): void {
    if (!link.liveViewEnabled)
      throw new TetherError(ErrorCode.OperationRejected, 'live view is disabled on the body');
    if (link.streaming) return;
    link.streaming = true;
    const loop = this.run(link).finally(() => this.loops.delete(link));
    this.loops.set(link, loop);
  }

  private async run(link: GpLink): Promise<void> {
    let failures = 0;
    while (link.streaming && !link.closing) {
      try {
        const ok = await this.grab(link);
        // A frame that arrives after stop is dropped: nothing is emitted once streaming is off.
        if (ok && link.streaming && link.latest) this.events.emit('frame', link.latest);
        failures = 0;
        await yieldToLoop();
      } catch (err) {
        if (isTetherError(err, ErrorCode.Disconnected) || isTetherError(err, ErrorCode.NotSupported)) break;
        if (++failures === 3)
          this.log.warn(`live view frames keep failing: ${toErrorValue(err).message}`, {
            cameraId: link.cameraId,
          });
        await delay(Math.min(1000, 50 * failures));
      }
    }
    link.streaming = false;
  }

  /** Stops the loop; resolves once it ended and the viewfinder is closed. */
  async stop(link: GpLink): Promise<void> {
    if (!link.streaming && !this.loops.has(link)) return;
    link.streaming = false;
    await this.loops.get(link);
    if (link.widgets.get('viewfinder')?.type === 'toggle' && !link.closing)
      await link.call((cam) => this.api.setWidget(cam, 'viewfinder', 0)).catch(() => undefined);
  }
}
