/** SSE wire format: `id:`, `event:`, one `data:` line of JSON, blank line. Payload JSON never contains raw newlines. */

/** One event frame. `json` must be single-line (JSON.stringify output always is). */
export function eventFrame(id: number | null, event: string, json: string): string {
  return id === null ? `event: ${event}\ndata: ${json}\n\n` : `id: ${id}\nevent: ${event}\ndata: ${json}\n\n`;
}

/** A comment line (ignored by every SSE parser); used for keepalives. */
export function commentFrame(text: string): string {
  return `: ${text}\n\n`;
}

/**
 * The opening frame: a `retry:` hint plus the handshake `connected` event `{cameraId: "*" | id}`, without an
 * `id:` so it never moves the client's Last-Event-ID.
 */
export function handshakeFrame(cameraId: string, retryMs: number): string {
  return `retry: ${retryMs}\nevent: connected\ndata: ${JSON.stringify({ cameraId })}\n\n`;
}

/** Headers every SSE response carries. */
export const SSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};
