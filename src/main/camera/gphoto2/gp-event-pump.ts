import { setTimeout as delay } from 'node:timers/promises';
import { ErrorCode, isTetherError, toErrorValue } from '../../../shared/errors';
import type { Logger } from '../../core/logger';
import type { GpEvent, Gphoto2Api } from './gp-api';
import type { GpLink } from './gp-link';

/** How the driver reacts to camera events. */
export interface PumpHandlers {
  /** Something changed on the body (a property event): re-read the config. */
  propertiesChanged(link: GpLink): void;
  /** The camera wrote a file by itself (shutter pressed on the body). */
  fileAdded(link: GpLink, folder: string, name: string): void;
}

/** Property events come as text: `PTP Property 5007 changed, "f-number" to "f/5.6"`, Canon `… changed`. */
const PROPERTY_EVENT = /propert|changed|value/i;

/**
 * The per-camera event loop: `gp_camera_wait_for_event` with a short timeout on the camera's queue, over and
 * over, so other calls get their turn between waits (2.5.30 blocks for twice the timeout). Ends when the link
 * closes or is lost.
 */
export class GpEventPump {
  private readonly loops = new Map<GpLink, Promise<void>>();

  constructor(
    private readonly api: Gphoto2Api,
    private readonly handlers: PumpHandlers,
    private readonly log: Logger,
    private readonly timeoutMs = 50,
  ) {}

  start(link: GpLink): void {
    const previous = this.loops.get(link);
    if (previous) {
      // A reconnect can come before the old loop noticed the loss: start again once it has ended.
      void previous.then(() => {
        if (!link.closing && link.state === 'connected' && !this.loops.has(link)) this.start(link);
      });
      return;
    }
    const loop = this.run(link).finally(() => this.loops.delete(link));
    this.loops.set(link, loop);
  }

  /** Resolves once the link's loop ended (it ends by itself when the link closes). */
  async done(link: GpLink): Promise<void> {
    await this.loops.get(link);
  }

  private handle(link: GpLink, ev: GpEvent): void {
    if (ev.type === 'unknown' && PROPERTY_EVENT.test(ev.text)) this.handlers.propertiesChanged(link);
    else if (ev.type === 'file-added') this.handlers.fileAdded(link, ev.folder, ev.name);
  }

  private async run(link: GpLink): Promise<void> {
    let failures = 0;
    while (!link.closing && link.state === 'connected') {
      try {
        const ev = await link.call((cam) => this.api.waitForEvent(cam, this.timeoutMs));
        failures = 0;
        this.handle(link, ev);
      } catch (err) {
        if (isTetherError(err, ErrorCode.Disconnected) || link.closing) break;
        if (++failures === 3)
          this.log.warn(`camera events keep failing: ${toErrorValue(err).message}`, {
            cameraId: link.cameraId,
          });
        await delay(Math.min(2000, 100 * failures));
      }
    }
  }
}
