import { cameraResponseSchema, errorResponseSchema } from './envelope';
import * as rs from './alpha-responses';
import * as rq from './alpha-requests';
import { badInput, cam, notFound, ok, rejected } from './alpha-route-helpers';
import { defineRoute } from './route-types';

/** Tether Studio additions under the Alpha paths: event polling and push live view. */
export const alphaExtensionRoutes = {
  pollEvents: defineRoute({
    operationId: 'pollEvents',
    method: 'GET',
    path: '/api/events/poll',
    summary: 'Events newer than `after` (204 when none)',
    tag: 'Events',
    query: rq.pollQuerySchema,
    responses: { 200: ok(rs.pollResponseSchema), 204: { description: 'Nothing newer' }, 400: badInput },
  }),
  streamLiveView: defineRoute({
    operationId: 'streamLiveView',
    method: 'GET',
    path: '/api/cameras/{cameraId}/live-view/stream',
    summary: 'MJPEG push (multipart/x-mixed-replace) at camera rate',
    tag: 'Live View',
    params: cam,
    responses: {
      200: { description: 'MJPEG stream', contentType: 'multipart/x-mixed-replace' },
      400: rejected,
      404: notFound,
    },
  }),
  liveViewImageEvents: defineRoute({
    operationId: 'liveViewImageEvents',
    method: 'GET',
    path: '/api/cameras/{cameraId}/live-view/events',
    summary: 'SSE of base64 JPEG frames (at most 2 open; 429 beyond)',
    tag: 'Live View',
    params: cam,
    query: rq.imageStreamQuerySchema,
    responses: {
      400: rejected,
      404: notFound,
      200: { description: 'SSE stream', contentType: 'text/event-stream' },
      429: { description: 'TOO_MANY_IMAGES_STREAM_ALREADY_OPENED', schema: errorResponseSchema },
    },
  }),
  closeLiveViewStreams: defineRoute({
    operationId: 'closeLiveViewStreams',
    method: 'POST',
    path: '/api/cameras/{cameraId}/live-view/streams/close',
    summary: "Close this camera's open image and MJPEG streams",
    tag: 'Live View',
    params: cam,
    responses: { 400: badInput, 404: notFound, 200: ok(cameraResponseSchema) },
  }),
} as const;
