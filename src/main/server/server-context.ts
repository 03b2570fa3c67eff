import type { Studio } from '../app/studio';
import type { Logger } from '../core/logger';
import type { RouteRegistrar } from './http/register-route';
import type { LiveStreamRegistry } from './live-view/live-stream-registry';
import type { SseHub } from './sse/sse-hub';

/**
 * Everything a route module needs: the studio services it names (`K`, like the IPC bridge's `Pick<Studio, …>`)
 * plus the server's own pieces. Route modules translate HTTP to service calls and nothing else.
 */
export interface ServerContext<K extends keyof Studio = keyof Studio> {
  readonly studio: Pick<Studio, K>;
  readonly hub: SseHub;
  readonly streams: LiveStreamRegistry;
  readonly routes: RouteRegistrar;
  readonly log: Logger;
  /** Consecutive skipped frames before a stalled push-stream reader is dropped. */
  readonly stallFrames: number;
  /** The server's base URL once listening (`http://127.0.0.1:8080`). */
  url(): string | null;
  /** Asks the owner to shut everything down (after the current response is sent). */
  requestShutdown(): void;
}
