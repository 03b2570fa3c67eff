import { studioRoutes as R } from '../../shared/api/studio-routes';
import { fillPath } from '../../shared/api/route-types';
import type {
  CameraCommand,
  CameraInfo,
  CardFile,
  CardSlot,
  ConnectionMode,
  FocusFrame,
  LiveViewStatus,
} from '../../shared/camera-types';
import type { StudioEvent } from '../../shared/events';
import type { PropertyView } from '../../shared/properties/property-view';
import type { CardRef, ClientFrame, StudioClient } from '../../shared/studio-client';
import type { SessionInfo, ShotInfo, StudioSettingsView, StudioStatus } from '../../shared/studio-types';
import type { TransferJob } from '../../shared/transfer-types';
import { HttpFrameSource } from './http-frame-source';
import { EVENTS_PATH } from './http-paths';
import { HttpApi, type FetchLike } from './http-request';
import { SseEventHub, type EventSourceCtor } from './sse-events';

/** Options of the HTTP transport (tests inject fakes). */
export interface HttpClientOptions {
  /** Origin (+ prefix) of the studio server; '' = the page's origin. */
  base?: string;
  fetch?: FetchLike;
  EventSource?: EventSourceCtor;
}

/**
 * `StudioClient` over the studio's REST API: the `/api/studio/…` extensions (one call per method, answers
 * validated against the shared route schemas), the Alpha `/api/events` SSE stream (one EventSource per
 * window), and the MJPEG push stream for live view.
 */
export class HttpStudioClient implements StudioClient {
  readonly transport = 'http' as const;
  private readonly api: HttpApi;
  private readonly events: SseEventHub;
  private readonly frames = new Map<string, HttpFrameSource>();

  constructor(options: HttpClientOptions = {}) {
    const f = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.api = new HttpApi(options.base ?? '', f);
    this.events = new SseEventHub(this.api.url(EVENTS_PATH), options.EventSource ?? globalThis.EventSource);
  }

  getStatus(): Promise<StudioStatus> {
    return this.api.call(R.studioStatus);
  }

  listCameras(): Promise<CameraInfo[]> {
    return this.api.call(R.studioListCameras);
  }

  async connect(cameraId: string, mode: ConnectionMode): Promise<void> {
    await this.api.call(R.studioConnect, { params: { cameraId }, body: { mode } });
  }

  async disconnect(cameraId: string): Promise<void> {
    await this.api.call(R.studioDisconnect, { params: { cameraId } });
  }

  getProperties(cameraId: string): Promise<PropertyView[]> {
    return this.api.call(R.studioGetProperties, { params: { cameraId } });
  }

  setProperty(cameraId: string, name: string, value: string): Promise<PropertyView> {
    return this.api.call(R.studioSetProperty, { params: { cameraId, name }, body: { value } });
  }

  async capture(cameraId: string, options: { autofocus?: boolean } = {}): Promise<void> {
    await this.api.call(R.studioCapture, {
      params: { cameraId },
      body: { autofocus: options.autofocus ?? false },
    });
  }

  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    await this.api.call(R.studioSendCommand, { params: { cameraId }, body: command });
  }

  async setAfAreaPosition(cameraId: string, normalized: { x: number; y: number }): Promise<void> {
    await this.api.call(R.studioSetAfArea, { params: { cameraId }, body: normalized });
  }

  getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    return this.api.call(R.studioFocusFrames, { params: { cameraId } });
  }

  async getLiveViewStatus(cameraId: string): Promise<LiveViewStatus> {
    const s = await this.api.call<LiveViewStatus>(R.studioLiveViewStatus, { params: { cameraId } });
    return { enabled: s.enabled, streaming: s.streaming };
  }

  subscribeFrames(cameraId: string, onFrame: (frame: ClientFrame) => void): () => void {
    let source = this.frames.get(cameraId);
    if (!source) {
      source = new HttpFrameSource(this.api, cameraId, () => this.frames.delete(cameraId));
      this.frames.set(cameraId, source);
    }
    return source.subscribe(onFrame);
  }

  getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return this.api.call(R.studioCardSlots, { params: { cameraId } });
  }

  listCardFiles(cameraId: string, slot: number): Promise<CardFile[]> {
    return this.api.call(R.studioCardFiles, { params: { cameraId, slot } });
  }

  getCardImage(cameraId: string, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    return this.api.bytes(fillPath(R.studioCardImage.path, { cameraId, ...pick(ref), kind }));
  }

  pullCardFiles(
    cameraId: string,
    refs: CardRef[],
    options: { destDir?: string } = {},
  ): Promise<TransferJob[]> {
    const body = options.destDir
      ? { refs: refs.map(pick), destDir: options.destDir }
      : { refs: refs.map(pick) };
    return this.api.call(R.studioPullCardFiles, { params: { cameraId }, body });
  }

  listTransfers(): Promise<TransferJob[]> {
    return this.api.call(R.studioListTransfers);
  }

  async cancelTransfer(jobId: string): Promise<void> {
    await this.api.call(R.studioCancelTransfer, { params: { jobId } });
  }

  async retryTransfer(jobId: string): Promise<void> {
    await this.api.call(R.studioRetryTransfer, { params: { jobId } });
  }

  listSessions(): Promise<SessionInfo[]> {
    return this.api.call(R.studioListSessions);
  }

  getActiveSession(): Promise<SessionInfo> {
    return this.api.call(R.studioActiveSession);
  }

  createSession(name: string): Promise<SessionInfo> {
    return this.api.call(R.studioCreateSession, { body: { name } });
  }

  switchSession(sessionId: string): Promise<SessionInfo> {
    return this.api.call(R.studioSwitchSession, { params: { sessionId } });
  }

  setNamingTemplate(template: string): Promise<SessionInfo> {
    return this.api.call(R.studioSetTemplate, { body: { template } });
  }

  async previewName(template: string): Promise<string> {
    const r = await this.api.call<{ name: string }>(R.studioPreviewName, { query: { template } });
    return r.name;
  }

  listShots(sessionId?: string): Promise<ShotInfo[]> {
    return this.api.call(R.studioListShots, { query: { sessionId } });
  }

  getShotImage(shotId: string, kind: 'thumbnail' | 'preview'): Promise<Uint8Array> {
    return this.api.bytes(fillPath(R.studioShotImage.path, { shotId, kind }));
  }

  getStudioSettings(): Promise<StudioSettingsView> {
    return this.api.call(R.studioGetSettings);
  }

  setSessionRoot(path: string): Promise<SessionInfo> {
    return this.api.call(R.studioSetSessionRoot, { body: { path } });
  }

  /** The download URL (served as an attachment under the shot's file name; the token cookie authenticates it). */
  shotFileUrl(shotId: string): string {
    return this.api.url(fillPath(R.studioShotFile.path, { shotId }));
  }

  subscribeEvents(handler: (event: StudioEvent) => void): () => void {
    return this.events.subscribe(handler);
  }
}

/** Only the three ref fields (a CardFile may be passed where a CardRef is expected). */
function pick({ slot, contentId, fileId }: CardRef): CardRef {
  return { slot, contentId, fileId };
}
