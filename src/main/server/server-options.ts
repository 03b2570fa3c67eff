import type { SseHubOptions } from './sse/sse-hub';

/** How the HTTP server is started. */
export interface ServerOptions {
  /** Bind address (default 127.0.0.1). A non-loopback address requires `token`. */
  host?: string;
  /** Port (default 8080; 0 = ephemeral). */
  port?: number;
  /** API token; when set every request must carry it. */
  token?: string;
  /** Origins allowed to make cross-origin writes (e.g. a dev server). */
  allowedOrigins?: string[];
  /** Extra host names accepted in the Host header. */
  allowedHosts?: string[];
  /** Built renderer folder to serve at `/` (null: never serve a UI). */
  rendererDir?: string | null;
  /** SSE hub tuning (keepalive interval, replay size, per-client buffer limit). */
  sse?: SseHubOptions;
  /** Concurrent base64 image SSE streams allowed (default 2, as the PST server). */
  maxImageStreams?: number;
  /** Concurrent MJPEG live-view streams allowed (default 8). */
  maxMjpegStreams?: number;
  /** Time to receive a whole request, headers and body (default 30 s; a partial body is cut off). */
  requestTimeoutMs?: number;
  /** Time a handler may take to start answering before the client gets 503 (default 300 s). */
  handlerTimeoutMs?: number;
  /** A socket with no traffic either way for this long is closed (default 10 min; SSE keepalives count). */
  connectionTimeoutMs?: number;
  /** How often Node checks the request timeouts (default 30 s; tests shorten it). */
  timeoutCheckIntervalMs?: number;
  /** Consecutive frames a push-stream reader may miss before it is dropped (default 150 ≈ 5 s at 30 fps). */
  stallFrames?: number;
  /** Max request body (default 1 MiB). */
  bodyLimit?: number;
  /** Called after `POST /api/server/shutdown` has answered. */
  onShutdownRequest?: () => void;
}
