import { studioExtraRoutes } from '../../shared/api/studio-routes';
import { studioMethodRoutes, toHttpInput } from '../../shared/api/studio-method-routes';
import { fillPath } from '../../shared/api/route-types';
import { EVENTS_PATH } from '../../shared/api/window-paths';
import type { StudioClient } from '../../shared/studio-client';
import {
  STUDIO_METHODS,
  studioMethods,
  type StudioArgs,
  type StudioMethod,
  type StudioResult,
} from '../../shared/studio-methods';
import { fastResultChecks } from './fast-checks';
import { HttpFrameSource } from './http-frame-source';
import { HttpApi, type FetchLike } from './http-request';
import { SseEventHub, type EventSourceCtor } from './sse-events';
import { StreamSlots } from './stream-slots';

/** Options of the HTTP transport (tests inject fakes). */
export interface HttpClientOptions {
  /** Origin (+ prefix) of the studio server; '' = the page's origin. */
  base?: string;
  fetch?: FetchLike;
  EventSource?: EventSourceCtor;
}

type Calls = { [K in StudioMethod]: (...args: StudioArgs<K>) => Promise<StudioResult<K>> };

/** Every request/response method as a call of its `/api/studio` route (derived from the method table). */
function methodCalls(api: HttpApi): Calls {
  const calls: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of STUDIO_METHODS) {
    const route = studioMethodRoutes[name];
    const result = studioMethods[name].result;
    const fast = fastResultChecks[name];
    calls[name] = async (...args) => {
      const input = toHttpInput(name, args);
      if (result === 'jpeg') return api.bytes(fillPath(route.path, input.params as Record<string, string>));
      const data = await api.call(route, input as Parameters<HttpApi['call']>[1], fast);
      return result === 'none' ? undefined : data;
    };
  }
  return calls as Calls;
}

/**
 * `StudioClient` over the studio's REST API: the `/api/studio/…` method routes (one per method; answers
 * validated against the method's result schema), the Alpha `/api/events` SSE stream (one EventSource per
 * window), and the MJPEG push stream for live view.
 */
export function createHttpClient(options: HttpClientOptions = {}): StudioClient {
  const f = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const api = new HttpApi(options.base ?? '', f);
  const events = new SseEventHub(api.url(EVENTS_PATH), options.EventSource ?? globalThis.EventSource);
  const frames = new Map<string, HttpFrameSource>();
  const slots = new StreamSlots();
  return {
    transport: 'http',
    ...methodCalls(api),
    subscribeFrames(cameraId, onFrame) {
      let source = frames.get(cameraId);
      if (!source) {
        source = new HttpFrameSource(api, cameraId, () => frames.delete(cameraId), slots);
        frames.set(cameraId, source);
      }
      return source.subscribe(onFrame);
    },
    // The download URL: served as an attachment under the shot's file name (the token cookie authenticates it).
    shotFileUrl: (shotId) => api.url(fillPath(studioExtraRoutes.studioShotFile.path, { shotId })),
    subscribeEvents: (handler) => events.subscribe(handler),
    subscribeLink: (handler) => events.subscribeLink(handler),
    reconnectNow: () => events.reconnectNow(),
  };
}
