import type { LiveViewFrame } from '../../../shared/camera-types';
import type { CameraLink } from './camera-link';
import type { NativeApi } from './native-api';

const frameInfo = Buffer.alloc(32);

/**
 * Copies live-view frames out of the bridge. The bridge's poller keeps only the newest frame; on each FRAME
 * notice the driver copies it (a memcpy) into one reused staging Buffer, then into an exact-size buffer that
 * consumers may keep (the staging buffer is overwritten by the next frame, so it is never handed out).
 */
export class LiveViewCopier {
  private staging = Buffer.alloc(512 * 1024);

  constructor(private readonly api: NativeApi) {}

  /** The newest frame for `link`, or null when nothing newer than the last one exists. */
  take(link: CameraLink): LiveViewFrame | null {
    let res = this.api.copyLatestFrame(link.device, link.lastFrameNo, this.staging, frameInfo);
    if (res && 'needed' in res) {
      this.staging = Buffer.alloc(Math.max(res.needed, this.staging.length * 2));
      res = this.api.copyLatestFrame(link.device, link.lastFrameNo, this.staging, frameInfo);
    }
    if (!res || 'needed' in res) return null;
    link.lastFrameNo = res.frameNo;
    // An exact-size copy that consumers may keep (allocUnsafeSlow: no zero-fill, no shared pool slab).
    const jpeg = Buffer.allocUnsafeSlow(res.size);
    this.staging.copy(jpeg, 0, 0, res.size);
    return {
      cameraId: link.cameraId,
      seq: res.frameNo,
      timestamp: res.timestampMs,
      width: res.width,
      height: res.height,
      jpeg,
    };
  }
}
