import type { CameraInfo, ConnectionMode } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import type { GpDetected, Gphoto2Api } from './gp-api';
import { GpLink } from './gp-link';
import { SerialQueue } from './serial-queue';

/** Session tunables. */
export interface GpSessionOptions {
  /** Re-autodetect interval for hot-plug, ms (default 2000; 0 = only on demand). */
  hotplugIntervalMs?: number;
}

/** What the driver does when a link opens or closes (config read, event pump, live view). */
export interface LinkHooks {
  /** Reads what the link needs before `connected` is announced; a failure fails the connect. */
  prepare(link: GpLink): Promise<void>;
  /** Starts the link's loops (event pump). */
  attach(link: GpLink): void;
  /** Stops them; resolves once they ended. */
  detach(link: GpLink): Promise<void>;
}

interface Known {
  detected: GpDetected;
  serial: string;
}

/** `gp-nikon-dsc-d750`: the model as an id; identical bodies get `-2`, `-3` in port order. */
export function cameraIds(found: readonly GpDetected[]): Map<string, GpDetected> {
  const ids = new Map<string, GpDetected>();
  const sorted = [...found].sort((a, b) => a.model.localeCompare(b.model) || a.port.localeCompare(b.port));
  for (const d of sorted) {
    const base = `gp-${
      d.model
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'camera'
    }`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.set(id, d);
  }
  return ids;
}

/**
 * Cameras and connections: autodetect (at start, on a timer for hot-plug and after every link loss), open and
 * close (on one library-wide queue: they load camlibs, which libltdl does not do thread-safely), link loss with
 * or without automatic reconnect.
 */
export class GpSession {
  private started = false;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private readonly cams = new Map<string, Known>();
  private readonly links = new Map<string, GpLink>();
  private readonly connecting = new Set<string>();
  /** autodetect, open and close: one at a time across all cameras. */
  readonly library = new SerialQueue();

  constructor(
    private readonly api: Gphoto2Api,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly log: Logger,
    private readonly hooks: LinkHooks,
    private readonly options: GpSessionOptions = {},
  ) {}

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.scan();
    const every = this.options.hotplugIntervalMs ?? 2000;
    if (every > 0) {
      this.timer = setInterval(
        () => void this.scan().catch((e) => this.log.warn(`hot-plug scan failed: ${(e as Error).message}`)),
        every,
      );
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.scanning?.catch(() => undefined);
    for (const link of [...this.links.values()]) {
      await this.close(link);
      this.events.emit('disconnected', { cameraId: link.cameraId, reason: 'driver stopped', expected: true });
    }
    this.cams.clear();
  }

  private info(id: string, known: Known): CameraInfo {
    const link = this.links.get(id);
    const { detected } = known;
    return {
      id,
      model: detected.model,
      serial: known.serial,
      connectionType: 'USB',
      connected: link?.state === 'connected',
      driver: 'gphoto2',
      ...(detected.usb ? { usb: detected.usb } : {}),
      ...(link
        ? { mode: link.mode, state: link.state }
        : { state: this.connecting.has(id) ? 'connecting' : 'disconnected' }),
    } as CameraInfo;
  }

  /** Re-autodetects (coalesced): announces new bodies, drops vanished ones, reopens links waiting to reconnect. */
  scan(): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.scanning ??= (async () => {
      try {
        const found = cameraIds(await this.library.run(() => this.api.autodetect()));
        if (!this.started) return;
        for (const [id, detected] of found) {
          const known = this.cams.get(id);
          this.cams.set(id, { detected, serial: known?.serial ?? '' });
          if (!known) this.events.emit('cameraAdded', this.info(id, this.cams.get(id) as Known));
          const link = this.links.get(id);
          if (link?.state === 'reconnecting') await this.reopen(link, detected);
        }
        for (const id of [...this.cams.keys()]) {
          if (found.has(id) || this.links.has(id)) continue;
          this.cams.delete(id);
          this.events.emit('cameraRemoved', { cameraId: id });
        }
      } finally {
        this.scanning = null;
      }
    })();
    return this.scanning;
  }

  async listCameras(): Promise<CameraInfo[]> {
    if (!this.started) return [];
    await this.scan();
    return [...this.cams.entries()].map(([id, known]) => this.info(id, known));
  }

  /** Throws CAMERA_NOT_FOUND unless the camera is (or, after a fresh scan, becomes) known. */
  async known(cameraId: string): Promise<Known> {
    if (!this.started)
      throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId} (driver not started)`);
    if (!this.cams.has(cameraId)) await this.scan();
    const known = this.cams.get(cameraId);
    if (!known) throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
    return known;
  }

  /** Records the serial number read from a connected body (shown from then on). */
  setSerial(cameraId: string, serial: string): void {
    const known = this.cams.get(cameraId);
    if (known) known.serial = serial;
  }

  async connect(cameraId: string, mode: ConnectionMode, reconnect: boolean): Promise<GpLink> {
    if (this.links.has(cameraId) || this.connecting.has(cameraId))
      throw new TetherError(ErrorCode.AlreadyConnected, `camera ${cameraId} is already connected`);
    const { detected } = await this.known(cameraId);
    this.connecting.add(cameraId);
    try {
      const camera = await this.library.run(() => this.api.open(detected.port));
      const link = new GpLink(cameraId, camera, detected.port, mode, reconnect);
      link.onLost = (err) => this.lose(link, err.message);
      try {
        await this.hooks.prepare(link);
      } catch (err) {
        link.closing = true;
        await this.library.run(() => this.api.close(camera));
        throw err;
      }
      this.links.set(cameraId, link);
      this.hooks.attach(link);
      this.log.info(`connected (${mode}) to ${detected.model} at ${detected.port}`, { cameraId });
      this.events.emit('connected', { cameraId, mode });
      return link;
    } finally {
      this.connecting.delete(cameraId);
    }
  }

  async disconnect(cameraId: string): Promise<void> {
    const link = this.links.get(cameraId);
    if (!link) {
      await this.known(cameraId);
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is not connected`);
    }
    await this.close(link);
    this.log.info('disconnected (requested)', { cameraId });
    this.events.emit('disconnected', { cameraId, reason: 'requested', expected: true });
  }

  private async close(link: GpLink): Promise<void> {
    link.closing = true;
    this.links.delete(link.cameraId);
    await this.hooks.detach(link);
    // After every queued call on the camera has settled: then exit and free it.
    await link.queue.run(async () => {
      if (!link.cameraOpen) return;
      link.cameraOpen = false;
      await this.library.run(() => this.api.close(link.camera));
    });
  }

  /** An unrequested loss (unplug, power off): reconnect later when asked to, else report and forget. */
  private lose(link: GpLink, reason: string): void {
    if (link.closing || link.state !== 'connected') return;
    const { cameraId } = link;
    this.drop(link, 'reconnecting');
    if (link.reconnect) {
      this.log.warn(`link lost (${reason}); waiting for the camera to come back`, { cameraId });
      this.events.emit('reconnecting', { cameraId });
    } else {
      link.closing = true;
      this.links.delete(cameraId);
      this.log.warn(`disconnected: ${reason}`, { cameraId });
      this.events.emit('disconnected', { cameraId, reason, expected: false });
    }
    void this.scan().catch(() => undefined);
  }

  /** Leaves `connected`: stops the loops, then exits the old camera handle. */
  private drop(link: GpLink, state: 'reconnecting'): void {
    link.state = state;
    link.streaming = false;
    if (!link.cameraOpen) return;
    link.cameraOpen = false;
    const old = link.camera;
    void this.hooks.detach(link).then(() => this.library.run(() => this.api.close(old)));
  }

  private async reopen(link: GpLink, detected: GpDetected): Promise<void> {
    try {
      link.camera = await this.library.run(() => this.api.open(detected.port));
    } catch (err) {
      this.log.debug(`reconnect attempt failed: ${(err as Error).message}`, { cameraId: link.cameraId });
      return;
    }
    link.port = detected.port;
    link.state = 'connected';
    link.cameraOpen = true;
    try {
      await this.hooks.prepare(link);
    } catch (err) {
      this.log.debug(`reconnect failed: ${(err as Error).message}`, { cameraId: link.cameraId });
      if (link.state === 'connected') this.drop(link, 'reconnecting');
      return;
    }
    this.hooks.attach(link);
    this.log.info('reconnected', { cameraId: link.cameraId });
    this.events.emit('connected', { cameraId: link.cameraId, mode: link.mode });
  }

  /** The connected link of a camera, optionally restricted to connection modes. */
  link(cameraId: string, modes?: readonly ConnectionMode[]): GpLink {
    const link = this.links.get(cameraId);
    if (!link) {
      if (!this.started || !this.cams.has(cameraId))
        throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is not connected`);
    }
    if (link.state !== 'connected')
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is reconnecting`);
    if (modes) link.requireMode(modes);
    return link;
  }

  /** The link of a camera if connected (any state). */
  find(cameraId: string): GpLink | undefined {
    return this.links.get(cameraId);
  }
}
