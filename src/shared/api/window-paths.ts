/**
 * Paths a window calls directly, outside the route tables: the browser bundle imports these strings, not the
 * Alpha route table (whose schemas would cost every page load their parse and construction). The table's
 * paths are checked equal to these (window-paths.test.ts).
 */

/** The live-view paths of a camera (`{cameraId}` filled in by the caller). */
export const LIVE_VIEW_PATHS = {
  start: '/api/cameras/{cameraId}/live-view/start',
  stop: '/api/cameras/{cameraId}/live-view/stop',
  frame: '/api/cameras/{cameraId}/live-view/frame',
  stream: '/api/cameras/{cameraId}/live-view/stream',
} as const;

/** The all-cameras SSE stream. */
export const EVENTS_PATH = '/api/events';
