import { describe, expect, it } from 'vitest';
import { alphaExtensionRoutes, alphaRoutes } from './alpha-routes';
import { EVENTS_PATH, LIVE_VIEW_PATHS } from './window-paths';

describe('window paths', () => {
  it('are the route tables’ own paths', () => {
    expect(LIVE_VIEW_PATHS).toEqual({
      start: alphaRoutes.startLiveViewStream.path,
      stop: alphaRoutes.stopLiveViewStream.path,
      frame: alphaRoutes.getLiveViewFrame.path,
      stream: alphaExtensionRoutes.streamLiveView.path,
    });
    expect(EVENTS_PATH).toBe(alphaRoutes.subscribeAllEvents.path);
  });
});
