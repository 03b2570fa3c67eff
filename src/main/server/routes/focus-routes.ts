import { alphaRoutes } from '../../../shared/api/alpha-routes';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { Studio } from '../../app/studio';
import type { ServerContext } from '../server-context';
import { alphaFrame, cameraOk, cameraSummary } from './alpha-envelope';

/** AF and tracking frames are live-view properties: the body reports nothing while live view is off. */
function requireStreaming(studio: Pick<Studio, 'cameras' | 'liveView'>, cameraId: string): void {
  studio.cameras.requireConnected(cameraId, ['remote', 'remote-transfer']);
  if (!studio.liveView.status(cameraId).streaming) {
    throw new TetherError(
      ErrorCode.OperationRejected,
      'Live view is not running: start it with POST /api/cameras/{id}/live-view/start',
    );
  }
}

/** AF area position (get/set) and the tracking frame. */
export function registerFocusRoutes(ctx: ServerContext<'cameras' | 'capture' | 'liveView'>): void {
  const { studio, routes } = ctx;

  routes.add(alphaRoutes.getAFAreaPosition, async ({ params }) => {
    const camera = cameraSummary(studio, params.cameraId);
    requireStreaming(studio, params.cameraId);
    const frames = await studio.capture.getFocusFrames(params.cameraId);
    if (frames.length === 0) {
      throw new TetherError(
        ErrorCode.OperationRejected,
        'No AF frame available: the current focus area has no movable box (e.g. Wide or face priority)',
      );
    }
    return {
      success: true,
      camera,
      data: { available: true, frame_count: frames.length, frames: frames.map(alphaFrame) },
    };
  });

  routes.add(alphaRoutes.setAFAreaPosition, async ({ params, body }) => {
    cameraSummary(studio, params.cameraId);
    if (body.normalized) await studio.capture.setAfAreaNormalized(params.cameraId, body.normalized);
    else await studio.capture.setAfArea(params.cameraId, body.x ?? 0, body.y ?? 0);
    return cameraOk(studio, params.cameraId, 'AF area position set; read it back to see where it landed');
  });

  routes.add(alphaRoutes.getTrackingFrame, async ({ params }) => {
    const camera = cameraSummary(studio, params.cameraId);
    requireStreaming(studio, params.cameraId);
    const frames = await studio.capture.getTrackingFrames(params.cameraId);
    return {
      success: true,
      camera,
      data: { available: true, frame_count: frames.length, frames: frames.map(alphaFrame) },
    };
  });
}
