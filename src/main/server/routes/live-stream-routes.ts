import { alphaExtensionRoutes } from '../../../shared/api/alpha-routes';
import { base64SseFrame, jpegBuffer, jsonSseFrame, mjpegPartHeader } from '../live-view/frame-cache';
import { openPushStream } from '../live-view/push-stream';
import { SSE_HEADERS } from '../sse/sse-frame';
import { headOnly } from './event-routes';
import type { ServerContext } from '../server-context';
import { cameraOk, cameraSummary } from './alpha-envelope';

const BOUNDARY = 'tetherframe';
const CRLF = Buffer.from('\r\n');

/** Push live view: MJPEG, the SSE stream of base64 frames (capped), and closing open streams. */
export function registerLiveStreamRoutes(ctx: ServerContext<'cameras' | 'liveView'>): void {
  const { studio, routes, streams } = ctx;
  const prepare = (cameraId: string) => {
    cameraSummary(studio, cameraId);
    studio.cameras.requireConnected(cameraId, ['remote', 'remote-transfer']);
  };

  routes.add(alphaExtensionRoutes.streamLiveView, ({ params, request, reply }) => {
    const { cameraId } = params;
    prepare(cameraId);
    const head = headOnly(request, reply, `multipart/x-mixed-replace; boundary=${BOUNDARY}`);
    if (head) return head;
    streams.assertCanOpenMjpegStream();
    openPushStream({
      cameraId,
      kind: 'mjpeg',
      res: reply.raw,
      takeOver: () => reply.hijack(),
      registry: streams,
      headers: {
        'Content-Type': `multipart/x-mixed-replace; boundary=${BOUNDARY}`,
        'Cache-Control': 'no-cache, no-store',
        Pragma: 'no-cache',
        Connection: 'keep-alive',
      },
      subscribe: (onFrame) => studio.liveView.subscribe(cameraId, onFrame),
      encode: (frame) => [mjpegPartHeader(frame, BOUNDARY), jpegBuffer(frame), CRLF],
      epilogue: Buffer.from(`--${BOUNDARY}--\r\n`),
      stallFrames: ctx.stallFrames,
      initial: studio.liveView.latest(cameraId),
    });
    return reply;
  });

  routes.add(alphaExtensionRoutes.liveViewImageEvents, ({ params, query, request, reply }) => {
    const { cameraId } = params;
    prepare(cameraId);
    const head = headOnly(request, reply, SSE_HEADERS['Content-Type']);
    if (head) return head;
    streams.assertCanOpenImageStream();
    const encode = query.format === 'json' ? jsonSseFrame : base64SseFrame;
    openPushStream({
      cameraId,
      kind: 'image-sse',
      res: reply.raw,
      takeOver: () => reply.hijack(),
      registry: streams,
      headers: { ...SSE_HEADERS },
      subscribe: (onFrame) => studio.liveView.subscribe(cameraId, onFrame),
      encode: (frame) => [encode(frame)],
      preamble: Buffer.from(': live view\n\n'),
      stallFrames: ctx.stallFrames,
      initial: studio.liveView.latest(cameraId),
    });
    return reply;
  });

  routes.add(alphaExtensionRoutes.closeLiveViewStreams, ({ params }) => {
    cameraSummary(studio, params.cameraId);
    const closed = streams.close(params.cameraId);
    return cameraOk(studio, params.cameraId, `Closed ${closed} stream(s)`, { closed });
  });
}
