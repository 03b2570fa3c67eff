import type { ClientFrame } from '../../shared/studio-client';
import type { HttpApi } from './http-request';
import { jpegSize } from './jpeg-size';
import { MultipartParser, boundaryOf } from './mjpeg-parser';
import { liveViewPaths } from './http-paths';
import type { StreamSlots } from './stream-slots';

type FrameHandler = (frame: ClientFrame) => void;

function headerNumber(h: Record<string, string>, names: string[]): number | undefined {
  for (const n of names) {
    const v = Number(h[n]);
    if (h[n] !== undefined && Number.isFinite(v)) return v;
  }
  return undefined;
}

/** The single-frame endpoint's strong ETag is `"<seq base36>-<timestamp base36>"`: the timestamp when no header has it. */
function etagTimestamp(h: Record<string, string>): number | undefined {
  const m = /^"?[0-9a-z]+-([0-9a-z]+)"?$/.exec(h.etag ?? '');
  const ts = m ? Number.parseInt(m[1], 36) : Number.NaN;
  return Number.isFinite(ts) ? ts : undefined;
}

const SEQ_HEADERS = ['x-frame-seq', 'x-seq', 'x-frame-number'];
const TS_HEADERS = ['x-frame-timestamp', 'x-timestamp'];

/**
 * Live-view frames over HTTP for one camera: the MJPEG push stream read with fetch streaming (one
 * request, frames at camera rate, no base64), falling back to polling the single-frame endpoint with
 * `If-None-Match` when the stream is unavailable or the window's stream slots are taken (see
 * `stream-slots.ts`). Reconnects while anyone is subscribed.
 */
export class HttpFrameSource {
  private readonly handlers = new Set<FrameHandler>();
  private abort: AbortController | null = null;
  private localSeq = 0;

  constructor(
    private readonly api: HttpApi,
    private readonly cameraId: string,
    private readonly onEmpty: () => void,
    /** Push streams this window may still open; without a free one this camera polls. */
    private readonly slots?: StreamSlots,
  ) {}

  /** Adds a frame handler; starts streaming on the first one. */
  subscribe(handler: FrameHandler): () => void {
    this.handlers.add(handler);
    if (!this.abort) {
      this.abort = new AbortController();
      void this.run(this.abort.signal);
    }
    return () => {
      this.handlers.delete(handler);
      if (this.handlers.size === 0) {
        this.abort?.abort();
        this.abort = null;
        this.onEmpty();
      }
    };
  }

  private emit(jpeg: Uint8Array, headers: Record<string, string>): void {
    const size = jpegSize(jpeg);
    const frame: ClientFrame = {
      cameraId: this.cameraId,
      seq: headerNumber(headers, SEQ_HEADERS) ?? ++this.localSeq,
      timestamp: headerNumber(headers, TS_HEADERS) ?? etagTimestamp(headers) ?? Date.now(),
      width: size?.width ?? 0,
      height: size?.height ?? 0,
      jpeg,
    };
    for (const h of [...this.handlers]) h(frame);
  }

  private async run(signal: AbortSignal): Promise<void> {
    const paths = liveViewPaths(this.cameraId);
    let backoff = 200;
    while (!signal.aborted) {
      try {
        // The push stream is itself a live-view consumer; only the polling fallback needs an explicit start.
        const slot = this.slots ? this.slots.take() : true;
        try {
          const streamed = slot && (await this.stream(paths.stream, signal));
          if (!streamed) await this.pollWithStart(paths, signal);
        } finally {
          if (slot) this.slots?.give();
        }
        backoff = 200;
      } catch {
        // Network drop or server restart: retry below.
      }
      if (signal.aborted) return;
      await delay(backoff, signal);
      backoff = Math.min(backoff * 2, 2000);
    }
  }

  /** Reads the MJPEG stream until it ends; false when the server does not offer one. */
  private async stream(path: string, signal: AbortSignal): Promise<boolean> {
    const res = await this.api.raw('GET', path, { signal, headers: { accept: 'multipart/x-mixed-replace' } });
    const boundary = boundaryOf(res.headers.get('content-type'));
    if (!res.ok || !boundary || !res.body) {
      await res.body?.cancel().catch(() => undefined);
      return res.status === 429 || res.status >= 500 ? true : false;
    }
    const parser = new MultipartParser(boundary, (part) => this.emit(part.body, part.headers));
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || signal.aborted) break;
        parser.push(value);
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
    return true;
  }

  /** Holds live view open with the Alpha start/stop pair around a polling run. */
  private async pollWithStart(paths: ReturnType<typeof liveViewPaths>, signal: AbortSignal): Promise<void> {
    await this.api.json('POST', paths.start);
    try {
      await this.poll(paths.frame, signal);
    } finally {
      await this.api.json('POST', paths.stop).catch(() => undefined);
    }
  }

  /** Polls the single-frame endpoint, re-downloading only when the ETag changes. */
  private async poll(path: string, signal: AbortSignal): Promise<void> {
    let etag: string | null = null;
    let misses = 0;
    while (!signal.aborted) {
      const headers: Record<string, string> = etag ? { 'if-none-match': etag } : {};
      const res = await this.api.raw('GET', path, { signal, headers });
      if (res.status === 200) {
        etag = res.headers.get('etag');
        const h: Record<string, string> = {};
        res.headers.forEach((v, k) => (h[k] = v));
        this.emit(new Uint8Array(await res.arrayBuffer()), h);
        misses = 0;
        continue;
      }
      await res.body?.cancel().catch(() => undefined);
      if (res.status !== 304 && res.status !== 404) throw new Error(`frame poll ${res.status}`);
      misses++;
      await delay(res.status === 404 ? 100 : Math.min(4 + misses, 15), signal);
    }
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
