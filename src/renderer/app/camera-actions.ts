import type { ConnectionMode } from '../../shared/camera-types';
import type { StudioClient } from '../../shared/studio-client';
import { asErrorValue } from '../features/errors/error-messages';
import type { StudioStore } from '../store/store';
import { coalesced } from './coalesce';
import type { FrameWarmup } from './frame-warmup';
import { savePrefs, type UiPrefs } from './prefs';

/** Camera list, connection lifecycle and properties: client calls whose results land in the store. */
export class CameraActions {
  /** Re-reads a camera's properties; bursts of change events collapse into one trailing re-read. */
  readonly refreshProperties: (cameraId: string) => Promise<void>;
  /** False in a window that only shows the live view: connecting is the studio window's business. */
  autoConnectHere = true;
  constructor(
    private readonly client: StudioClient,
    private readonly store: StudioStore,
    private readonly frames?: FrameWarmup,
  ) {
    this.refreshProperties = coalesced(async (cameraId) => {
      const s = this.store.getState();
      if (s.connections[cameraId]?.state !== 'connected') return;
      try {
        s.setProperties(cameraId, await this.client.getProperties(cameraId));
      } catch (err) {
        const e = asErrorValue(err);
        s.setNotice(cameraId, { kind: 'error', code: e.code, message: e.message, at: Date.now() });
      }
    });
  }

  private get prefs(): UiPrefs {
    return this.store.getState().prefs;
  }

  /** Updates and persists the UI preferences (kept in the store); may trigger auto-connect. */
  setPrefs(patch: Partial<UiPrefs>): void {
    const prefs = { ...this.prefs, ...patch };
    this.store.getState().setPrefs(prefs);
    savePrefs(prefs);
    if (patch.autoConnect) void this.maybeAutoConnect();
  }

  /** Loads studio status and the camera list, then properties of connected cameras. */
  async loadCameras(): Promise<void> {
    const s = this.store.getState();
    const [status, cameras] = await Promise.all([
      this.client.getStatus().catch(() => null),
      this.client.listCameras(),
    ]);
    if (status) s.setStudioStatus(status);
    s.setCameras(cameras);
    await Promise.all(cameras.filter((c) => c.connected).map((c) => this.refreshProperties(c.id)));
  }

  /** Re-reads the studio status (which driver offers the cameras can change with hot-plug under `auto`). */
  async refreshStatus(): Promise<void> {
    const status = await this.client.getStatus().catch(() => null);
    if (status) this.store.getState().setStudioStatus(status);
  }

  /** Connects when auto-connect is on and exactly one camera is present and idle. */
  async maybeAutoConnect(): Promise<void> {
    const { cameras, connections } = this.store.getState();
    if (!this.autoConnectHere || !this.prefs.autoConnect || cameras.length !== 1) return;
    const id = cameras[0].id;
    if ((connections[id]?.state ?? 'disconnected') !== 'disconnected') return;
    await this.connect(id).catch(() => undefined);
  }

  /** The mode a connect without one uses: the camera's previous mode (a pull waits for it), else the prefs'. */
  private defaultMode(cameraId: string): ConnectionMode {
    return this.store.getState().cameras.find((c) => c.id === cameraId)?.lastMode ?? this.prefs.mode;
  }

  /** Connects in `mode`; the store tracks connecting → connected (or back to disconnected with a notice). */
  async connect(cameraId: string, mode: ConnectionMode = this.defaultMode(cameraId)): Promise<void> {
    const s = this.store.getState();
    s.setNotice(cameraId, null);
    s.setConnection(cameraId, 'connecting', mode);
    try {
      // Idempotent: a camera another client connected meanwhile stays in its mode, which the answer says.
      const info = await this.client.connect(cameraId, mode);
      this.connectedIn(cameraId, info.mode ?? mode);
      await this.refreshProperties(cameraId);
    } catch (err) {
      const e = asErrorValue(err);
      const st = this.store.getState();
      if (e.code === 'ALREADY_CONNECTED') {
        await this.loadCameras();
        return;
      }
      st.setConnection(cameraId, 'disconnected');
      st.setNotice(cameraId, { kind: 'error', code: e.code, message: e.message, at: Date.now() });
      throw err;
    }
  }

  /**
   * The camera is connected in `mode` (by this window, the studio's own reconnect or another client):
   * Connect and auto-connect use that mode next, so a reconnect after a drop restores "Remote + card".
   */
  connectedIn(cameraId: string, mode: ConnectionMode): void {
    const s = this.store.getState();
    // The live view about to show this camera gets its stream opened now, ahead of the re-render.
    if (mode !== 'contents' && s.viewer === 'live' && s.activeCameraId === cameraId)
      this.frames?.start(cameraId);
    s.setConnection(cameraId, 'connected', mode);
    // Warnings about the lost link ("a copy paused…", "reconnecting…") are over once it is back.
    if (s.notices[cameraId]?.kind === 'warning') s.setNotice(cameraId, null);
    if (this.prefs.mode !== mode) this.setPrefs({ mode });
  }

  /** Disconnects and forgets the camera's properties. */
  async disconnect(cameraId: string): Promise<void> {
    try {
      await this.client.disconnect(cameraId);
    } finally {
      const s = this.store.getState();
      s.setConnection(cameraId, 'disconnected');
      s.clearProperties(cameraId);
    }
  }

  /** Reconnects in another mode (e.g. to reach the card). */
  async switchMode(cameraId: string, mode: ConnectionMode): Promise<void> {
    this.setPrefs({ mode });
    if (this.store.getState().connections[cameraId]?.state === 'connected') await this.disconnect(cameraId);
    await this.connect(cameraId, mode);
  }

  /** Writes a property; the store shows the write as pending, then the camera's answer or the error. */
  async setProperty(cameraId: string, name: string, value: string): Promise<void> {
    const s = this.store.getState();
    s.setWritePending(cameraId, name, true);
    s.setWriteError(cameraId, name, null);
    try {
      const view = await this.client.setProperty(cameraId, name, value);
      this.store.getState().mergeProperties(cameraId, [view]);
    } catch (err) {
      const e = asErrorValue(err);
      this.store.getState().setWriteError(cameraId, name, e);
      // The camera's real value may differ from what the control shows: re-read.
      void this.refreshProperties(cameraId);
    } finally {
      this.store.getState().setWritePending(cameraId, name, false);
    }
  }
}
