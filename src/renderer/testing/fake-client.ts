import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  FocusFrame,
} from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CardRef, ClientFrame, NativeCapabilities, StudioClient } from '../../shared/studio-client';
import type { SessionInfo, ShotInfo, StudioStatus } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import { fakeJob } from './fixtures';

export { fakeCardFile, fakeJob, fakeShot } from './fixtures';

/** A property view with friendly values only (hex = `0x` + index) for tests. */
export function fakeProperty(
  name: string,
  label: string,
  values: string[],
  current: string,
  writable = true,
): PropertyView {
  const available = values.map((formatted, i) => ({ value: i, hex: `0x${i.toString(16)}`, formatted }));
  const cur = available.find((a) => a.formatted === current) ?? available[0];
  return {
    name,
    code: 0,
    label,
    group: 'exposure',
    value: cur.value,
    hex: cur.hex,
    formatted: cur.formatted,
    writable,
    available,
  };
}

const CAMERA: CameraInfo = {
  id: 'CAM1',
  model: 'ILCE-7M4',
  serial: '0001',
  connectionType: 'USB',
  connected: false,
  driver: 'sim',
};

/**
 * An in-memory StudioClient for component and action tests: one camera, a few properties, a session,
 * a card. Records every call; `emit` pushes events; `fail(method, code)` makes a method reject once.
 */
export class FakeStudioClient implements StudioClient {
  readonly transport = 'ipc' as const;
  /** Desktop capabilities; absent (a browser) unless a test sets them. */
  native?: NativeCapabilities;
  /** Where new sessions go; `setSessionRoot` refuses relative paths like the studio. */
  sessionRoot = '/tmp/sessions';
  /** Non-null makes `shotFileUrl` answer like the HTTP transport. */
  fileUrlBase: string | null = null;
  readonly calls: { method: string; args: unknown[] }[] = [];
  camera: CameraInfo = { ...CAMERA };
  props: Record<string, PropertyView> = {
    iso: fakeProperty('iso', 'ISO', ['ISO 100', 'ISO 200', 'ISO 400', 'ISO 800'], 'ISO 100'),
    'shutter-speed': fakeProperty('shutter-speed', 'Shutter', ['1/60', '1/125', '1/250'], '1/125'),
    aperture: fakeProperty('aperture', 'Aperture', ['f/2.8', 'f/4', 'f/5.6'], 'f/4'),
    'priority-key': fakeProperty(
      'priority-key',
      'Priority key',
      ['Camera position', 'PC Remote'],
      'PC Remote',
    ),
  };
  session: SessionInfo = {
    id: 's1',
    name: 'Test',
    folder: '/tmp/Test',
    createdAt: '2024-05-14T10:00:00Z',
    template: '{session}_{seq:4}{ext}',
    nextSeq: 1,
    shotCount: 0,
  };
  shots: ShotInfo[] = [];
  cardFiles: CardFile[] = [];
  jobs: TransferJob[] = [];
  private readonly handlers = new Set<(e: StudioEvent) => void>();
  private readonly frameHandlers = new Set<(f: ClientFrame) => void>();
  private readonly failures = new Map<string, TetherError>();

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const f = this.failures.get(method);
    if (f) {
      this.failures.delete(method);
      throw f;
    }
  }

  /** Makes the next call of `method` reject with `code`. */
  fail(method: string, code: ErrorCode, message = 'fake failure'): void {
    this.failures.set(method, new TetherError(code, message));
  }

  /** Delivers an event to every subscriber. */
  emit(event: StudioEvent): void {
    for (const h of [...this.handlers]) h(event);
  }

  /** Delivers a frame to every frame subscriber. */
  pushFrame(frame: ClientFrame): void {
    for (const h of [...this.frameHandlers]) h(frame);
  }

  /** Number of live frame subscriptions. */
  get frameSubscribers(): number {
    return this.frameHandlers.size;
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** What `getStatus` reports as the discovery state (tests set a failure). */
  discovery: StudioStatus['driver']['discovery'] = { ok: true };

  async getStatus(): Promise<StudioStatus> {
    this.record('getStatus');
    return {
      version: '0.1.0',
      driver: {
        kind: 'sim',
        requested: 'auto',
        reason: 'no SDK found',
        sdkVersion: 'sim-1.0',
        discovery: this.discovery,
      },
      uptime: 1,
      server: { enabled: true, url: null },
    };
  }
  async listCameras(): Promise<CameraInfo[]> {
    this.record('listCameras');
    return [this.camera];
  }
  async connect(cameraId: string, mode: ConnectionMode): Promise<void> {
    this.record('connect', cameraId, mode);
    this.camera = { ...this.camera, connected: true, state: 'connected', mode };
  }
  async disconnect(cameraId: string): Promise<void> {
    this.record('disconnect', cameraId);
    this.camera = { ...this.camera, connected: false, state: 'disconnected', mode: undefined };
  }
  async getProperties(cameraId: string): Promise<PropertyView[]> {
    this.record('getProperties', cameraId);
    return Object.values(this.props);
  }
  async setProperty(cameraId: string, name: string, value: string): Promise<PropertyView> {
    this.record('setProperty', cameraId, name, value);
    const p = this.props[name];
    if (!p) throw new TetherError(ErrorCode.UnknownProperty, name);
    const v = p.available.find((a) => a.hex === value || a.formatted === value);
    if (!v) throw new TetherError(ErrorCode.ValueNotAvailable, value);
    this.props[name] = { ...p, value: v.value, hex: v.hex, formatted: v.formatted };
    return this.props[name];
  }
  async capture(cameraId: string, options?: { autofocus?: boolean }): Promise<void> {
    this.record('capture', cameraId, options);
  }
  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    this.record('sendCommand', cameraId, command);
  }
  async setAfAreaPosition(cameraId: string, normalized: { x: number; y: number }): Promise<void> {
    this.record('setAfAreaPosition', cameraId, normalized);
  }
  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    this.record('getFocusFrames', cameraId);
    return [];
  }
  async getLiveViewStatus(cameraId: string) {
    this.record('getLiveViewStatus', cameraId);
    return { enabled: true, streaming: this.frameHandlers.size > 0 };
  }
  subscribeFrames(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void {
    this.calls.push({ method: 'subscribeFrames', args: [cameraId] });
    this.frameHandlers.add(onFrame);
    return () => this.frameHandlers.delete(onFrame);
  }
  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    this.record('getCardSlots', cameraId);
    return [{ slot: 1, status: 'ok', remainingPhotos: 900, fileCount: this.cardFiles.length }];
  }
  async listCardFiles(cameraId: string, slot: number): Promise<CardFile[]> {
    this.record('listCardFiles', cameraId, slot);
    return this.cardFiles.filter((f) => f.slot === slot);
  }
  async getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    this.record('getCardImage', cameraId, ref, kind);
    return new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
  }
  async pullCardFiles(
    cameraId: string,
    refs: CardRef[],
    options?: { destDir?: string },
  ): Promise<TransferJob[]> {
    this.record('pullCardFiles', cameraId, refs, options);
    const jobs = refs.map((r, i) => fakeJob(`job-${this.jobs.length + i + 1}`, r, 'queued'));
    this.jobs.push(...jobs);
    return jobs;
  }
  async listTransfers(): Promise<TransferJob[]> {
    this.record('listTransfers');
    return this.jobs;
  }
  async cancelTransfer(jobId: string): Promise<void> {
    this.record('cancelTransfer', jobId);
  }
  async retryTransfer(jobId: string): Promise<void> {
    this.record('retryTransfer', jobId);
  }
  async listSessions(): Promise<SessionInfo[]> {
    this.record('listSessions');
    return [this.session];
  }
  async getActiveSession(): Promise<SessionInfo> {
    this.record('getActiveSession');
    return this.session;
  }
  async createSession(name: string): Promise<SessionInfo> {
    this.record('createSession', name);
    this.session = { ...this.session, id: `s-${name}`, name, folder: `/tmp/${name}`, shotCount: 0 };
    this.shots = [];
    return this.session;
  }
  async switchSession(sessionId: string): Promise<SessionInfo> {
    this.record('switchSession', sessionId);
    return this.session;
  }
  async setNamingTemplate(template: string): Promise<SessionInfo> {
    this.record('setNamingTemplate', template);
    this.session = { ...this.session, template };
    return this.session;
  }
  async previewName(template: string): Promise<string> {
    this.record('previewName', template);
    return template
      .replace('{session}', this.session.name)
      .replace('{seq:4}', '0001')
      .replace('{ext}', '.JPG');
  }
  async listShots(sessionId?: string): Promise<ShotInfo[]> {
    this.record('listShots', sessionId);
    return this.shots;
  }
  async getShotImage(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array> {
    this.record('getShotImage', shotId, kind);
    return new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
  }
  async getStudioSettings(): Promise<{ sessionRoot: string }> {
    this.record('getStudioSettings');
    return { sessionRoot: this.sessionRoot };
  }
  async setSessionRoot(path: string): Promise<SessionInfo> {
    this.record('setSessionRoot', path);
    if (!path.startsWith('/')) throw new TetherError(ErrorCode.InvalidArgument, 'must be absolute');
    this.sessionRoot = path;
    this.session = { ...this.session, id: `s-${path}`, folder: `${path}/${this.session.name}`, shotCount: 0 };
    this.shots = [];
    return this.session;
  }
  shotFileUrl(shotId: string): string | null {
    return this.fileUrlBase === null ? null : `${this.fileUrlBase}/api/studio/shots/${shotId}/file`;
  }
  subscribeEvents(handler: (event: StudioEvent) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
}
