import type { LiveViewFrame, SaveInfo } from '../../shared/camera-types';
import { ErrorCode, TetherError } from '../../shared/errors';

/** The part of a connected body's link that the SDK drivers (CRSDK, libgphoto2) answer status reads from. */
export interface LinkView {
  state: 'connected' | 'reconnecting';
  liveViewEnabled: boolean;
  streaming: boolean;
  latest: LiveViewFrame | null;
  saveInfo: SaveInfo | null;
}

/** Live view of a link: enabled only while connected (a reconnecting body streams nothing). */
export function liveViewStatusOf(link: LinkView | undefined): { enabled: boolean; streaming: boolean } {
  return {
    enabled: !!link && link.state === 'connected' && link.liveViewEnabled,
    streaming: !!link?.streaming,
  };
}

/** A copy of the link's save info (callers must not change the driver's). */
export function saveInfoOf(link: LinkView | undefined): SaveInfo | null {
  return link?.saveInfo ? { ...link.saveInfo } : null;
}

/** OSD status of a driver whose SDK path has no OSD composite frames. */
export const OSD_UNSUPPORTED = Object.freeze({ supported: false, enabled: false });

/** The error a driver without OSD composite frames answers an OSD switch with. */
export function osdUnsupported(backend: string): TetherError {
  return new TetherError(ErrorCode.NotSupported, `OSD composite frames are not available through ${backend}`);
}
