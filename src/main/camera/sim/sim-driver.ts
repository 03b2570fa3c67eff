import { tmpdir } from 'node:os';
import {
  saveInfoSchema,
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
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../driver';
import { MAX_CARD_FILES, simCardFiles } from './card-generator';
import { DEFAULT_RATE_BYTES_PER_SEC } from './content-stream';
import type { ExposureResult } from './exposure';
import type { SimFaults } from './faults';
import { SETTINGS_FILE, downloadSettingsFile, importLutFile, uploadSettingsFile } from './settings-files';
import { SimBody } from './sim-body';
import {
  enableLiveView,
  focusFrames,
  runCommand,
  setAfAreaPosition,
  startLiveView,
  trackingFrames,
} from './sim-commands';
import { warmUpLive } from './scene-layers';
import { simCameraCount, type SimDriverOptions } from './sim-driver-options';
import { simIdentity } from './sim-models';

export { simCameraCount, type SimDriverOptions } from './sim-driver-options';

/**
 * The simulated Sony camera driver: one or more ILCE-7M4 (and ILCE-1) bodies that behave like the real
 * thing over CRSDK (see `sim-body.ts`). Besides `CameraDriver` it offers hot-plug and fault injection
 * for tests and benches: `faults(id)`, `unplug(id)`, `replug(id)`, `addCamera()`, `addCardFile()`.
 */
export class SimDriver implements CameraDriver {
  readonly kind = 'sim' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  private readonly bodies = new Map<string, SimBody>();
  private readonly log: Logger;
  private readonly bodyOptions: SimBody['options'];
  private started = false;
  private nextIndex = 0;

  constructor(options: SimDriverOptions = {}) {
    this.log = options.logger ?? createLogger('camera:sim');
    this.bodyOptions = {
      rateBytesPerSec: options.rateBytesPerSec ?? DEFAULT_RATE_BYTES_PER_SEC,
      connectDelayMs: options.connectDelayMs ?? 15,
      saveRoot: options.saveRoot ?? tmpdir(),
      now: options.now ?? (() => new Date()),
      cardFiles:
        options.cardFiles === undefined
          ? simCardFiles()
          : Math.min(MAX_CARD_FILES, Math.max(1, Math.floor(options.cardFiles))),
      log: this.log,
    };
    const count = options.cameras ?? simCameraCount();
    for (let i = 0; i < count; i++) this.createBody();
  }

  private createBody(): SimBody {
    const body = new SimBody(simIdentity(this.nextIndex++), this.events, this.bodyOptions);
    this.bodies.set(body.id, body);
    return body;
  }

  private body(cameraId: string): SimBody {
    const b = this.started ? this.bodies.get(cameraId) : undefined;
    if (!b) throw new TetherError(ErrorCode.CameraNotFound, `no camera ${cameraId}`);
    return b;
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.log.info(`simulated driver started with ${this.bodies.size} camera(s)`);
    for (const b of this.bodies.values()) if (b.plugged) this.events.emit('cameraAdded', b.info());
  }

  async stop(): Promise<void> {
    for (const b of this.bodies.values()) b.shutdown();
    this.started = false;
  }

  version(): string {
    return 'sim-1.0';
  }

  /**
   * Rasterises the live-view scene now (~350 ms of image-thread time), so a first connect does not wait
   * for it: done at connect, it held up the connect itself (the save-info folder waited behind it for the
   * thread pool) and the first frame.
   */
  warmUp(): void {
    if (this.started && this.bodies.size > 0) warmUpLive();
  }

  async listCameras(): Promise<CameraInfo[]> {
    return this.started ? [...this.bodies.values()].filter((b) => b.plugged).map((b) => b.info()) : [];
  }

  async connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void> {
    return this.body(cameraId).connect(mode, options?.reconnect ?? false);
  }

  async disconnect(cameraId: string): Promise<void> {
    return this.body(cameraId).disconnect();
  }

  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return this.body(cameraId).getProperties();
  }

  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    return this.body(cameraId).getProperties(codes);
  }

  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    return this.body(cameraId).setProperty(code, value);
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    return runCommand(this.body(cameraId), command);
  }

  async setAfAreaPosition(cameraId: string, x: number, y: number): Promise<void> {
    return setAfAreaPosition(this.body(cameraId), x, y);
  }

  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    return focusFrames(this.body(cameraId));
  }

  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    return trackingFrames(this.body(cameraId));
  }

  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    enableLiveView(this.body(cameraId), enabled);
  }

  async startLiveView(cameraId: string): Promise<void> {
    startLiveView(this.body(cameraId));
  }

  async stopLiveView(cameraId: string): Promise<void> {
    this.body(cameraId).liveView.stop();
  }

  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    const b = this.body(cameraId);
    return { enabled: b.state === 'connected' && b.liveViewEnabled, streaming: b.liveView.streaming };
  }

  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.body(cameraId).liveView.latest;
  }

  async setOsdEnabled(cameraId: string, enabled: boolean): Promise<void> {
    const b = this.body(cameraId);
    b.requireConnected(['remote', 'remote-transfer']);
    b.osdEnabled = enabled;
  }

  getOsdStatus(cameraId: string): { supported: boolean; enabled: boolean } {
    return { supported: true, enabled: this.body(cameraId).osdEnabled };
  }

  getLatestOsdFrame(cameraId: string): LiveViewFrame | null {
    const b = this.body(cameraId);
    return b.osdEnabled ? b.liveView.latestOsdFrame : null;
  }

  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<void> {
    const b = this.body(cameraId);
    b.requireConnected();
    const parsed = saveInfoSchema.safeParse(info);
    if (!parsed.success)
      throw new TetherError(ErrorCode.InvalidArgument, `invalid save info: ${parsed.error.message}`);
    b.saveInfo = parsed.data;
    b.capture.delivery.resetHostNumbering();
  }

  getSaveInfo(cameraId: string): SaveInfo | null {
    return { ...this.body(cameraId).saveInfo };
  }

  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return this.body(cameraId).cardAccess.slots();
  }

  async listContents(cameraId: string, slot: number): Promise<CardFile[]> {
    return this.body(cameraId).cardAccess.list(slot);
  }

  async getContentImage(
    cameraId: string,
    ref: { slot: number; contentId: number; fileId: number },
    kind: 'thumbnail' | 'screennail',
  ): Promise<Uint8Array> {
    return this.body(cameraId).cardAccess.image(ref, kind);
  }

  async openContent(
    cameraId: string,
    ref: { slot: number; contentId: number; fileId: number },
    options?: OpenContentOptions,
  ): Promise<ContentStream> {
    return this.body(cameraId).cardAccess.open(ref, options);
  }

  async listSettingsFiles(cameraId: string): Promise<string[]> {
    this.body(cameraId).requireConnected(['remote', 'remote-transfer']);
    return [SETTINGS_FILE];
  }

  async downloadSettings(cameraId: string, filename: string, hostPath: string): Promise<void> {
    return downloadSettingsFile(this.body(cameraId), filename, hostPath);
  }

  async uploadSettings(cameraId: string, hostPath: string): Promise<void> {
    return uploadSettingsFile(this.body(cameraId), hostPath);
  }

  async importLut(cameraId: string, hostPath: string, slot: number): Promise<void> {
    await importLutFile(this.body(cameraId), hostPath, slot);
    this.events.emit('operationResult', { cameraId, operation: 'importLut', result: 'ok' });
  }

  async getFingerprint(cameraId: string): Promise<string | null> {
    this.body(cameraId);
    return null;
  }

  // ---- simulation control (tests, benches, demo) ----

  /** Fault injection for one body. */
  faults(cameraId: string): SimFaults {
    return this.body(cameraId).faults;
  }

  /** What the body is doing internally (tests, demo): metered exposure, focus, image look. */
  inspect(cameraId: string): {
    exposure: ExposureResult;
    focusDioptres: number;
    look: { blur: number[]; level: number; step: number };
  } {
    const b = this.body(cameraId);
    return { exposure: b.props.exposure(), focusDioptres: b.focus.position(), look: b.imageLook() };
  }

  /** Pulls a body's cable. */
  unplug(cameraId: string): void {
    this.body(cameraId).unplug();
  }

  /** Plugs a body back in. */
  replug(cameraId: string): void {
    this.body(cameraId).replug();
  }

  /** Plugs in a new body (the next identity) and returns it. */
  addCamera(): CameraInfo {
    const b = this.createBody();
    if (this.started) this.events.emit('cameraAdded', b.info());
    return b.info();
  }

  /** Puts a movie file of `size` bytes on a body's card (e.g. a 2 GB clip for transfer benches). */
  addCardFile(cameraId: string, size: number, name?: string): CardFile {
    const b = this.body(cameraId);
    const file = b.card.addMovie(size, this.bodyOptions.now(), name);
    this.events.emit('contentsChanged', { cameraId, slot: 1, added: [file] });
    b.refreshCardProps();
    return file;
  }
}
