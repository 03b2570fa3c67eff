import type { CameraCommand, CameraInfo, CardFile, CardSlot, ConnectionMode, FocusFrame, LiveViewStatus } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';
import type { StudioEvent } from '../../shared/events';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CardRef, ClientFrame, StudioClient } from '../../shared/studio-client';
import type { SessionInfo, ShotInfo, StudioStatus } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import { HttpFrameSource } from './http-frame-source';
import { cardFileFromApi, focusFrameFromApi, propertiesFromBulk, propertyFromSingle } from './http-mappers';
import { cameraPaths, liveViewPaths, studioPaths as S } from './http-paths';
import { HttpApi, type FetchLike } from './http-request';
import { SseEventHub, type EventSourceCtor } from './sse-events';

type Json = Record<string, unknown>;

/** Options of the HTTP transport (tests inject fakes). */
export interface HttpClientOptions {
  /** Origin (+ prefix) of the studio server; '' = the page's origin. */
  base?: string;
  fetch?: FetchLike;
  EventSource?: EventSourceCtor;
}

/** `{success, data}` → data (studio extensions wrap their payload). */
function unwrap<T>(body: Json): T {
  return ('data' in body ? body.data : body) as T;
}

/**
 * `StudioClient` over the studio's REST API (Alpha Camera REST API v3 paths + `/api/studio/…`), one
 * EventSource per window for events, and the MJPEG stream for live view.
 */
export class HttpStudioClient implements StudioClient {
  readonly transport = 'http' as const;
  private readonly api: HttpApi;
  private readonly events: SseEventHub;
  private readonly frames = new Map<string, HttpFrameSource>();

  constructor(options: HttpClientOptions = {}) {
    const f = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.api = new HttpApi(options.base ?? '', f);
    this.events = new SseEventHub(this.api.url(S.events), options.EventSource ?? globalThis.EventSource);
  }

  async getStatus(): Promise<StudioStatus> {
    return unwrap<StudioStatus>(await this.api.json('GET', S.status));
  }

  async listCameras(): Promise<CameraInfo[]> {
    const body = await this.api.json<{ cameras?: CameraInfo[]; data?: CameraInfo[] }>('GET', S.cameras);
    return body.cameras ?? body.data ?? [];
  }

  async connect(cameraId: string, mode: ConnectionMode): Promise<void> {
    await this.api.json('POST', cameraPaths(cameraId).connection, { mode });
  }

  async disconnect(cameraId: string): Promise<void> {
    await this.api.json('DELETE', cameraPaths(cameraId).connection);
  }

  async getProperties(cameraId: string): Promise<PropertyView[]> {
    return propertiesFromBulk(await this.api.json('GET', cameraPaths(cameraId).propertiesAll));
  }

  async setProperty(cameraId: string, name: string, value: string): Promise<PropertyView> {
    const p = cameraPaths(cameraId).property(name);
    await this.api.json('PUT', p, { value });
    return propertyFromSingle(name, await this.api.json('GET', p));
  }

  async capture(cameraId: string, options: { autofocus?: boolean } = {}): Promise<void> {
    await this.api.json('POST', S.capture(cameraId), { autofocus: options.autofocus ?? false });
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    await this.api.json('POST', S.command(cameraId), command);
  }

  async setAfAreaPosition(cameraId: string, normalized: { x: number; y: number }): Promise<void> {
    await this.api.json('PUT', cameraPaths(cameraId).afAreaPosition, { normalized });
  }

  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    try {
      const body = await this.api.json<Json>('GET', cameraPaths(cameraId).afAreaPosition);
      const data = (body.data ?? {}) as Json;
      return Array.isArray(data.frames) ? data.frames.map((f) => focusFrameFromApi(f as Json)) : [];
    } catch (err) {
      // 400 = the focus area draws no movable box (Wide, face priority): no frames, not a failure.
      if (err instanceof TetherError && err.details?.status === 400) return [];
      throw err;
    }
  }

  async getLiveViewStatus(cameraId: string): Promise<LiveViewStatus> {
    const body = await this.api.json<Json>('GET', liveViewPaths(cameraId).status);
    const d = (body.data ?? {}) as Json;
    return { enabled: d.enabled === true, streaming: d.streaming === true };
  }

  subscribeFrames(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void {
    let source = this.frames.get(cameraId);
    if (!source) {
      source = new HttpFrameSource(this.api, cameraId, () => this.frames.delete(cameraId));
      this.frames.set(cameraId, source);
    }
    return source.subscribe(onFrame);
  }

  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return unwrap<CardSlot[]>(await this.api.json('GET', S.cardSlots(cameraId)));
  }

  async listCardFiles(cameraId: string, slot: number): Promise<CardFile[]> {
    const body = await this.api.json<Json>('GET', cameraPaths(cameraId).cardFiles(slot));
    const files = Array.isArray(body.files) ? body.files : Array.isArray(body.data) ? body.data : [];
    return files.map((f) => cardFileFromApi(slot, f as Json));
  }

  getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    return this.api.bytes(S.cardImage(cameraId, ref.slot, ref.contentId, ref.fileId, kind));
  }

  async pullCardFiles(cameraId: string, refs: CardRef[], options: { destDir?: string } = {}): Promise<TransferJob[]> {
    const body: Json = { files: refs.map(({ slot, contentId, fileId }) => ({ slot, contentId, fileId })) };
    if (options.destDir) body.destDir = options.destDir;
    return unwrap<TransferJob[]>(await this.api.json('POST', S.pull(cameraId), body));
  }

  async listTransfers(): Promise<TransferJob[]> {
    return unwrap<TransferJob[]>(await this.api.json('GET', S.transfers));
  }

  async cancelTransfer(jobId: string): Promise<void> {
    await this.api.json('POST', S.transferCancel(jobId));
  }

  async retryTransfer(jobId: string): Promise<void> {
    await this.api.json('POST', S.transferRetry(jobId));
  }

  async listSessions(): Promise<SessionInfo[]> {
    return unwrap<SessionInfo[]>(await this.api.json('GET', S.sessions));
  }

  async getActiveSession(): Promise<SessionInfo> {
    return unwrap<SessionInfo>(await this.api.json('GET', S.activeSession));
  }

  async createSession(name: string): Promise<SessionInfo> {
    return unwrap<SessionInfo>(await this.api.json('POST', S.sessions, { name }));
  }

  async switchSession(sessionId: string): Promise<SessionInfo> {
    return unwrap<SessionInfo>(await this.api.json('POST', S.activateSession(sessionId)));
  }

  async setNamingTemplate(template: string): Promise<SessionInfo> {
    return unwrap<SessionInfo>(await this.api.json('PUT', S.template, { template }));
  }

  async previewName(template: string): Promise<string> {
    const data = unwrap<{ name?: string } | string>(await this.api.json('GET', S.templatePreview(template)));
    if (typeof data === 'string') return data;
    if (typeof data?.name === 'string') return data.name;
    throw new TetherError(ErrorCode.Internal, 'preview answer without a name');
  }

  async listShots(sessionId?: string): Promise<ShotInfo[]> {
    return unwrap<ShotInfo[]>(await this.api.json('GET', S.shots(sessionId)));
  }

  getShotImage(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array> {
    return this.api.bytes(S.shotImage(shotId, kind));
  }

  subscribeEvents(handler: (event: StudioEvent) => void): () => void {
    return this.events.subscribe(handler);
  }
}
