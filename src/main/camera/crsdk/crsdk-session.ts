import type { CameraInfo, CardFile, ConnectionMode } from '../../../shared/camera-types';
import { ErrorCode, TetherError, isTetherError, toErrorValue } from '../../../shared/errors';
import type { DiscoveryState } from '../../../shared/studio-types';
import type { TypedEmitter } from '../../core/typed-emitter';
import type { Logger } from '../../core/logger';
import type { DriverEventMap } from '../driver';
import { TC_MODE, type NativeCameraInfo, type NativeStats } from './abi';
import { CR_ERROR } from './native-errors';
import { CameraLink } from './camera-link';
import { CardAccess } from './card-access';
import { EventPump } from './event-pump';
import { routeEvent, type RouterHost } from './event-router';
import { LiveViewCopier } from './live-view';
import type { NativeApi } from './native-api';

/** Session tunables (a subset of CrsdkDriverOptions). */
export interface SessionOptions {
  queueCapacity?: number;
  hotplugIntervalMs?: number;
  connectTimeoutMs?: number;
  /** Where Cr_Core looks for its transport adapters (named in discovery errors). */
  adapterDir?: string;
}

/**
 * The SDK context and every connection: init/release, the event pump, enumeration and hot-plug, connect and
 * disconnect (both complete asynchronously in the SDK; the bridge waits for the callbacks), and the lookups
 * every driver call starts with.
 */
export class CrsdkSession {
  private ctx = 0;
  private pump: EventPump | null = null;
  private started = false;
  private hotplug: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private readonly cameras = new Map<string, NativeCameraInfo>();
  private readonly byId = new Map<string, CameraLink>();
  private readonly byDevice = new Map<number, CameraLink>();
  private readonly connecting = new Set<string>();
  private discovery: DiscoveryState = { ok: true };
  private readonly card: CardAccess;
  private readonly host: RouterHost;

  constructor(
    private readonly api: NativeApi,
    private readonly events: TypedEmitter<DriverEventMap>,
    private readonly log: Logger,
    private readonly options: SessionOptions,
  ) {
    this.card = new CardAccess(api);
    this.host = {
      events,
      log,
      copier: new LiveViewCopier(api),
      linkByDevice: (d) => this.byDevice.get(d),
      links: () => this.byId.values(),
      lostLink: (link, reason) => this.lose(link, reason),
      refreshCameras: () => void this.refresh().catch(() => undefined),
      readValue: async (link, code) =>
        (await api.properties(link.device, [code])).find((p) => p.code === code)?.current,
      allCodes: async (link) => (await api.properties(link.device)).map((p) => p.code),
      listSlot: (link, slot): Promise<CardFile[]> => this.card.list(link, slot),
    };
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.ctx = await this.api.init(this.options.queueCapacity ?? 4096);
    this.pump = new EventPump(this.api.raw, this.ctx, {
      onEvent: (ev) => routeEvent(this.host, ev),
      onError: (err) => this.log.warn(`event pump: ${(err as Error).message}`),
    });
    this.pump.start();
    this.started = true;
    const { version, standin } = this.api.sdkVersion();
    this.log.info(`CRSDK ${version}${standin ? ' (stand-in SDK)' : ''} started`);
    // A failing enumeration does not stop the driver: it is reported and retried with the hot-plug scan.
    await this.refresh();
    const every = this.options.hotplugIntervalMs ?? 2000;
    if (every > 0) {
      this.hotplug = setInterval(() => void this.refresh(), every);
      this.hotplug.unref();
    }
  }

  /** Whether enumeration works now, and why not. */
  discoveryState(): DiscoveryState {
    return { ...this.discovery };
  }

  private discovered(err: unknown): void {
    const was = this.discovery;
    const checkedAt = Date.now();
    const adapterDir = this.options.adapterDir;
    if (!err) {
      this.discovery = { ok: true, checkedAt, ...(adapterDir ? { adapterDir } : {}) };
      if (!was.ok) {
        this.log.info('camera discovery works again');
        this.events.emit('discovery', this.discoveryState());
      }
      return;
    }
    const e = toErrorValue(err);
    const sdkCode = isTetherError(err) ? err.details?.sdkCode : undefined;
    const message =
      sdkCode === CR_ERROR.AdaptorCreate
        ? `Sony's Cr_Core found no transport adapters (0x8703): it loads them from ${adapterDir ?? 'CrAdapter/ beside the executable'}, which is missing. Start with \`npm run serve\` or the app, which put them there (native/README.md, "Where CrAdapter goes")`
        : e.message;
    this.discovery = { ok: false, message, code: e.code, checkedAt, ...(adapterDir ? { adapterDir } : {}) };
    if (was.ok || was.message !== message) {
      this.log.warn(`camera discovery failed (retrying): ${message}`);
      this.events.emit('discovery', this.discoveryState());
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    if (this.hotplug) clearInterval(this.hotplug);
    this.hotplug = null;
    const links = [...this.byId.values()];
    for (const link of links) {
      link.closing = true;
      link.streaming = false;
      link.events.emit('gone', new TetherError(ErrorCode.Disconnected, 'driver stopped'));
    }
    this.discovery = { ok: true };
    this.byId.clear();
    this.byDevice.clear();
    await this.refreshing?.catch(() => undefined);
    // Releasing the context disconnects every device, wakes the pump's wait and frees the SDK.
    await this.api.release(this.ctx).catch((err) => this.log.warn(`SDK release: ${(err as Error).message}`));
    await this.pump?.done;
    this.pump = null;
    this.ctx = 0;
    for (const link of links)
      this.events.emit('disconnected', { cameraId: link.cameraId, reason: 'driver stopped', expected: true });
    this.cameras.clear();
  }

  /** Bridge counters for this context. */
  stats(): NativeStats {
    return this.api.stats(this.ctx);
  }

  private info(cam: NativeCameraInfo): CameraInfo {
    const link = this.byId.get(cam.id);
    return {
      id: cam.id,
      model: cam.model,
      serial: cam.serial,
      connectionType: cam.connectionType,
      connected: link?.state === 'connected',
      driver: 'crsdk',
      ...(cam.usbPid ? { usb: { vendorId: 0x054c, productId: cam.usbPid } } : {}),
      ...(link
        ? { mode: link.mode, state: link.state }
        : { state: this.connecting.has(cam.id) ? 'connecting' : 'disconnected' }),
    };
  }

  /**
   * Re-enumerates (coalesced) and emits cameraAdded/cameraRemoved for the differences. Never rejects: a
   * failing enumeration keeps the last known list and is reported as the discovery state.
   */
  refresh(): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.refreshing ??= (async () => {
      try {
        let found: NativeCameraInfo[];
        try {
          found = await this.api.enumerate(this.ctx, 1);
        } catch (err) {
          if (this.started) this.discovered(err);
          return;
        }
        if (!this.started) return;
        this.discovered(null);
        const seen = new Set(found.map((c) => c.id));
        for (const cam of found) {
          const isNew = !this.cameras.has(cam.id);
          this.cameras.set(cam.id, cam);
          if (isNew) this.events.emit('cameraAdded', this.info(cam));
        }
        for (const id of [...this.cameras.keys()]) {
          if (seen.has(id) || this.byId.get(id)?.state === 'connected') continue;
          this.cameras.delete(id);
          this.events.emit('cameraRemoved', { cameraId: id });
        }
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  async listCameras(): Promise<CameraInfo[]> {
    if (!this.started) return [];
    await this.refresh();
    return [...this.cameras.values()].map((c) => this.info(c));
  }

  /** Throws CAMERA_NOT_FOUND unless the camera is (or, after a fresh scan, becomes) known. */
  async known(cameraId: string): Promise<void> {
    if (!this.started)
      throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId} (driver not started)`);
    if (this.cameras.has(cameraId) || this.byId.has(cameraId)) return;
    await this.refresh();
    if (!this.cameras.has(cameraId)) throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
  }

  async connect(cameraId: string, mode: ConnectionMode, reconnect: boolean): Promise<CameraLink> {
    if (this.byId.has(cameraId) || this.connecting.has(cameraId))
      throw new TetherError(ErrorCode.AlreadyConnected, `camera ${cameraId} is already connected`);
    await this.known(cameraId);
    this.connecting.add(cameraId);
    let device: number;
    try {
      device = await this.api.connect(
        this.ctx,
        cameraId,
        TC_MODE[mode],
        reconnect,
        this.options.connectTimeoutMs ?? 10_000,
      );
    } catch (err) {
      if (isTetherError(err, ErrorCode.NotFound))
        throw new TetherError(ErrorCode.CameraNotFound, `camera ${cameraId} is not present`);
      throw err;
    } finally {
      this.connecting.delete(cameraId);
    }
    const link = new CameraLink(cameraId, device, mode);
    this.byId.set(cameraId, link);
    this.byDevice.set(device, link);
    this.log.info(`connected (${mode})`, { cameraId });
    this.events.emit('connected', { cameraId, mode });
    return link;
  }

  async disconnect(cameraId: string): Promise<void> {
    const link = this.byId.get(cameraId);
    if (!link) {
      await this.known(cameraId);
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is not connected`);
    }
    link.closing = true;
    link.streaming = false;
    this.forget(link, new TetherError(ErrorCode.Disconnected, 'disconnected by request'));
    const answered = await this.api.disconnect(link.device, 5000);
    if (!answered)
      this.log.warn('the camera did not confirm the disconnect in time; released anyway', { cameraId });
    this.log.info('disconnected (requested)', { cameraId });
    this.events.emit('disconnected', { cameraId, reason: 'requested', expected: true });
  }

  private forget(link: CameraLink, err: TetherError): void {
    this.byId.delete(link.cameraId);
    this.byDevice.delete(link.device);
    link.events.emit('gone', err);
  }

  /** An unrequested loss: report it, free the SDK device, rescan. */
  private lose(link: CameraLink, reason: string): void {
    link.closing = true;
    link.streaming = false;
    this.forget(link, new TetherError(ErrorCode.Disconnected, reason));
    this.log.warn(`disconnected: ${reason}`, { cameraId: link.cameraId });
    this.events.emit('disconnected', { cameraId: link.cameraId, reason, expected: false });
    void this.api.disconnect(link.device, 1000).catch(() => undefined);
    void this.refresh().catch(() => undefined);
  }

  /** The connected link of a camera, optionally restricted to connection modes. */
  link(cameraId: string, modes?: readonly ConnectionMode[]): CameraLink {
    const link = this.byId.get(cameraId);
    if (!link) {
      if (!this.started || !this.cameras.has(cameraId))
        throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is not connected`);
    }
    if (link.state !== 'connected')
      throw new TetherError(ErrorCode.NotConnected, `camera ${cameraId} is reconnecting`);
    if (modes && !modes.includes(link.mode)) {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        `not available in ${link.mode} mode (needs ${modes.join(' or ')})`,
        { mode: link.mode },
      );
    }
    return link;
  }

  /** The link of a camera if connected (any state). */
  find(cameraId: string): CameraLink | undefined {
    return this.byId.get(cameraId);
  }
}
