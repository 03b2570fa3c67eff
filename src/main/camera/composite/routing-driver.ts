import type {
  CameraCommand,
  CardFile,
  CardSlot,
  ConnectionMode,
  FocusFrame,
  LiveViewFrame,
  RawProperty,
  RawValue,
  SaveInfo,
} from '../../../shared/camera-types';
import type { CameraDriver, ContentStream, OpenContentOptions } from '../driver';

type Ref = { slot: number; contentId: number; fileId: number };

/**
 * The per-camera half of a driver made of drivers: every call about one camera goes to the driver that
 * offers that camera now. Subclasses decide who offers what (see {@link CompositeDriver}).
 */
export abstract class RoutingDriver {
  /** The driver offering `cameraId` now, if any (synchronous getters answer from it). */
  protected abstract ownerOf(cameraId: string): CameraDriver | undefined;
  /** The driver offering `cameraId`, after a fresh enumeration when unknown; CAMERA_NOT_FOUND otherwise. */
  protected abstract route(cameraId: string): Promise<CameraDriver>;

  async connect(cameraId: string, mode: ConnectionMode, options?: { reconnect?: boolean }): Promise<void> {
    return (await this.route(cameraId)).connect(cameraId, mode, options);
  }
  async disconnect(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).disconnect(cameraId);
  }
  async getProperties(cameraId: string): Promise<RawProperty[]> {
    return (await this.route(cameraId)).getProperties(cameraId);
  }
  async getSelectedProperties(cameraId: string, codes: number[]): Promise<RawProperty[]> {
    return (await this.route(cameraId)).getSelectedProperties(cameraId, codes);
  }
  async setProperty(cameraId: string, code: number, value: RawValue): Promise<void> {
    return (await this.route(cameraId)).setProperty(cameraId, code, value);
  }
  async sendCommand(cameraId: string, command: CameraCommand): Promise<void> {
    return (await this.route(cameraId)).sendCommand(cameraId, command);
  }
  async setAfAreaPosition(cameraId: string, x: number, y: number): Promise<void> {
    return (await this.route(cameraId)).setAfAreaPosition(cameraId, x, y);
  }
  async getFocusFrames(cameraId: string): Promise<FocusFrame[]> {
    return (await this.route(cameraId)).getFocusFrames(cameraId);
  }
  async getTrackingFrames(cameraId: string): Promise<FocusFrame[]> {
    return (await this.route(cameraId)).getTrackingFrames(cameraId);
  }
  async setLiveViewEnabled(cameraId: string, enabled: boolean): Promise<void> {
    return (await this.route(cameraId)).setLiveViewEnabled(cameraId, enabled);
  }
  async startLiveView(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).startLiveView(cameraId);
  }
  async stopLiveView(cameraId: string): Promise<void> {
    return (await this.route(cameraId)).stopLiveView(cameraId);
  }
  getLiveViewStatus(cameraId: string): { enabled: boolean; streaming: boolean } {
    return this.ownerOf(cameraId)?.getLiveViewStatus(cameraId) ?? { enabled: false, streaming: false };
  }
  getLatestFrame(cameraId: string): LiveViewFrame | null {
    return this.ownerOf(cameraId)?.getLatestFrame(cameraId) ?? null;
  }
  async setOsdEnabled(cameraId: string, enabled: boolean): Promise<void> {
    return (await this.route(cameraId)).setOsdEnabled(cameraId, enabled);
  }
  getOsdStatus(cameraId: string): { supported: boolean; enabled: boolean } {
    return this.ownerOf(cameraId)?.getOsdStatus(cameraId) ?? { supported: false, enabled: false };
  }
  getLatestOsdFrame(cameraId: string): LiveViewFrame | null {
    return this.ownerOf(cameraId)?.getLatestOsdFrame(cameraId) ?? null;
  }
  async setSaveInfo(cameraId: string, info: SaveInfo): Promise<void> {
    return (await this.route(cameraId)).setSaveInfo(cameraId, info);
  }
  getSaveInfo(cameraId: string): SaveInfo | null {
    return this.ownerOf(cameraId)?.getSaveInfo(cameraId) ?? null;
  }
  async getCardSlots(cameraId: string): Promise<CardSlot[]> {
    return (await this.route(cameraId)).getCardSlots(cameraId);
  }
  async listContents(cameraId: string, slot: number): Promise<CardFile[]> {
    return (await this.route(cameraId)).listContents(cameraId, slot);
  }
  async getContentImage(cameraId: string, ref: Ref, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    return (await this.route(cameraId)).getContentImage(cameraId, ref, kind);
  }
  async openContent(cameraId: string, ref: Ref, options?: OpenContentOptions): Promise<ContentStream> {
    return (await this.route(cameraId)).openContent(cameraId, ref, options);
  }
  async listSettingsFiles(cameraId: string): Promise<string[]> {
    return (await this.route(cameraId)).listSettingsFiles(cameraId);
  }
  async downloadSettings(cameraId: string, filename: string, hostPath: string): Promise<void> {
    return (await this.route(cameraId)).downloadSettings(cameraId, filename, hostPath);
  }
  async uploadSettings(cameraId: string, hostPath: string): Promise<void> {
    return (await this.route(cameraId)).uploadSettings(cameraId, hostPath);
  }
  async importLut(cameraId: string, hostPath: string, slot: number): Promise<void> {
    return (await this.route(cameraId)).importLut(cameraId, hostPath, slot);
  }
  async getFingerprint(cameraId: string): Promise<string | null> {
    return (await this.route(cameraId)).getFingerprint(cameraId);
  }
}
