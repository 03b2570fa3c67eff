import type { FastifyReply, FastifyRequest } from 'fastify';
import { alphaRoutes } from '../../../shared/api/alpha-routes';
import type { LiveViewFrame } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { etagMatches, frameEtag, jpegBuffer } from '../live-view/frame-cache';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary } from './alpha-envelope';

const LIVE_MODES = ['remote', 'remote-transfer'] as const;

/**
 * Sends a frame as JPEG with a strong ETag; 304 when the client already has it. This is the hottest
 * endpoint (pollers at 15–30 Hz), so it writes the shared bytes straight to the socket.
 */
export function sendFrame(request: FastifyRequest, reply: FastifyReply, frame: LiveViewFrame): FastifyReply {
  const etag = frameEtag(frame);
  const notModified = etagMatches(request.headers['if-none-match'], etag);
  const body = jpegBuffer(frame);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(notModified ? 304 : 200, {
    'Content-Type': 'image/jpeg',
    ETag: etag,
    'Cache-Control': 'no-cache',
    'X-Frame-Seq': String(frame.seq),
    'X-Content-Type-Options': 'nosniff',
    ...(notModified ? {} : { 'Content-Length': body.length }),
  });
  res.end(notModified || request.method === 'HEAD' ? undefined : body);
  return reply;
}

/** Live view control (enable/disable/start/stop/status), the frame endpoint and the OSD variants. */
export function registerLiveViewRoutes(ctx: ServerContext<'cameras' | 'liveView' | 'extras'>): void {
  const { studio, routes } = ctx;
  const connected = (cameraId: string) => {
    cameraSummary(studio, cameraId);
    studio.cameras.requireConnected(cameraId, LIVE_MODES);
  };

  routes.add(alphaRoutes.enableLiveView, async ({ params }) => {
    connected(params.cameraId);
    await studio.liveView.setEnabled(params.cameraId, true);
    return cameraOk(studio, params.cameraId, 'Live view enabled');
  });

  routes.add(alphaRoutes.disableLiveView, async ({ params }) => {
    connected(params.cameraId);
    await studio.liveView.setEnabled(params.cameraId, false);
    return cameraOk(studio, params.cameraId, 'Live view disabled');
  });

  routes.add(alphaRoutes.getLiveViewStatus, ({ params }) => {
    connected(params.cameraId);
    const { enabled, streaming } = studio.liveView.status(params.cameraId);
    return { success: true, camera: cameraSummary(studio, params.cameraId), data: { enabled, streaming } };
  });

  routes.add(alphaRoutes.startLiveViewStream, async ({ params }) => {
    connected(params.cameraId);
    await studio.liveView.start(params.cameraId);
    return cameraOk(studio, params.cameraId, 'Live view streaming started');
  });

  routes.add(alphaRoutes.stopLiveViewStream, async ({ params }) => {
    connected(params.cameraId);
    await studio.liveView.stop(params.cameraId);
    return cameraOk(studio, params.cameraId, 'Live view streaming stopped');
  });

  routes.add(alphaRoutes.getLiveViewFrame, ({ params, request, reply }) => {
    const frame = studio.liveView.latest(params.cameraId);
    if (frame) return sendFrame(request, reply, frame);
    cameraSummary(studio, params.cameraId);
    throw new TetherError(ErrorCode.NoFrameAvailable, 'No frame available yet: start live view first');
  });

  routes.add(alphaRoutes.enableOSD, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    await studio.extras.setOsdEnabled(params.cameraId, true);
    return cameraOk(studio, params.cameraId, 'OSD enabled');
  });

  routes.add(alphaRoutes.disableOSD, async ({ params }) => {
    cameraSummary(studio, params.cameraId);
    await studio.extras.setOsdEnabled(params.cameraId, false);
    return cameraOk(studio, params.cameraId, 'OSD disabled');
  });

  routes.add(alphaRoutes.getOSDStatus, ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const { supported, enabled } = studio.extras.osdStatus(params.cameraId);
    return { success: true, camera: cameraSummary(studio, params.cameraId), data: { supported, enabled } };
  });

  routes.add(alphaRoutes.getOSDFrame, ({ params, request, reply }) => {
    cameraSummary(studio, params.cameraId);
    const frame = studio.extras.latestOsdFrame(params.cameraId);
    if (frame) return sendFrame(request, reply, frame);
    throw new TetherError(
      ErrorCode.NoFrameAvailable,
      'No OSD frame available: enable OSD and start live view first',
    );
  });
}
