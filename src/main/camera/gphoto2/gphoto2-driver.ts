import { makeDir } from '../../core/bounded-fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CameraCommand,
  type CameraInfo,
  type CardFile,
  type CardSlot,
  type ConnectionMode,
  type FocusFrame,
  type LiveViewFrame,
  type RawProperty,
  type RawValue,
  type SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { TypedEmitter } from '../../core/typed-emitter';
import { createLogger, type Logger } from '../../core/logger';
import { prepareSaveInfo } from '../save-info-folder';
import { liveViewStatusOf, osdUnsupported, OSD_UNSUPPORTED, saveInfoOf } from '../link-views';
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../driver';
import type { Gphoto2Api } from './gp-api';
import { GpCapture } from './gp-capture';
import { GpCard, type CardRef } from './gp-card';
import { runCommand } from './gp-commands';
import { GpEventPump } from './gp-event-pump';
import type { GpLink } from './gp-link';
import { GpLiveView } from './gp-live-view';
import { GpProperties } from './gp-properties';
import { GpSession } from './gp-session';

/** Options of {@link Gphoto2Driver}. */
export interface Gphoto2DriverOptions {
  /** Re-autodetect interval for hot-plug, ms (default 2000; 0 = only on demand). */
  hotplugIntervalMs?: number;
  /** `gp_camera_wait_for_event` timeout per turn of the event loop, ms (default 50; 2.5.30 blocks twice that). */
  eventTimeoutMs?: number;
  /** Parent of the default save folders (default os.tmpdir()). */
  saveRoot?: string;
  logger?: Logger;
}

const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];
const NO_FILES = (what: string) =>
  new TetherError(ErrorCode.NotSupported, `${what} are Sony features; libgphoto2 bodies have none`);

/**
 * Every camera libgphoto2 speaks to (Canon, Nikon, Fujifilm, Panasonic, Olympus, older Sony — PTP over USB),
 * behind the CameraDriver contract. libgphoto2's C API is called through koffi (KoffiGphoto2), or through any
 * other Gphoto2Api (the boundary fake in tests). Connection modes are the studio's: `remote` shoots,
 * `contents` browses the card, `remote-transfer` does both.
 */
export class Gphoto2Driver implements CameraDriver {
  readonly kind = 'gphoto2' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  private readonly log: Logger;
  private readonly session: GpSession;
  private readonly props: GpProperties;
  private readonly card: GpCard;
  private readonly shots: GpCapture;
  private readonly live: GpLiveView;
  private readonly pump: GpEventPump;
  private readonly saveRoot: string;

  constructor(
    private readonly api: Gphoto2Api,
    options: Gphoto2DriverOptions = {},
  ) {
    this.log = options.logger ?? createLogger('camera:gphoto2');
    this.saveRoot = options.saveRoot ?? tmpdir();
    this.props = new GpProperties(api, this.events, this.log);
    this.card = new GpCard(api);
    this.shots = new GpCapture(api, this.card, this.events, this.log);
    this.live = new GpLiveView(api, this.events, this.log);
    this.pump = new GpEventPump(
      api,
      {
        propertiesChanged: (link) => this.props.scheduleRefresh(link),
        fileAdded: (link, folder, name) => this.shots.cameraAdded(link, folder, name),
      },
      this.log,
      options.eventTimeoutMs ?? 50,
    );
    this.session = new GpSession(
      api,
      this.events,
      this.log,
      {
        prepare: (link) => this.prepare(link),
        attach: (link) => this.pump.start(link),
        detach: async (link) => {
          this.props.forget(link);
          await this.live.stop(link).catch(() => undefined);
          await this.pump.done(link);
        },
      },
      options,
    );
  }

  private async prepare(link: GpLink): Promise<void> {
    await this.props.load(link);
    link.storages = await link.call((cam) => this.api.storage(cam)).catch(() => []);
    const serial = link.widgets.get('serialnumber')?.value;
    if (typeof serial === 'string' && serial) this.session.setSerial(link.cameraId, serial);
    if (!link.saveInfo && link.mode !== 'contents') {
      const path = join(this.saveRoot, `tether-gphoto2-${link.cameraId.replace(/[^\w.-]/g, '_')}`);
      await makeDir(path, { what: 'the download folder' });
      link.saveInfo = { path, prefix: 'DSC', startNo: 1 };
    }
  }

  async start(): Promise<void> {
    return this.session.start();
  }

  async stop(): Promise<void> {
    return this.session.stop();
  }

  version(): string {
    return `libgphoto2 ${this.api.version()}`;
  }

  async listCameras(): Promise<CameraInfo[]> {
    return this.session.listCameras();
  }

  async connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void> {
    await this.session.connect(cameraId, mode, options?.reconnect ?? false);
  }

  async disconnect(cameraId: string): Promise<void> {
    return this.session.disconnect(cameraId);
  }

  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return this.props.all(this.session.link(cameraId));
  }

  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    const wanted = new Set(codes);
    return this.props.all(this.session.link(cameraId)).filter((p) => wanted.has(p.code));
  }

  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    return this.props.set(this.session.link(cameraId, SHOOTING), code, value);
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    const emitAf = (state: DriverEventMap['afStatus']['state']) =>
      this.events.emit('afStatus', { cameraId, state });
    return runCommand({ api: this.api, capture: this.shots, emitAf }, link, command);
  }

  async setAfAreaPosition(cameraId: string, _x: number, _y: number): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw new TetherError(ErrorCode.NotSupported, 'moving the AF area is not available through libgphoto2');
  }

  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    this.session.link(cameraId, SHOOTING);
    return [];
  }

  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    this.session.link(cameraId, SHOOTING);
    return [];
  }

  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    return this.live.setEnabled(this.session.link(cameraId, SHOOTING), enabled);
  }

  async startLiveView(cameraId: string): Promise<void> {
    this.live.start(this.session.link(cameraId, SHOOTING));
  }

  async stopLiveView(cameraId: string): Promise<void> {
    const link = this.session.find(cameraId);
    if (link) await this.live.stop(link);
  }

  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    return liveViewStatusOf(this.session.find(cameraId));
  }

  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.session.find(cameraId)?.latest ?? null;
  }

  async setOsdEnabled(cameraId: string, _enabled: boolean): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw osdUnsupported('libgphoto2');
  }

  getOsdStatus(_cameraId: string): { supported: boolean; enabled: boolean } {
    return { ...OSD_UNSUPPORTED };
  }

  getLatestOsdFrame(_cameraId: string): LiveViewFrame | null {
    return null;
  }

  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    const checked = await prepareSaveInfo(info);
    link.saveInfo = checked;
    link.nextNumber = checked.startNo;
  }

  getSaveInfo(cameraId: string): SaveInfo | null {
    return saveInfoOf(this.session.find(cameraId));
  }

  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return this.card.slots(this.session.link(cameraId));
  }

  async listContents(cameraId: string, slot: number): Promise<CardFile[]> {
    return this.card.list(this.session.link(cameraId), slot);
  }

  async getContentImage(
    cameraId: string,
    ref: CardRef,
    kind: 'thumbnail' | 'screennail',
  ): Promise<Uint8Array> {
    return this.card.image(this.session.link(cameraId), ref, kind);
  }

  async openContent(cameraId: string, ref: CardRef, options?: OpenContentOptions): Promise<ContentStream> {
    return this.card.open(this.session.link(cameraId), ref, options);
  }

  async listSettingsFiles(cameraId: string): Promise<string[]> {
    this.session.link(cameraId, SHOOTING);
    return [];
  }

  async downloadSettings(cameraId: string, _filename: string, _hostPath: string): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw NO_FILES('Camera settings files');
  }

  async uploadSettings(cameraId: string, _hostPath: string): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw NO_FILES('Camera settings files');
  }

  async importLut(cameraId: string, _hostPath: string, _slot: number): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw NO_FILES('LUT slots');
  }

  async getFingerprint(cameraId: string): Promise<string | null> {
    await this.session.known(cameraId);
    return null; // USB bodies need no access authentication
  }
}
