import type {
  CameraCommand,
  CameraInfo,
  CardSlot,
  ConnectionMode,
  FocusFrame,
} from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CardRef, ClientFrame, NativeCapabilities, StudioClient } from '../../shared/studio-client';
import type { StudioLink } from '../../shared/studio-client';
import type { StudioMethod } from '../../shared/studio-methods';
import type {
  CaptureResult,
  SessionInfo,
  ShotImageKind,
  ShotInfo,
  StudioSettingsView,
  StudioStatus,
} from '../../shared/studio-types';
import type { CardListingFile, CardPullOptions } from '../../shared/card-import-types';
import type { TransferJob } from '../../shared/transfer-types';
import { TINY_JPEG, applyProperty, notHeld } from './fake-client-rules';
import { FakeLink } from './fake-link';
import { FakeSessions } from './fake-sessions';
import { FakeTransferClient } from './fake-transfer-client';
import { defaultProps, fakeJob } from './fixtures';

export { catalogProperty, fakeCardFile, fakeJob, fakeShot } from './fixtures';
export { fakeProperty } from './fake-client-rules';

const CAMERA: CameraInfo = {
  id: 'CAM1',
  model: 'ILCE-7M4',
  serial: '0001',
  connectionType: 'USB',
  connected: false,
  driver: 'sim',
};
const SHOOTING: readonly ConnectionMode[] = ['remote', 'remote-transfer'];

/**
 * An in-memory StudioClient for component and action tests: one camera, a few catalog properties, sessions,
 * a card. It passes the same StudioClient conformance suite as the IPC and HTTP clients: arguments are
 * checked with the shared method schemas, property input with the shared catalog parser, and the studio's
 * preconditions (unknown camera, not connected, wrong mode, unknown ids) answer with the studio's codes.
 * Records every call; `emit` pushes events; `pushFrame` frames; `fail(method, code)` rejects once.
 * The pro-shooting methods (sequences, review, presets, capture-all) live in {@link FakeProClient}, the
 * transfer queue's in {@link FakeTransferClient}.
 */
export class FakeStudioClient extends FakeTransferClient implements StudioClient {
  readonly transport = 'ipc' as const;
  /** Desktop capabilities; absent (a browser) unless a test sets them. */
  native?: NativeCapabilities;
  /** Non-null makes `shotFileUrl` answer like the HTTP transport. */
  fileUrlBase: string | null = null;
  camera: CameraInfo = { ...CAMERA };
  props: Record<string, PropertyView> = defaultProps();
  /** Sessions, the active one, the session root and the shots of the active session. */
  readonly studio = new FakeSessions((e) => this.emit(e));
  /** The card; a file with `imported` is one a session holds (skipped by `skipImported` pulls). */
  cardFiles: CardListingFile[] = [];
  /** Frame subscribers and the camera each subscribed to. */
  private readonly frameHandlers = new Map<(f: ClientFrame) => void, string>();

  /** Shots of the active session (tests set them). */
  get shots(): ShotInfo[] {
    return this.studio.shots;
  }
  set shots(list: ShotInfo[]) {
    this.studio.shots = list;
  }

  /** Delivers a frame to every frame subscriber. */
  pushFrame(frame: ClientFrame): void {
    for (const h of [...this.frameHandlers.keys()]) h(frame);
  }

  /** Number of live frame subscriptions. */
  get frameSubscribers(): number {
    return this.frameHandlers.size;
  }

  /** Number of live frame subscriptions to `cameraId`. */
  frameSubscribersOf(cameraId: string): number {
    return [...this.frameHandlers.values()].filter((id) => id === cameraId).length;
  }

  private cam(cameraId: string): CameraInfo {
    if (cameraId !== this.camera.id) throw new TetherError(ErrorCode.CameraNotFound, `No camera ${cameraId}`);
    return this.camera;
  }

  protected allCameras(): CameraInfo[] {
    return [this.camera];
  }

  protected live(cameraId: string, modes?: readonly ConnectionMode[]): CameraInfo {
    const cam = this.cam(cameraId);
    if (!cam.connected) throw new TetherError(ErrorCode.NotConnected, `Camera ${cameraId} is not connected`);
    if (modes && (!cam.mode || !modes.includes(cam.mode)))
      throw new TetherError(ErrorCode.WrongConnectionMode, `not possible in ${cam.mode} mode`);
    return cam;
  }

  private setConnection(state: 'connected' | 'disconnected', mode?: ConnectionMode): void {
    const lastMode = mode ?? this.camera.lastMode;
    this.camera = {
      ...this.camera,
      connected: state === 'connected',
      state,
      mode,
      ...(lastMode ? { lastMode } : {}),
    };
    this.emit({ event: 'connectionState', data: { cameraId: this.camera.id, state, mode } });
  }

  private call<K extends StudioMethod>(method: K, args: unknown[]): void {
    this.record(method, args);
  }

  /** What `getStatus` reports as the discovery state (tests set a failure). */
  discovery: StudioStatus['driver']['discovery'] = { ok: true };
  /** Overrides of what `getStatus` reports about the driver (tests change it as hot-plug would). */
  driver: Partial<StudioStatus['driver']> = {};

  async getStatus(): Promise<StudioStatus> {
    this.call('getStatus', []);
    return {
      version: '0.1.0',
      driver: {
        kind: 'sim',
        requested: 'auto',
        reason: 'no SDK found',
        sdkVersion: 'sim-1.0',
        discovery: this.discovery,
        ...this.driver,
      },
      uptime: 1,
      server: { enabled: true, url: null },
    };
  }
  async listCameras(): Promise<CameraInfo[]> {
    this.call('listCameras', []);
    return [{ ...this.camera }];
  }
  async connect(cameraId: string, mode?: ConnectionMode): Promise<CameraInfo> {
    this.call('connect', [cameraId, mode]);
    // Idempotent, as the studio: a connected camera stays connected in its mode.
    if (!this.cam(cameraId).connected)
      this.setConnection('connected', mode ?? this.camera.lastMode ?? 'remote');
    return { ...this.camera };
  }
  async disconnect(cameraId: string): Promise<void> {
    this.call('disconnect', [cameraId]);
    // Idempotent, as the studio: disconnecting a camera that is not connected changes nothing.
    if (this.cam(cameraId).connected) this.setConnection('disconnected');
  }
  async getProperties(cameraId: string): Promise<PropertyView[]> {
    this.call('getProperties', [cameraId]);
    this.live(cameraId);
    return Object.values(this.props);
  }
  async setProperty(cameraId: string, name: string, value: string): Promise<PropertyView> {
    this.call('setProperty', [cameraId, name, value]);
    this.live(cameraId);
    this.props[name] = applyProperty(this.props[name], name, value);
    return this.props[name];
  }
  async capture(cameraId: string, options?: { autofocus?: boolean }): Promise<CaptureResult> {
    this.call('capture', [cameraId, options]);
    this.live(cameraId, SHOOTING);
    return { focused: options?.autofocus === false ? null : true };
  }
  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    this.call('sendCommand', [cameraId, command]);
    this.live(cameraId);
  }
  async setAfAreaPosition(cameraId: string, normalized: { x: number; y: number }): Promise<void> {
    this.call('setAfAreaPosition', [cameraId, normalized]);
    this.live(cameraId);
  }
  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    this.call('getFocusFrames', [cameraId]);
    this.live(cameraId);
    return [];
  }
  async getLiveViewStatus(cameraId: string) {
    this.call('getLiveViewStatus', [cameraId]);
    const cam = this.cam(cameraId);
    return { enabled: true, streaming: cam.connected && this.frameHandlers.size > 0 };
  }
  subscribeFrames(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void {
    this.calls.push({ method: 'subscribeFrames', args: [cameraId] });
    this.frameHandlers.set(onFrame, cameraId);
    if (this.frameHandlers.size === 1) this.liveViewState(cameraId);
    return () => {
      if (this.frameHandlers.delete(onFrame) && this.frameHandlers.size === 0) this.liveViewState(cameraId);
    };
  }

  private liveViewState(cameraId: string): void {
    const streaming = this.camera.connected && this.frameHandlers.size > 0;
    if (cameraId === this.camera.id)
      this.emit({ event: 'liveViewState', data: { cameraId, enabled: true, streaming } });
  }
  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    this.call('getCardSlots', [cameraId]);
    this.live(cameraId);
    return [{ slot: 1, status: 'ok', remainingPhotos: 900, fileCount: this.cardFiles.length }];
  }
  async listCardFiles(cameraId: string, slot: number): Promise<CardListingFile[]> {
    this.call('listCardFiles', [cameraId, slot]);
    this.live(cameraId, ['remote-transfer', 'contents']);
    return this.cardFiles.filter((f) => f.slot === slot);
  }
  async getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    this.call('getCardImage', [cameraId, ref, kind]);
    this.live(cameraId, ['remote-transfer', 'contents']);
    if (!this.cardFiles.some((f) => f.contentId === ref.contentId && f.fileId === ref.fileId))
      throw new TetherError(ErrorCode.NotFound, 'no such file on the card');
    return TINY_JPEG.slice();
  }
  async pullCardFiles(cameraId: string, refs: CardRef[], options?: CardPullOptions): Promise<TransferJob[]> {
    this.call('pullCardFiles', [cameraId, refs, options]);
    this.live(cameraId, ['remote-transfer', 'contents']);
    if (options?.skipImported) refs = notHeld(refs, this.cardFiles, this.jobs);
    const jobs = refs.map((r, i) => fakeJob(`job-${this.jobs.length + i + 1}`, r, 'queued', { cameraId }));
    this.jobs.push(...jobs);
    for (const j of jobs) this.emit({ event: 'transferQueued', data: j });
    return jobs;
  }
  async listSessions(): Promise<SessionInfo[]> {
    this.call('listSessions', []);
    return this.studio.list();
  }
  async getActiveSession(): Promise<SessionInfo> {
    this.call('getActiveSession', []);
    return this.studio.active();
  }
  async createSession(name: string, template?: string): Promise<SessionInfo> {
    this.call('createSession', [name, template]);
    return this.studio.create(name, template);
  }
  async switchSession(sessionId: string): Promise<SessionInfo> {
    this.call('switchSession', [sessionId]);
    return this.studio.switchTo(sessionId);
  }
  async setNamingTemplate(template: string): Promise<SessionInfo> {
    this.call('setNamingTemplate', [template]);
    return this.studio.setTemplate(template);
  }
  async previewName(template: string): Promise<string> {
    this.call('previewName', [template]);
    return this.studio.previewName(template);
  }
  async listShots(sessionId?: string, newest?: number): Promise<ShotInfo[]> {
    this.call('listShots', [sessionId, newest]);
    const shots = this.studio.shotsOf(sessionId);
    return newest === undefined ? shots : shots.slice(-newest);
  }
  async getShotImage(shotId: string, kind: ShotImageKind): Promise<Uint8Array> {
    this.call('getShotImage', [shotId, kind]);
    this.studio.shot(shotId);
    return TINY_JPEG.slice();
  }
  async getStudioSettings(): Promise<StudioSettingsView> {
    this.call('getStudioSettings', []);
    return { sessionRoot: this.studio.root, namingTemplate: this.studio.defaultTemplate };
  }
  async setDefaultTemplate(template: string): Promise<StudioSettingsView> {
    this.call('setDefaultTemplate', [template]);
    this.studio.setDefaultTemplate(template);
    return this.getStudioSettings();
  }
  async setSessionRoot(path: string): Promise<SessionInfo> {
    this.call('setSessionRoot', [path]);
    return this.studio.setRoot(path);
  }
  shotFileUrl(shotId: string): string | null {
    return this.fileUrlBase === null ? null : `${this.fileUrlBase}/api/studio/shots/${shotId}/file`;
  }
  subscribeEvents(handler: (event: StudioEvent) => void): () => void {
    return this.listen(handler);
  }

  /** The link to the studio (tests call `link.set({state: 'down'})`). */
  readonly link = new FakeLink();
  readonly subscribeLink = (handler: (link: StudioLink) => void) => this.link.subscribe(handler);
  readonly reconnectNow = () => void this.link.reconnects++;
}
