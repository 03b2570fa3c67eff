import { fillPath } from '../../shared/api/route-types';
import { LIVE_VIEW_PATHS } from '../../shared/api/window-paths';

/** Live-view paths of one camera (Alpha API + the studio's MJPEG push stream). */
export function liveViewPaths(cameraId: string) {
  const p = { cameraId };
  return {
    start: fillPath(LIVE_VIEW_PATHS.start, p),
    stop: fillPath(LIVE_VIEW_PATHS.stop, p),
    frame: fillPath(LIVE_VIEW_PATHS.frame, p),
    stream: fillPath(LIVE_VIEW_PATHS.stream, p),
  };
}
