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
import { CR } from '../../../shared/properties/codes';
import { TypedEmitter } from '../../core/typed-emitter';
import { createLogger, type Logger } from '../../core/logger';
import { prepareSaveInfo } from '../save-info-folder';
import { liveViewStatusOf, osdUnsupported, OSD_UNSUPPORTED, saveInfoOf } from '../link-views';
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../driver';
import { CardAccess, type CardRef } from './card-access';
import { runCommand } from './commands';
import { CrsdkSession } from './crsdk-session';
import { SETTINGS_FILE, SettingsFiles } from './settings-files';
import { toFocusFrame, writeType } from './property-mapping';
import type { NativeApi } from './native-api';
import { PropertyAccess } from './property-access';

/** Options of {@link CrsdkDriver}. */
export interface CrsdkDriverOptions {
  /** Bridge event queue capacity (default 4096). */
  queueCapacity?: number;
  /** Re-enumeration interval for hot-plug, ms (default 2000; 0 = only on demand). */
  hotplugIntervalMs?: number;
  /** How long a connect may wait for OnConnected (default 10 s). */
  connectTimeoutMs?: number;
  /** How long a property write waits for the camera to report the new value (default 3 s). */
  propertyWaitMs?: number;
  /** Live-view poll interval inside the bridge, ms (default 8). */
  livePollMs?: number;
  /** Parent of default save-info and staging folders (default os.tmpdir()). */
  saveRoot?: string;
  /** Where Cr_Core looks for its transport adapters (named in discovery errors). */
  adapterDir?: string;
  logger?: Logger;
}

const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/**
 * The Sony Camera Remote SDK driver: CameraDriver over the flat C ABI (`native/include/tether_crsdk.h`) with
 * koffi. Connection bookkeeping and events live in CrsdkSession; properties in PropertyAccess; card files in
 * CardAccess. Works the same against Sony's Cr_Core and the stand-in.
 */
export class CrsdkDriver implements CameraDriver {
  readonly kind = 'crsdk' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  private readonly log: Logger;
  private readonly session: CrsdkSession;
  private readonly props: PropertyAccess;
  private readonly card: CardAccess;
  private readonly settings: SettingsFiles;
  private readonly saveRoot: string;

  constructor(
    private readonly api: NativeApi,
    private readonly options: CrsdkDriverOptions = {},
  ) {
    this.log = options.logger ?? createLogger('camera:crsdk');
    this.saveRoot = options.saveRoot ?? tmpdir();
    this.session = new CrsdkSession(api, this.events, this.log, options);
    this.props = new PropertyAccess(api, this.session, options.propertyWaitMs ?? 3000);
    this.card = new CardAccess(api, this.saveRoot);
    this.settings = new SettingsFiles(api, this.saveRoot);
  }

  async start(): Promise<void> {
    return this.session.start();
  }

  async stop(): Promise<void> {
    return this.session.stop();
  }

  discoveryState() {
    return this.session.discoveryState();
  }

  version(): string {
    const { version, standin } = this.api.sdkVersion();
    return standin ? `${version}-standin` : version;
  }

  async listCameras(): Promise<CameraInfo[]> {
    return this.session.listCameras();
  }

  async connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void> {
    const link = await this.session.connect(cameraId, mode, options?.reconnect ?? false);
    if (mode === 'contents') return;
    // Without save info the SDK writes shots into the process's working directory: point it somewhere sane.
    const info = {
      path: join(this.saveRoot, `tether-crsdk-${cameraId.replace(/[^\w.-]/g, '_')}`),
      prefix: 'DSC',
      startNo: 1,
    };
    try {
      await this.setSaveInfo(cameraId, info);
    } catch (err) {
      this.log.warn(`default save info failed: ${(err as Error).message}`, { cameraId: link.cameraId });
    }
  }

  async disconnect(cameraId: string): Promise<void> {
    return this.session.disconnect(cameraId);
  }

  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return this.props.all(this.session.link(cameraId));
  }

  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    return this.props.selected(this.session.link(cameraId), codes);
  }

  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    return this.props.set(this.session.link(cameraId, SHOOTING), code, value);
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    const native = await this.props.requireRemoteControl(link);
    await runCommand(
      {
        api: this.api,
        link,
        focusMode: native.find((p) => p.code === CR.FocusMode)?.current,
        hasWritable: (code) => native.some((p) => p.code === code && p.setEnabled),
        emitAf: (state) => this.events.emit('afStatus', { cameraId, state }),
      },
      command,
    );
  }

  async setAfAreaPosition(cameraId: string, x: number, y: number): Promise<void> {
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || x > 639 || y < 0 || y > 479) {
      throw new TetherError(ErrorCode.InvalidArgument, `AF position ${x},${y} outside 0..639 × 0..479`);
    }
    const link = this.session.link(cameraId, SHOOTING);
    const native = await this.props.requireRemoteControl(link);
    const type = native.find((p) => p.code === CR.AF_Area_Position)?.valueType ?? 0x0003;
    await this.api.setProperty(link.device, CR.AF_Area_Position, writeType(type), x * 0x10000 + y);
  }

  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    const link = this.session.link(cameraId, SHOOTING);
    return (await this.api.focusFrames(link.device, 1)).map((f) => toFocusFrame(f, 1));
  }

  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    const link = this.session.link(cameraId, SHOOTING);
    return (await this.api.focusFrames(link.device, 2)).map((f) => toFocusFrame(f, 2));
  }

  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    await this.api.setDeviceSetting(link.device, 0 /* Setting_Key_EnableLiveView */, enabled ? 1 : 0);
    link.liveViewEnabled = enabled;
    if (!enabled) await this.stopLiveView(cameraId);
  }

  async startLiveView(cameraId: string): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    if (!link.liveViewEnabled)
      throw new TetherError(ErrorCode.OperationRejected, 'live view is disabled on the body');
    if (link.streaming) return;
    link.streaming = true;
    try {
      await this.api.liveViewStream(link.device, true, this.options.livePollMs ?? 8);
    } catch (err) {
      link.streaming = false;
      throw err;
    }
  }

  async stopLiveView(cameraId: string): Promise<void> {
    const link = this.session.find(cameraId);
    if (!link?.streaming) return;
    link.streaming = false;
    await this.api.liveViewStream(link.device, false, 0);
  }

  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    return liveViewStatusOf(this.session.find(cameraId));
  }

  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.session.find(cameraId)?.latest ?? null;
  }

  async setOsdEnabled(cameraId: string, _enabled: boolean): Promise<void> {
    this.session.link(cameraId, SHOOTING);
    throw osdUnsupported('the CRSDK driver');
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
    await this.api.setSaveInfo(link.device, checked.path, checked.prefix, checked.startNo);
    link.saveInfo = checked;
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
    return [SETTINGS_FILE];
  }

  async downloadSettings(cameraId: string, filename: string, hostPath: string): Promise<void> {
    return this.settings.download(this.session.link(cameraId, SHOOTING), filename, hostPath);
  }

  async uploadSettings(cameraId: string, hostPath: string): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    await this.props.requireRemoteControl(link);
    await this.settings.upload(link, hostPath);
  }

  async importLut(cameraId: string, hostPath: string, slot: number): Promise<void> {
    const link = this.session.link(cameraId, SHOOTING);
    await this.props.requireRemoteControl(link);
    await this.settings.importLut(link, hostPath, slot);
    this.events.emit('operationResult', { cameraId, operation: 'importLut', result: 'ok' });
  }

  async getFingerprint(cameraId: string): Promise<string | null> {
    await this.session.known(cameraId);
    return null; // USB bodies need no access authentication
  }

  /** Bridge counters (queue depth, drops, live objects): for tests, benches and diagnostics. */
  nativeStats() {
    return this.session.stats();
  }
}
