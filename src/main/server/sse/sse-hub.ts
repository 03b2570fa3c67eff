import type { ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { TypedEmitter } from '../../core/typed-emitter';
import { type EventFilter, eventCameraId, matchesFilter } from './event-filter';
import { ReplayBuffer, type SseRecord } from './replay-buffer';
import { type SseCloseReason, SseClient } from './sse-client';
import { SSE_HEADERS, commentFrame, eventFrame, handshakeFrame } from './sse-frame';

/** Tuning of the SSE hub. */
export interface SseHubOptions {
  /** Events kept for `Last-Event-ID` replay and polling (default 1000). */
  replaySize?: number;
  /** `: keepalive` interval (default 30 s). */
  keepaliveMs?: number;
  /** `retry:` hint sent on open (default 3000 ms). */
  retryMs?: number;
  /** Per-client backlog above which the client is disconnected (default 1 MiB). */
  maxClientBufferBytes?: number;
  /**
   * Longest pause between the end of one flush and the next (default 4 ms; the pause is as long as the
   * flush took, up to this). An event after a quiet spell goes out at once; under load, events are
   * coalesced so each client gets one write (one TCP segment) per flush instead of one per event — what
   * keeps 1,000 clients × 1,000 events/s off the kernel's back.
   */
  minFlushIntervalMs?: number;
  /**
   * First event id. Default: epoch ms × 1000, so ids keep increasing across server restarts and a client
   * resuming with an id from a previous run gets a `replayGap` instead of someone else's events.
   */
  firstId?: number;
}

/** What the hub reports (tests and diagnostics). */
export interface SseHubEventMap {
  clientOpened: { clients: number };
  clientClosed: { reason: SseCloseReason; clients: number };
}

/** How an SSE subscription starts. */
export interface SseOpenOptions {
  filter: EventFilter;
  /** `Last-Event-ID` header or `?lastEventId=`: replay what came after it. */
  lastEventId?: string;
  /** The handshake's `cameraId`: `*` for `/api/events`, the id for a camera stream. */
  handshakeCameraId: string;
}

/** A poll result: ready-made JSON plus the id to poll after next time. */
export interface PollResult {
  json: string;
  lastId: number;
  count: number;
}

/**
 * Fans events out to SSE clients. Each event is serialised once into a shared frame; events waiting for the
 * same flush go out together, one socket write per client per flush, with one buffer per distinct filter.
 */
export class SseHub {
  /** Lifecycle notifications (tests await these instead of sleeping). */
  readonly events = new TypedEmitter<SseHubEventMap>();
  private readonly clients = new Set<SseClient>();
  private readonly replay: ReplayBuffer;
  private readonly keepaliveTimer: NodeJS.Timeout;
  private readonly retryMs: number;
  private readonly maxClientBufferBytes: number;
  private readonly keepalive = Buffer.from(commentFrame('keepalive'));
  private nextId: number;
  private batch: SseRecord[] = [];
  private flushQueued = false;
  /** Earliest time the next flush may run (see `minFlushIntervalMs`). */
  private nextFlushAt = 0;
  /** Flush counters (diagnostics and the SSE benchmark). */
  readonly stats = { flushes: 0, flushedEvents: 0, flushMs: 0 };
  private readonly minFlushIntervalMs: number;
  private closed = false;
  /** Clients disconnected for being too slow. */
  droppedSlow = 0;

  constructor(options: SseHubOptions = {}) {
    this.replay = new ReplayBuffer(options.replaySize ?? 1000);
    this.retryMs = options.retryMs ?? 3000;
    this.minFlushIntervalMs = options.minFlushIntervalMs ?? 4;
    this.maxClientBufferBytes = options.maxClientBufferBytes ?? 1024 * 1024;
    this.nextId = options.firstId ?? Date.now() * 1000 + 1;
    this.keepaliveTimer = setInterval(() => this.sendKeepalive(), options.keepaliveMs ?? 30_000);
    this.keepaliveTimer.unref();
  }

  /** Number of open SSE clients. */
  get clientCount(): number {
    return this.clients.size;
  }

  /** The id of the newest event (first id − 1 before any). */
  get lastId(): number {
    return this.nextId - 1;
  }

  /** The oldest id still replayable (lastId + 1 when the buffer is empty). */
  get oldestId(): number {
    return this.replay.oldest()?.id ?? this.nextId;
  }

  /** Publishes one event to every matching client (written at the next flush, see `minFlushIntervalMs`). */
  publish(event: string, data: unknown): SseRecord {
    // Serialise before taking an id: a payload that cannot be serialised must not leave a hole in the ids.
    const json = JSON.stringify(data ?? null);
    const id = this.nextId++;
    const record: SseRecord = {
      id,
      event,
      cameraId: eventCameraId(event, data),
      json,
      frame: Buffer.from(eventFrame(id, event, json)),
    };
    this.replay.push(record);
    if (this.clients.size === 0 || this.closed) return record;
    this.batch.push(record);
    if (!this.flushQueued) {
      this.flushQueued = true;
      const wait = this.nextFlushAt - performance.now();
      if (wait <= 0) setImmediate(() => this.flush());
      else setTimeout(() => this.flush(), wait);
    }
    return record;
  }

  /** Starts an SSE response: headers, handshake, gap notice, replay, then live events. Null if the client left. */
  open(res: ServerResponse, options: SseOpenOptions): SseClient | null {
    if (!res.socket || res.socket.destroyed) {
      res.destroy();
      return null;
    }
    this.flush(); // so the replay below and the live batches never overlap
    // Close-delimited body: the stream lasts as long as the connection, so chunk framing would only add
    // bytes and an allocation per write. Headers go out now; events are written to the socket directly.
    res.useChunkedEncodingByDefault = false;
    res.shouldKeepAlive = false;
    res.writeHead(200, { ...SSE_HEADERS, Connection: 'close' });
    res.flushHeaders();
    res.socket?.setNoDelay(true);
    const client = new SseClient(res, options.filter, this.maxClientBufferBytes, (c, reason) =>
      this.forget(c, reason),
    );
    const parts: Buffer[] = [Buffer.from(handshakeFrame(options.handshakeCameraId, this.retryMs))];
    if (options.lastEventId !== undefined) {
      const { gap, records } = this.resume(options.lastEventId);
      if (gap) parts.push(Buffer.from(eventFrame(null, 'replayGap', JSON.stringify(gap))));
      for (const r of records) if (client.accepts(r.event, r.cameraId)) parts.push(r.frame);
    }
    client.writeInitial(parts.length === 1 ? parts[0] : Buffer.concat(parts));
    if (this.closed) {
      client.end();
      return client;
    }
    this.clients.add(client);
    this.events.emit('clientOpened', { clients: this.clients.size });
    return client;
  }

  /** Events after `after` that pass the filter (all buffered when `after` is absent); null when none. */
  poll(after: number | undefined, filter: EventFilter, limit = 1000): PollResult | null {
    const from = after ?? this.oldestId - 1;
    const gap = this.gapFor(from);
    const parts: string[] = [];
    let lastId = from;
    for (const r of this.replay.since(from)) {
      if (!matchesFilter(filter, r.event, r.cameraId)) continue;
      parts.push(`{"id":${r.id},"event":${JSON.stringify(r.event)},"data":${r.json}}`);
      lastId = r.id;
      if (parts.length >= limit) break;
    }
    if (parts.length === 0 && !gap) return null;
    if (parts.length === 0) lastId = this.lastId;
    const gapJson = gap ? `,"gap":${JSON.stringify({ requested: gap.requested, oldest: gap.oldest })}` : '';
    return {
      json: `{"events":[${parts.join(',')}],"lastId":${lastId}${gapJson}}`,
      lastId,
      count: parts.length,
    };
  }

  /** Writes everything published since the last flush. */
  flush(): void {
    this.flushQueued = false;
    if (this.batch.length === 0) return;
    const started = performance.now();
    const batch = this.batch;
    this.batch = [];
    const shared = new Map<string, Buffer | null>();
    for (const client of this.clients) {
      let chunk = shared.get(client.key);
      if (chunk === undefined) {
        const frames = batch.filter((r) => client.accepts(r.event, r.cameraId)).map((r) => r.frame);
        chunk = frames.length === 0 ? null : frames.length === 1 ? frames[0] : Buffer.concat(frames);
        shared.set(client.key, chunk);
      }
      if (chunk) client.send(chunk);
    }
    const ended = performance.now();
    // Wait as long as the flush took, at most minFlushIntervalMs: a cheap fan-out (few clients) goes out
    // almost at once, an expensive one is coalesced so that writes per event fall as the load grows.
    this.nextFlushAt = ended + Math.min(this.minFlushIntervalMs, ended - started);
    this.stats.flushes++;
    this.stats.flushedEvents += batch.length;
    this.stats.flushMs += ended - started;
  }

  /** Ends every client and stops the keepalive timer. */
  close(): void {
    this.closed = true;
    clearInterval(this.keepaliveTimer);
    this.flush();
    for (const client of [...this.clients]) client.end();
  }

  private sendKeepalive(): void {
    for (const client of [...this.clients]) client.send(this.keepalive);
  }

  private forget(client: SseClient, reason: SseCloseReason): void {
    if (!this.clients.delete(client)) return;
    if (reason === 'slow') this.droppedSlow++;
    this.events.emit('clientClosed', { reason, clients: this.clients.size });
  }

  private gapFor(after: number): { requested: number; oldest: number; latest: number } | null {
    const oldest = this.oldestId;
    if (after < oldest - 1 || after > this.lastId) return { requested: after, oldest, latest: this.lastId };
    return null;
  }

  private resume(lastEventId: string): { gap: unknown; records: SseRecord[] } {
    const trimmed = lastEventId.trim();
    if (!/^\d{1,16}$/.test(trimmed)) {
      return {
        gap: {
          requested: trimmed.slice(0, 32),
          oldest: this.oldestId,
          latest: this.lastId,
          reason: 'invalid-id',
        },
        records: [],
      };
    }
    const after = Number(trimmed);
    const gap = this.gapFor(after);
    // An id we never issued (another run, or garbage): replay all we have after saying so.
    const records = gap ? this.replay.since(this.oldestId - 1) : this.replay.since(after);
    return { gap: gap ? { ...gap, reason: after > this.lastId ? 'unknown-id' : 'evicted' } : null, records };
  }
}
