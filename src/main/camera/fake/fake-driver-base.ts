import type { FocusFrame, LiveViewFrame } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';

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
    return new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
  }

  async listSettingsFiles(_cameraId: string): Promise<string[]> {
    return [];
  }

  async downloadSettings(): Promise<void> {}

  async uploadSettings(): Promise<void> {}

  async importLut(): Promise<void> {}

  async getFingerprint(_cameraId: string): Promise<string | null> {
    return null;
  }
}
