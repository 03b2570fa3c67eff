import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  ConnectionMode,
  LiveViewFrame,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { CameraDriver, ContentStream, DriverEventMap, OpenContentOptions } from '../../camera/driver';
import { TypedEmitter } from '../../events/typed-emitter';
import { FakeCard } from './fake-card';
import { FakeDriverBase } from './fake-driver-base';
import { StreamGate } from './fake-stream';

/** One fake body's state; tests may read and poke it directly. */
export interface FakeCamera {
  info: CameraInfo;
  present: boolean;
  connected: boolean;
  mode?: ConnectionMode;
  props: Map<number, RawProperty>;
  files: { file: CardFile; data: Uint8Array }[];
  liveView: { enabled: boolean; streaming: boolean };
  latest: LiveViewFrame | null;
  saveInfo: SaveInfo | null;
}

/** Options of {@link FakeDriver}. */
export interface FakeDriverOptions {
  cameras?: number;
  /** Properties every camera starts with. */
  props?: RawProperty[];
  /** Bytes per chunk of card streams (default 64 KiB). */
  chunkSize?: number;
}

function notFound(id: string): TetherError {
  return new TetherError(ErrorCode.CameraNotFound, `No camera ${id}`);
}

/**
 * A small in-memory CameraDriver for studio unit tests, with fault hooks: stream errors after N bytes,
 * busy refusals, unplug / replug, AF behaviour, gated streams. One card stream per camera at a time
 * (a second open gets CAMERA_BUSY, as CRSDK's 0x8D03).
 */
export class FakeDriver extends FakeDriverBase implements CameraDriver {
  readonly kind = 'sim' as const;
  readonly events = new TypedEmitter<DriverEventMap>();
  readonly cameras = new Map<string, FakeCamera>();
  /** Every command sent, in order. */
  readonly commands: { cameraId: string; command: CameraCommand }[] = [];
  /** Live-view start/stop counts. */
  readonly calls = { startLiveView: 0, stopLiveView: 0, connect: 0, getSelected: 0, openContent: 0 };
  /** Card-stream faults, pacing and statistics (busy, fail at N bytes, gates, offsets opened). */
  readonly card: FakeCard;
  /** How the fake answers S1 lock. */
  /** `hunt`: reports not-focused first (an AF-C lens still searching), then focus. */
  afBehaviour: 'focus' | 'fail' | 'never' | 'hunt' = 'focus';
  private seq = 0;

  constructor(options: FakeDriverOptions = {}) {
    super();
    this.card = new FakeCard(options.chunkSize ?? 65536);
    for (let i = 1; i <= (options.cameras ?? 1); i++) {
      const id = `fake-${i}`;
      this.cameras.set(id, {
        info: {
          id,
          model: 'ILCE-7M4',
          serial: `000${i}`,
          connectionType: 'USB',
          connected: false,
          driver: 'sim',
        },
        present: true,
        connected: false,
        props: new Map((options.props ?? []).map((p) => [p.code, { ...p, available: [...p.available] }])),
        files: [],
        liveView: { enabled: true, streaming: false },
        latest: null,
        saveInfo: null,
      });
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

  /** Link lost: `disconnected` (unexpected) then `cameraRemoved`; open streams error. */
  unplug(cameraId: string): void {
    const cam = this.cam(cameraId);
    const was = cam.connected;
    cam.connected = false;
    cam.present = false;
    cam.liveView.streaming = false;
    if (was) this.events.emit('disconnected', { cameraId, reason: 'unplugged', expected: false });
    this.events.emit('cameraRemoved', { cameraId });
  }

  /** The camera is back (`cameraAdded`); the studio reconnects it. */
  replug(cameraId: string): void {
    const cam = this.cam(cameraId);
    cam.present = true;
    this.events.emit('cameraAdded', { ...cam.info });
  }

  /** Adds a file to the card and returns its listing entry. */
  addCardFile(cameraId: string, name: string, data: Uint8Array, extra: Partial<CardFile> = {}): CardFile {
    return this.card.add(this.cam(cameraId).files, name, data, extra);
  }

  /** Writes a shot into the save-info folder and emits `downloadComplete` (auto-download). */
  async stageShot(cameraId: string, filename: string, data: Uint8Array): Promise<string> {
    const dir = this.cam(cameraId).saveInfo?.path;
    if (!dir) throw new Error('no save-info set');
    await mkdir(dir, { recursive: true });
    const stagedPath = join(dir, filename.replace(/[\\/]/g, '_'));
    await writeFile(stagedPath, data);
    this.events.emit('downloadComplete', { cameraId, filename, stagedPath, size: data.length });
    return stagedPath;
  }

  /** Emits one live-view frame when streaming; returns it (or null). */
  emitFrame(
    cameraId: string,
    jpeg: Uint8Array = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
  ): LiveViewFrame | null {
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
    for (const cam of this.cameras.values()) cam.connected = false;
  }

  version(): string {
    return 'fake-1.0';
  }

  async listCameras(): Promise<CameraInfo[]> {
    return [...this.cameras.values()]
      .filter((c) => c.present)
      .map((c) => ({ ...c.info, connected: c.connected }));
  }

  async connect(cameraId: string, mode: ConnectionMode): Promise<void> {
    this.calls.connect++;
    const cam = this.cam(cameraId);
    if (!cam.present) throw notFound(cameraId);
    cam.connected = true;
    cam.mode = mode;
    this.events.emit('connected', { cameraId, mode });
  }

  async disconnect(cameraId: string): Promise<void> {
    const cam = this.cam(cameraId);
    cam.connected = false;
    cam.liveView.streaming = false;
    this.events.emit('disconnected', { cameraId, reason: 'requested', expected: true });
  }

  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return [...this.live(cameraId).props.values()].map((p) => ({ ...p, available: [...p.available] }));
  }

  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    this.calls.getSelected++;
    const props = this.live(cameraId).props;
    return codes.flatMap((c) =>
      props.has(c)
        ? [{ ...(props.get(c) as RawProperty), available: [...(props.get(c) as RawProperty).available] }]
        : [],
    );
  }

  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    const prop = this.live(cameraId).props.get(code);
    if (!prop) throw new TetherError(ErrorCode.UnknownProperty, `code ${code}`);
    if (!prop.writable) throw new TetherError(ErrorCode.PropertyNotWritable, `code ${code} not writable`);
    if (prop.available.length > 0 && !prop.available.includes(value))
      throw new TetherError(ErrorCode.ValueNotAvailable, `value ${value}`);
    prop.value = value;
    setImmediate(() => this.events.emit('propertyChanged', { cameraId, codes: [code] }));
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    this.live(cameraId);
    this.commands.push({ cameraId, command });
    if (command.type === 's1' && command.action === 'lock' && this.afBehaviour !== 'never') {
      const state = this.afBehaviour === 'focus' ? 'focused' : 'failed';
      setImmediate(() => {
        this.events.emit('afStatus', { cameraId, state });
        if (this.afBehaviour === 'hunt')
          setImmediate(() => this.events.emit('afStatus', { cameraId, state: 'focused' }));
      });
    }
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
  }
  async stopLiveView(cameraId: string): Promise<void> {
    this.calls.stopLiveView++;
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

  async getCardSlots(
    cameraId: string,
  ): Promise<{ slot: number; status: 'ok'; remainingPhotos: number; fileCount: number }[]> {
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
