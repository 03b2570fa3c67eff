import type { CameraInfo, ConnectionMode } from '../../../shared/camera-types';
import { ErrorCode, TetherError, toErrorValue } from '../../../shared/errors';
import type { DiscoveryState } from '../../../shared/studio-types';
import type { Logger } from '../../core/logger';
import { TypedEmitter } from '../../core/typed-emitter';
import { type CameraDriver, DRIVER_EVENT_NAMES, type DriverEventMap } from '../driver';
import { FallbackHandover } from './fallback-handover';
import { RoutingDriver } from './routing-driver';

type EventName = keyof DriverEventMap & string;

const sameUsb = (a: CameraInfo, b: CameraInfo) =>
  !!a.usb && !!b.usb && a.usb.vendorId === b.usb.vendorId && a.usb.productId === b.usb.productId;

/** Options of {@link CompositeDriver}. */
export interface CompositeDriverOptions {
  /**
   * A driver whose bodies are offered only while none of `drivers` offers one (`--driver auto`: the
   * simulator). A real body plugged in withdraws them, a connected one disconnected first; they come back
   * when the last real body goes.
   */
  fallback?: CameraDriver;
  /** Where the fallback's comings and goings are logged. */
  log?: Logger;
}

/**
 * Several drivers as one (CRSDK and gphoto2 under `--driver auto`): cameras of all of them, calls routed by
 * camera id, events merged, discovery failures of any of them reported. Drivers are given in priority order:
 * a body a higher driver already offers (same USB vendor and product id) is hidden from the lower ones, so
 * a Sony body seen by CRSDK and libgphoto2 is offered once, by CRSDK. The studio services see one
 * CameraDriver and never know.
 */
export class CompositeDriver extends RoutingDriver implements CameraDriver {
  readonly kind = 'multi' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  /** Every driver in priority order, the fallback last. */
  private readonly all: readonly CameraDriver[];
  private readonly owner = new Map<string, CameraDriver>();
  private readonly seen = new Map<CameraDriver, Map<string, CameraInfo>>();
  private readonly listFailures = new Map<CameraDriver, DiscoveryState>();
  private readonly handover: FallbackHandover | null;
  private offs: (() => void)[] = [];

  constructor(
    readonly drivers: readonly CameraDriver[],
    options: CompositeDriverOptions = {},
  ) {
    super();
    if (drivers.length === 0) throw new TetherError(ErrorCode.Internal, 'a composite driver needs drivers');
    const { fallback, log } = options;
    this.all = fallback ? [...drivers, fallback] : drivers;
    for (const d of this.all) this.seen.set(d, new Map());
    this.handover = fallback
      ? new FallbackHandover({
          fallback,
          log,
          events: this.events,
          realBodies: () => this.realBodies(),
          offered: () => [...this.owner].filter(([, d]) => d === fallback).map(([id]) => id),
          offer: (info) => this.offer(fallback, info),
          withdraw: (id) => this.owner.delete(id),
        })
      : null;
  }

  /** The fallback driver (`--driver auto`: the simulator), if any. */
  get fallback(): CameraDriver | undefined {
    return this.handover?.fallback;
  }

  /** True while the fallback's bodies are offered: no real body is present. */
  fallbackOffered(): boolean {
    return !!this.handover && !this.realPresent();
  }

  /** The fallback's bodies, offered or not. */
  fallbackBodies(): CameraInfo[] {
    return this.fallback ? [...(this.seen.get(this.fallback)?.values() ?? [])] : [];
  }

  protected ownerOf(cameraId: string): CameraDriver | undefined {
    return this.owner.get(cameraId);
  }

  protected async route(cameraId: string): Promise<CameraDriver> {
    const known = this.owner.get(cameraId);
    if (known) return known;
    await this.listCameras();
    const found = this.owner.get(cameraId);
    if (!found) throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
    return found;
  }

  override async connect(
    cameraId: string,
    mode: ConnectionMode,
    options?: { reconnect?: boolean },
  ): Promise<void> {
    const driver = await this.route(cameraId);
    const connecting = driver.connect(cameraId, mode, options);
    // A fallback body withdrawn while connecting is disconnected once the connect has settled.
    if (driver === this.fallback) this.handover?.connecting(cameraId, connecting);
    return connecting;
  }

  /** The real drivers' bodies offered now. */
  realBodies(): CameraInfo[] {
    return [...this.owner]
      .filter(([, d]) => d !== this.fallback)
      .map(([id, d]) => this.seen.get(d)?.get(id))
      .filter((c): c is CameraInfo => !!c);
  }

  private realPresent(): boolean {
    for (const d of this.owner.values()) if (d !== this.fallback) return true;
    return false;
  }

  /** True when a higher-priority driver offers the same body. */
  private shadowed(driver: CameraDriver, info: CameraInfo): boolean {
    for (const d of this.drivers) {
      if (d === driver) return false;
      for (const other of this.seen.get(d)?.values() ?? []) if (sameUsb(other, info)) return true;
    }
    return false;
  }

  private visible(driver: CameraDriver, cameraId: string): boolean {
    return this.owner.get(cameraId) === driver;
  }

  /** Offers `info` as `driver`'s unless someone else has it; true when it is offered. */
  private offer(driver: CameraDriver, info: CameraInfo): boolean {
    this.seen.get(driver)?.set(info.id, info);
    const prior = this.owner.get(info.id);
    if (prior && prior !== driver) return false; // an id clash: the first driver keeps it
    this.owner.set(info.id, driver);
    this.events.emit('cameraAdded', info);
    return true;
  }

  private onAdded(driver: CameraDriver, info: CameraInfo): void {
    this.seen.get(driver)?.set(info.id, info);
    // The fallback waits for the last real body to go (FallbackHandover offers it again then).
    if (driver === this.fallback && this.realPresent()) return;
    if (this.shadowed(driver, info) || !this.offer(driver, info)) return;
    // A lower driver's twin of this body is withdrawn (unless it is in use).
    for (const d of this.drivers.slice(this.drivers.indexOf(driver) + 1))
      for (const twin of this.seen.get(d)?.values() ?? [])
        if (sameUsb(twin, info) && this.owner.get(twin.id) === d && !twin.connected) {
          this.owner.delete(twin.id);
          this.events.emit('cameraRemoved', { cameraId: twin.id });
        }
    if (driver !== this.fallback) this.handover?.update();
  }

  private onRemoved(driver: CameraDriver, cameraId: string): void {
    this.seen.get(driver)?.delete(cameraId);
    if (!this.visible(driver, cameraId)) return;
    this.owner.delete(cameraId);
    this.events.emit('cameraRemoved', { cameraId });
    if (driver !== this.fallback) this.handover?.update();
  }

  private onEvent(driver: CameraDriver, name: EventName, payload: unknown): void {
    if (name === 'cameraAdded') return this.onAdded(driver, payload as CameraInfo);
    const cameraId = (payload as { cameraId?: string }).cameraId ?? '';
    if (name === 'cameraRemoved') return this.onRemoved(driver, cameraId);
    if (name === 'discovery') return void this.events.emit('discovery', this.discoveryState());
    if (this.visible(driver, cameraId))
      (this.events.emit as (event: EventName, payload: unknown) => void).call(this.events, name, payload);
  }

  async start(): Promise<void> {
    for (const driver of this.all)
      for (const name of DRIVER_EVENT_NAMES)
        this.offs.push(driver.events.on(name, (payload: unknown) => this.onEvent(driver, name, payload)));
    await Promise.all(this.drivers.map((d) => d.start()));
    // After the real drivers' first enumeration: a body already plugged in keeps the fallback hidden.
    await this.fallback?.start();
  }

  async stop(): Promise<void> {
    await this.handover?.settled();
    await Promise.allSettled(this.all.map((d) => d.stop()));
    this.offs.splice(0).forEach((off) => off());
    this.owner.clear();
  }

  /** Every driver gets ready (the fallback simulator too: it is the body offered until a real one comes). */
  warmUp(): void {
    for (const d of this.all) d.warmUp?.();
  }

  version(): string {
    return this.all.map((d) => `${d.kind} ${d.version()}`).join(' + ');
  }

  /** Ok when every driver can enumerate; else the first failure, named by its driver. */
  discoveryState(): DiscoveryState {
    for (const d of this.all) {
      const s = this.listFailures.get(d) ?? d.discoveryState?.();
      if (s && !s.ok) return { ...s, message: `${d.kind}: ${s.message ?? 'enumeration fails'}` };
    }
    return { ok: true };
  }

  async listCameras(): Promise<CameraInfo[]> {
    const lists = await Promise.allSettled(this.all.map((d) => d.listCameras()));
    const out: CameraInfo[] = [];
    lists.forEach((listed, i) => {
      const driver = this.all[i];
      this.noteListing(driver, listed);
      // A driver whose enumeration failed keeps offering what it offered.
      const cams =
        listed.status === 'fulfilled' ? listed.value : [...(this.seen.get(driver)?.values() ?? [])];
      for (const info of cams) {
        if (!this.seen.get(driver)?.has(info.id) || !this.owner.has(info.id)) this.onAdded(driver, info);
        else this.seen.get(driver)?.set(info.id, info);
        if (this.visible(driver, info.id)) out.push(info);
      }
    });
    return out;
  }

  /** Records whether a driver's enumeration worked; reports a change as a `discovery` event. */
  private noteListing(driver: CameraDriver, listed: PromiseSettledResult<CameraInfo[]>): void {
    const was = this.listFailures.get(driver);
    if (listed.status === 'fulfilled') {
      if (!was) return;
      this.listFailures.delete(driver);
    } else {
      const e = toErrorValue(listed.reason);
      this.listFailures.set(driver, { ok: false, message: e.message, code: e.code, checkedAt: Date.now() });
      if (was?.message === e.message) return;
    }
    this.events.emit('discovery', this.discoveryState());
  }
}
