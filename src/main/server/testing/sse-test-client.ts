import { request, type IncomingMessage } from 'node:http';

/** One parsed SSE block. `comment` is set for `: …` lines-only blocks. */
export interface SseMessage {
  id?: string;
  event: string;
  data: string;
  retry?: number;
  comment?: string;
}

/**
 * A small spec-following SSE reader for tests: collects every block and lets a test await the next one
 * matching a predicate (never a fixed sleep).
 */
export class SseTestClient {
  readonly messages: SseMessage[] = [];
  status = 0;
  headers: IncomingMessage['headers'] = {};
  closed = false;
  private buffer = '';
  private res: IncomingMessage | null = null;
  private waiters: { match: (m: SseMessage) => boolean; from: number; resolve: (m: SseMessage) => void }[] =
    [];
  private closeWaiters: (() => void)[] = [];

  private constructor() {}

  /** Opens `url` with optional headers; resolves once the response headers arrived. */
  static open(url: string, headers: Record<string, string> = {}): Promise<SseTestClient> {
    const client = new SseTestClient();
    return new Promise((resolve, reject) => {
      const req = request(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
        client.res = res;
        client.status = res.statusCode ?? 0;
        client.headers = res.headers;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => client.feed(chunk));
        res.on('close', () => client.markClosed());
        // A paused response may not report 'close' until read; the socket always does.
        res.socket.on('close', () => client.markClosed());
        res.on('error', () => client.markClosed());
        resolve(client);
      });
      req.on('error', (err) => {
        client.markClosed();
        reject(err);
      });
      req.end();
    });
  }

  /** Events only (comments excluded). */
  get events(): SseMessage[] {
    return this.messages.filter((m) => m.comment === undefined);
  }

  /** Resolves with the first message (at index ≥ `from`) that matches, waiting if needed. */
  next(match: (m: SseMessage) => boolean, from = 0, timeoutMs = 10_000): Promise<SseMessage> {
    const found = this.messages.slice(from).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for an SSE message')), timeoutMs);
      this.waiters.push({
        match,
        from,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Resolves with the next event named `event`. */
  nextEvent(event: string, from = 0, timeoutMs?: number): Promise<SseMessage> {
    return this.next((m) => m.comment === undefined && m.event === event, from, timeoutMs);
  }

  /** Resolves when the server closes the stream. */
  whenClosed(timeoutMs = 10_000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('timed out waiting for the stream to close')),
        timeoutMs,
      );
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Stops reading without closing (simulates a stuck client). */
  pause(): void {
    this.res?.pause();
  }

  /** Starts reading again. */
  resume(): void {
    this.res?.resume();
  }

  /** Closes the connection. */
  close(): void {
    this.res?.destroy();
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.add(parseBlock(block));
    }
  }

  private add(m: SseMessage): void {
    const index = this.messages.push(m) - 1;
    for (const w of [...this.waiters]) {
      if (index >= w.from && w.match(m)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.closeWaiters.splice(0)) w();
  }
}

/** Parses one SSE block (lines of `field: value`). */
export function parseBlock(block: string): SseMessage {
  const m: SseMessage = { event: 'message', data: '' };
  const data: string[] = [];
  const comments: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') m.id = value;
    else if (field === 'event') m.event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'retry') m.retry = Number(value);
  }
  m.data = data.join('\n');
  if (data.length === 0 && m.id === undefined && m.retry === undefined && comments.length > 0)
    m.comment = comments.join('\n');
  return m;
}
