import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { type EventFilter, filterKey, matchesFilter } from './event-filter';

/** Why a client left. */
export type SseCloseReason = 'closed' | 'slow' | 'server';

/**
 * One open SSE response. The body is close-delimited (no chunked framing) and written straight to the
 * socket: one shared buffer per flush, no per-write framing or allocation. Writes never wait: when the
 * bytes still queued for the socket would exceed the limit, the client is cut loose (socket destroyed) so
 * it can never slow anyone else down or grow memory.
 */
export class SseClient {
  /** Clients with equal keys receive the same bytes and can share one batch buffer. */
  readonly key: string;
  private open = true;
  private readonly socket: Socket;

  constructor(
    res: ServerResponse,
    readonly filter: EventFilter,
    private readonly maxBufferedBytes: number,
    private readonly onGone: (client: SseClient, reason: SseCloseReason) => void,
  ) {
    this.key = filterKey(filter);
    this.socket = res.socket as Socket;
    res.on('close', () => this.gone('closed'));
  }

  /** False once closed, dropped or ended. */
  get isOpen(): boolean {
    return this.open;
  }

  /** Bytes queued in user space and the socket, not yet handed to the kernel. */
  get bufferedBytes(): number {
    return this.socket.writableLength;
  }

  /** True when the event passes this client's filter. */
  accepts(event: string, cameraId: string | undefined): boolean {
    return matchesFilter(this.filter, event, cameraId);
  }

  /** Writes without any limit (the opening handshake and replay). */
  writeInitial(chunk: Buffer | string): void {
    if (this.open) this.socket.write(chunk);
  }

  /** Writes, or drops the client when its backlog would pass the limit. Returns false when dropped/closed. */
  send(chunk: Buffer | string): boolean {
    if (!this.open) return false;
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    const queued = this.socket.writableLength;
    if (queued > 0 && queued + size > this.maxBufferedBytes) {
      this.gone('slow');
      this.socket.destroy();
      return false;
    }
    this.socket.write(chunk);
    return true;
  }

  /** Ends the response cleanly (server shutdown). */
  end(): void {
    if (!this.open) return;
    this.gone('server');
    this.socket.end();
  }

  private gone(reason: SseCloseReason): void {
    if (!this.open) return;
    this.open = false;
    this.onGone(this, reason);
  }
}
