import { alphaExtensionRoutes } from '../../shared/api/alpha-routes-extensions';
import { alphaRoutes } from '../../shared/api/alpha-routes';
import { fillPath } from '../../shared/api/route-types';

/** Live-view paths of one camera (Alpha API + the studio's MJPEG push stream). */
export function liveViewPaths(cameraId: string) {
  const p = { cameraId };
  return {
    start: fillPath(alphaRoutes.startLiveViewStream.path, p),
    stop: fillPath(alphaRoutes.stopLiveViewStream.path, p),
    frame: fillPath(alphaRoutes.getLiveViewFrame.path, p),
    stream: fillPath(alphaExtensionRoutes.streamLiveView.path, p),
  };
}

/** The all-cameras SSE stream (one EventSource per window). */
export const EVENTS_PATH = alphaRoutes.subscribeAllEvents.path;
