import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  LiveViewFrame,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { TypedEmitter } from '../../core/typed-emitter';
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../driver';
import { FakeCard } from './fake-card';
import { FakeDriverBase } from './fake-driver-base';
import {
  FAKE_JPEG,
  newFakeCamera,
  notFound,
  reported,
  requireRemoteControl,
  stage,
  replugBody,
  takeShot,
  unplugBody,
  type FakeCamera,
} from './fake-body';
import { StreamGate } from './fake-stream';

export type { FakeCamera } from './fake-body';

/** Options of {@link FakeDriver}. */
export interface FakeDriverOptions {
  cameras?: number;
  /** Properties every camera starts with. */
  props?: RawProperty[];
  /** Bytes per chunk of card streams (default 64 KiB). */
  chunkSize?: number;
  /** Emit live-view frames by themselves at this interval while streaming (default: only `emitFrame`). */
  frameIntervalMs?: number;
  /** False: a body that cannot reconnect by itself (an unplug is always a lost connection). Default true. */
  selfReconnect?: boolean;
  /** Camera ids are `<idPrefix>-<n>` (default `fake`): fakes side by side need distinct ids. */
  idPrefix?: string;
}

/**
 * A small in-memory CameraDriver for studio unit tests. It passes the driver contract suite (see
 * `fake-driver.contract.test.ts`): priority-key gating, connection modes, AF then a shot to the host or the
 * card, one card stream at a time (CAMERA_BUSY 0x8D03), self-reconnect after a replug. Fault hooks: stream
 * errors after N bytes, busy refusals, unplug / replug, AF behaviour, gated streams, manual frames.
 */
export class FakeDriver extends FakeDriverBase implements CameraDriver {
  readonly kind = 'sim' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  readonly cameras = new Map<string, FakeCamera>();
  /** Every command sent, in order. */
  readonly commands: { cameraId: string; command: CameraCommand }[] = [];
  /** Call counts tests assert on. */
  readonly calls = { startLiveView: 0, stopLiveView: 0, connect: 0, getSelected: 0, openContent: 0 };
  /** Card-stream faults, pacing and statistics (busy, fail at N bytes, gates, offsets opened). */
  readonly card: FakeCard;
  /** How the fake answers S1 lock and AF-shutter; `hunt` reports not-focused first (an AF-C lens still searching), then focus. */
  afBehaviour: 'focus' | 'fail' | 'never' | 'hunt' = 'focus';
  private seq = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: FakeDriverOptions = {}) {
    super();
    this.card = new FakeCard(options.chunkSize ?? 65536);
    for (let i = 1; i <= (options.cameras ?? 1); i++) {
      const cam = newFakeCamera(i, options.props, options.idPrefix);
      this.cameras.set(cam.info.id, cam);
    }
  }

  // ---- fault and scenario hooks ----

  /** The next `n` opens of card files throw CAMERA_BUSY. */
  busyNext(n: number): void {
    this.card.busyLeft = n;
  }

  /** The next opened stream errors with DISCONNECTED at byte `at` (file position), then calls `onFail`. */
  failNextStreamAt(at: number, onFail?: () => void): void {
    this.card.nextFault = { at, onFail };
  }

  /** The next opened stream pauses at byte `at` until the returned gate is released. */
  gateNextStreamAt(at: number): StreamGate {
    this.card.nextGate = new StreamGate(at);
    return this.card.nextGate;
  }

  /** Cable pulled: `reconnecting` (connected with reconnect) or an unexpected `disconnected`, then `cameraRemoved`. */
  unplug(cameraId: string): void {
    this.stopFrames(cameraId);
    unplugBody(this.events, this.cam(cameraId), this.options.selfReconnect !== false);
  }

  /** Cable back in: `cameraAdded`; a body that was reconnecting comes back by itself (`connected`). */
  replug(cameraId: string): void {
    replugBody(this.events, this.cam(cameraId));
  }

  /** Adds a file to the card and returns its listing entry. */
  addCardFile(cameraId: string, name: string, data: Uint8Array, extra: Partial<CardFile> = {}): CardFile {
    return this.card.add(this.cam(cameraId).files, name, data, extra);
  }

  /** Writes a shot into the save-info folder and emits `downloadComplete` (auto-download). */
  async stageShot(cameraId: string, filename: string, data: Uint8Array): Promise<string> {
    const shot = await stage(this.cam(cameraId), filename, data);
    this.events.emit('downloadComplete', { cameraId, ...shot });
    return shot.stagedPath;
  }

  /** Emits one live-view frame when streaming; returns it (or null). */
  emitFrame(cameraId: string, jpeg: Uint8Array = FAKE_JPEG): LiveViewFrame | null {
    const cam = this.cam(cameraId);
    if (!cam.liveView.streaming) return null;
    const frame: LiveViewFrame = {
      cameraId,
      seq: ++this.seq,
      timestamp: Date.now(),
      width: 640,
      height: 424,
      jpeg,
    };
    cam.latest = frame;
    this.events.emit('frame', frame);
    return frame;
  }

  // ---- CameraDriver ----

  async start(): Promise<void> {
    for (const cam of this.cameras.values())
      if (cam.present) this.events.emit('cameraAdded', { ...cam.info });
  }

  async stop(): Promise<void> {
    for (const [id, cam] of this.cameras) {
      this.stopFrames(id);
      cam.connected = false;
      cam.reconnecting = false;
    }
  }

  version(): string {
    return 'fake-1.0';
  }

  async listCameras(): Promise<CameraInfo[]> {
    return [...this.cameras.values()]
      .filter((c) => c.present)
      .map((c) => ({ ...c.info, connected: c.connected, ...(c.connected ? { mode: c.mode } : {}) }));
  }

  async connect(
    cameraId: string,
    mode: ConnectionMode,
    options: { reconnect?: boolean } = {},
  ): Promise<void> {
    this.calls.connect++;
    const cam = this.cam(cameraId);
    if (!cam.present) throw notFound(cameraId);
    if (cam.connected)
      throw new TetherError(ErrorCode.AlreadyConnected, `Camera ${cameraId} is already connected`);
    Object.assign(cam, { connected: true, mode, reconnect: options.reconnect ?? false, reconnecting: false });
    this.events.emit('connected', { cameraId, mode });
  }

  async disconnect(cameraId: string): Promise<void> {
    const cam = this.cam(cameraId);
    this.stopFrames(cameraId);
    Object.assign(cam, { connected: false, reconnecting: false, mode: undefined });
    cam.liveView.streaming = false;
    this.events.emit('disconnected', { cameraId, reason: 'requested', expected: true });
  }

  async getProperties(cameraId: string): Promise<RawProperty[]> {
    const cam = this.live(cameraId);
    return [...cam.props.values()].map((p) => reported(cam, p));
  }

  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    this.calls.getSelected++;
    const cam = this.live(cameraId);
    return codes.flatMap((c) => (cam.props.has(c) ? [reported(cam, cam.props.get(c) as RawProperty)] : []));
  }

  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    const cam = this.live(cameraId);
    const prop = cam.props.get(code);
    if (!prop) throw new TetherError(ErrorCode.UnknownProperty, `code ${code}`);
    requireRemoteControl(cam, `setting 0x${code.toString(16)}`, code);
    if (!prop.writable) throw new TetherError(ErrorCode.PropertyNotWritable, `code ${code} not writable`);
    if (prop.available.length > 0 && !prop.available.includes(value))
      throw new TetherError(ErrorCode.ValueNotAvailable, `value ${value}`);
    prop.value = value;
    setImmediate(() => this.events.emit('propertyChanged', { cameraId, codes: [code] }));
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    const cam = this.live(cameraId);
    requireRemoteControl(cam, command.type);
    this.commands.push({ cameraId, command });
    const af = command.type === 'afShutter' || (command.type === 's1' && command.action === 'lock');
    if (af && this.afBehaviour !== 'never') {
      const state = this.afBehaviour === 'focus' ? 'focused' : 'failed';
      setImmediate(() => {
        this.events.emit('afStatus', { cameraId, state: 'focusing' });
        this.events.emit('afStatus', { cameraId, state });
        if (this.afBehaviour === 'hunt')
          setImmediate(() => this.events.emit('afStatus', { cameraId, state: 'focused' }));
      });
    }
    if (command.type === 'afShutter' || (command.type === 'release' && command.action === 'down'))
      setImmediate(() => void takeShot(this.events, this.card, cameraId, cam));
  }

  async setAfAreaPosition(cameraId: string): Promise<void> {
    this.live(cameraId);
  }
  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    this.live(cameraId).liveView.enabled = enabled;
  }
  async startLiveView(cameraId: string): Promise<void> {
    this.calls.startLiveView++;
    this.live(cameraId).liveView.streaming = true;
    const every = this.options.frameIntervalMs;
    if (every && !this.timers.has(cameraId))
      this.timers.set(
        cameraId,
        setInterval(() => this.emitFrame(cameraId), every),
      );
  }
  async stopLiveView(cameraId: string): Promise<void> {
    this.calls.stopLiveView++;
    this.stopFrames(cameraId);
    this.live(cameraId).liveView.streaming = false;
  }
  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    return { ...this.cam(cameraId).liveView };
  }
  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.cam(cameraId).latest;
  }
  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<void> {
    this.live(cameraId).saveInfo = { ...info };
  }
  getSaveInfo(cameraId: string): SaveInfo | null {
    return this.cam(cameraId).saveInfo;
  }

  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return [{ slot: 1, status: 'ok', remainingPhotos: 999, fileCount: this.live(cameraId).files.length }];
  }

  async listContents(cameraId: string, slot: number): Promise<CardFile[]> {
    const cam = this.live(cameraId);
    if (cam.mode === 'remote')
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        'card access needs remote-transfer or contents mode',
      );
    return cam.files.filter((f) => f.file.slot === slot).map((f) => ({ ...f.file }));
  }

  async openContent(
    cameraId: string,
    ref: { slot: number; contentId: number; fileId: number },
    options: OpenContentOptions = {},
  ): Promise<ContentStream> {
    this.calls.openContent++;
    return this.card.open(cameraId, this.live(cameraId).files, ref, options);
  }

  private stopFrames(cameraId: string): void {
    clearInterval(this.timers.get(cameraId));
    this.timers.delete(cameraId);
  }

  private cam(cameraId: string): FakeCamera {
    const cam = this.cameras.get(cameraId);
    if (!cam) throw notFound(cameraId);
    return cam;
  }

  private live(cameraId: string): FakeCamera {
    const cam = this.cam(cameraId);
    if (!cam.connected) throw new TetherError(ErrorCode.NotConnected, `Camera ${cameraId} is not connected`);
    return cam;
  }
}
