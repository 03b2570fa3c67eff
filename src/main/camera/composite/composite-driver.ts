import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  FocusFrame,
  LiveViewFrame,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { TypedEmitter } from '../../core/typed-emitter';
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../driver';

type Ref = { slot: number; contentId: number; fileId: number };
type EventName = keyof DriverEventMap & string;

const EVENTS: readonly EventName[] = [
  'cameraAdded',
  'cameraRemoved',
  'connected',
  'disconnected',
  'reconnecting',
  'propertyChanged',
  'afStatus',
  'downloadComplete',
  'contentsChanged',
  'frame',
  'warning',
  'error',
  'operationResult',
];

const sameUsb = (a: CameraInfo, b: CameraInfo) =>
  !!a.usb && !!b.usb && a.usb.vendorId === b.usb.vendorId && a.usb.productId === b.usb.productId;

/**
 * Several drivers as one (CRSDK and gphoto2 under `--driver auto`): cameras of all of them, calls routed by
 * camera id, events merged. Drivers are given in priority order: a body a higher driver already offers (same
 * USB vendor and product id) is hidden from the lower ones, so a Sony body seen by CRSDK and libgphoto2 is
 * offered once, by CRSDK. The studio services see one CameraDriver and never know.
 */
export class CompositeDriver implements CameraDriver {
  readonly kind = 'multi' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  private readonly owner = new Map<string, CameraDriver>();
  private readonly seen = new Map<CameraDriver, Map<string, CameraInfo>>();
  private offs: (() => void)[] = [];

  constructor(readonly drivers: readonly CameraDriver[]) {
    if (drivers.length === 0) throw new TetherError(ErrorCode.Internal, 'a composite driver needs drivers');
    for (const d of drivers) this.seen.set(d, new Map());
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

  private onAdded(driver: CameraDriver, info: CameraInfo): void {
    this.seen.get(driver)?.set(info.id, info);
    if (this.shadowed(driver, info)) return;
    const prior = this.owner.get(info.id);
    if (prior && prior !== driver) return; // an id clash: the first driver keeps it
    this.owner.set(info.id, driver);
    this.events.emit('cameraAdded', info);
    // A lower driver's twin of this body is withdrawn (unless it is in use).
    for (const d of this.drivers.slice(this.drivers.indexOf(driver) + 1))
      for (const twin of this.seen.get(d)?.values() ?? [])
        if (sameUsb(twin, info) && this.owner.get(twin.id) === d && !twin.connected) {
          this.owner.delete(twin.id);
          this.events.emit('cameraRemoved', { cameraId: twin.id });
        }
  }

  private onRemoved(driver: CameraDriver, cameraId: string): void {
    this.seen.get(driver)?.delete(cameraId);
    if (!this.visible(driver, cameraId)) return;
    this.owner.delete(cameraId);
    this.events.emit('cameraRemoved', { cameraId });
  }

  private forward(name: EventName, payload: unknown): void {
    (this.events.emit as (event: EventName, payload: unknown) => void).call(this.events, name, payload);
  }

  async start(): Promise<void> {
    for (const driver of this.drivers) {
      for (const name of EVENTS) {
        this.offs.push(
          driver.events.on(name, (payload: DriverEventMap[typeof name]) => {
            if (name === 'cameraAdded') return this.onAdded(driver, payload as CameraInfo);
            if (name === 'cameraRemoved')
              return this.onRemoved(driver, (payload as { cameraId: string }).cameraId);
            if (this.visible(driver, (payload as { cameraId: string }).cameraId)) this.forward(name, payload);
          }),
        );
      }
    }
    await Promise.all(this.drivers.map((d) => d.start()));
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.drivers.map((d) => d.stop()));
    this.offs.splice(0).forEach((off) => off());
    this.owner.clear();
  }

  version(): string {
    return this.drivers.map((d) => `${d.kind} ${d.version()}`).join(' + ');
  }

  async listCameras(): Promise<CameraInfo[]> {
    const lists = await Promise.all(this.drivers.map((d) => d.listCameras()));
    const out: CameraInfo[] = [];
    lists.forEach((cams, i) => {
      const driver = this.drivers[i];
      for (const info of cams) {
        if (!this.seen.get(driver)?.has(info.id) || !this.owner.has(info.id)) this.onAdded(driver, info);
        else this.seen.get(driver)?.set(info.id, info);
        if (this.visible(driver, info.id)) out.push(info);
      }
    });
    return out;
  }

  private async route(cameraId: string): Promise<CameraDriver> {
    const known = this.owner.get(cameraId);
    if (known) return known;
    await this.listCameras();
    const found = this.owner.get(cameraId);
    if (!found) throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
    return found;
  }

  async connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void> {
    return (await this.route(cameraId)).connect(cameraId, mode, options);
  }
  async disconnect(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).disconnect(cameraId);
  }
  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return (await this.route(cameraId)).getProperties(cameraId);
  }
  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    return (await this.route(cameraId)).getSelectedProperties(cameraId, codes);
  }
  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    return (await this.route(cameraId)).setProperty(cameraId, code, value);
  }
  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    return (await this.route(cameraId)).sendCommand(cameraId, command);
  }
  async setAfAreaPosition(cameraId: string, x: number, y: number): Promise<void> {
    return (await this.route(cameraId)).setAfAreaPosition(cameraId, x, y);
  }
  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    return (await this.route(cameraId)).getFocusFrames(cameraId);
  }
  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    return (await this.route(cameraId)).getTrackingFrames(cameraId);
  }
  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    return (await this.route(cameraId)).setLiveViewEnabled(cameraId, enabled);
  }
  async startLiveView(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).startLiveView(cameraId);
  }
  async stopLiveView(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).stopLiveView(cameraId);
  }
  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    return this.owner.get(cameraId)?.getLiveViewStatus(cameraId) ?? { enabled: false, streaming: false };
  }
  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.owner.get(cameraId)?.getLatestFrame(cameraId) ?? null;
  }
  async setOsdEnabled(cameraId: string, enabled: boolean): Promise<void> {
    return (await this.route(cameraId)).setOsdEnabled(cameraId, enabled);
  }
  getOsdStatus(cameraId: string): { supported: boolean; enabled: boolean } {
    return this.owner.get(cameraId)?.getOsdStatus(cameraId) ?? { supported: false, enabled: false };
  }
  getLatestOsdFrame(cameraId: string): LiveViewFrame | null {
    return this.owner.get(cameraId)?.getLatestOsdFrame(cameraId) ?? null;
  }
  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<void> {
    return (await this.route(cameraId)).setSaveInfo(cameraId, info);
  }
  getSaveInfo(cameraId: string): SaveInfo | null {
    return this.owner.get(cameraId)?.getSaveInfo(cameraId) ?? null;
  }
  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return (await this.route(cameraId)).getCardSlots(cameraId);
  }
  async listContents(cameraId: string, slot: number): Promise<CardFile[]> {
    return (await this.route(cameraId)).listContents(cameraId, slot);
  }
  async getContentImage(cameraId: string, ref: Ref, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    return (await this.route(cameraId)).getContentImage(cameraId, ref, kind);
  }
  async openContent(cameraId: string, ref: Ref, options?: OpenContentOptions): Promise<ContentStream> {
    return (await this.route(cameraId)).openContent(cameraId, ref, options);
  }
  async listSettingsFiles(cameraId: string): Promise<string[]> {
    return (await this.route(cameraId)).listSettingsFiles(cameraId);
  }
  async downloadSettings(cameraId: string, filename: string, hostPath: string): Promise<void> {
    return (await this.route(cameraId)).downloadSettings(cameraId, filename, hostPath);
  }
  async uploadSettings(cameraId: string, hostPath: string): Promise<void> {
    return (await this.route(cameraId)).uploadSettings(cameraId, hostPath);
  }
  async importLut(cameraId: string, hostPath: string, slot: number): Promise<void> {
    return (await this.route(cameraId)).importLut(cameraId, hostPath, slot);
  }
  async getFingerprint(cameraId: string): Promise<string | null> {
    return (await this.route(cameraId)).getFingerprint(cameraId);
  }
}
