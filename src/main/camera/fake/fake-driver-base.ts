import { writeFile } from 'node:fs/promises';
import type { FocusFrame, LiveViewFrame } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { FAKE_JPEG } from './fake-body';

/** The parts of CameraDriver the studio services never exercise in unit tests: inert answers. */
export abstract class FakeDriverBase {
  async getFocusFrames(_cameraId: string): Promise<FocusFrame[]> {
    return [];
  }

  async getTrackingFrames(_cameraId: string): Promise<FocusFrame[]> {
    return [];
  }

  async setOsdEnabled(_cameraId: string, _enabled: boolean): Promise<void> {
    throw new TetherError(ErrorCode.NotSupported, 'the fake body has no OSD');
  }

  getOsdStatus(_cameraId: string): { supported: boolean; enabled: boolean } {
    return { supported: false, enabled: false };
  }

  getLatestOsdFrame(_cameraId: string): LiveViewFrame | null {
    return null;
  }

  async getContentImage(): Promise<Uint8Array> {
    return FAKE_JPEG.slice();
  }

  async listSettingsFiles(_cameraId: string): Promise<string[]> {
    return [];
  }

  /** Writes a small settings blob where the studio asks (the file the studio then publishes). */
  async downloadSettings(_cameraId: string, filename: string, hostPath: string): Promise<void> {
    await writeFile(hostPath, `fake settings ${filename}\n`);
  }

  async uploadSettings(): Promise<void> {}

  async importLut(): Promise<void> {}

  async getFingerprint(_cameraId: string): Promise<string | null> {
    return null;
  }
}
