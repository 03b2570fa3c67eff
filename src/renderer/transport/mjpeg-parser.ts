/** One part of a `multipart/x-mixed-replace` stream: its headers (lower-cased) and body bytes. */
export interface MultipartPart {
  headers: Record<string, string>;
  body: Uint8Array;
}

const CRLFCRLF = [13, 10, 13, 10];
/** Shared: part headers are decoded once per frame, no decoder allocated per part. */
const headerDecoder = new TextDecoder();

function indexOf(hay: Uint8Array, needle: ArrayLike<number>, from: number, to: number): number {
  const n = needle.length;
  const first = needle[0];
  outer: for (let i = hay.indexOf(first, from); i !== -1 && i + n <= to; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < n; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** The boundary token of a multipart Content-Type (`multipart/x-mixed-replace; boundary=frame`). */
export function boundaryOf(contentType: string | null): string | null {
  const m = /boundary="?([^";,]+)"?/i.exec(contentType ?? '');
  return m ? m[1].replace(/^--/, '') : null;
}

/**
 * Incremental parser for `multipart/x-mixed-replace` (MJPEG). Feed it chunks as they arrive; it calls
 * `onPart` for each complete part. Uses `Content-Length` when a part has one (no scanning of JPEG
 * bytes), else scans for the next boundary. Keeps one growing buffer and compacts it in place, so
 * memory stays at about one frame.
 */
export class MultipartParser {
  private buf = new Uint8Array(256 * 1024);
  private start = 0;
  private end = 0;
  private readonly delimiter: Uint8Array;
  /** Body of the part being read, once its headers are parsed. */
  private pending: { headers: Record<string, string>; bodyStart: number; length: number | null } | null =
    null;

  constructor(
    boundary: string,
    private readonly onPart: (part: MultipartPart) => void,
  ) {
    this.delimiter = new TextEncoder().encode(`--${boundary}`);
  }

  /** Appends bytes and emits every part completed by them. */
  push(chunk: Uint8Array): void {
    this.append(chunk);
    while (this.step()) {
      /* keep consuming */
    }
  }

  private append(chunk: Uint8Array): void {
    if (this.end + chunk.length > this.buf.length) {
      const live = this.end - this.start;
      if (this.pending) this.pending.bodyStart -= this.start;
      if (live + chunk.length <= this.buf.length / 2) {
        this.buf.copyWithin(0, this.start, this.end);
      } else {
        const grown = new Uint8Array(Math.max(this.buf.length * 2, live + chunk.length));
        grown.set(this.buf.subarray(this.start, this.end));
        this.buf = grown;
      }
      this.start = 0;
      this.end = live;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** Tries to make progress; false when more bytes are needed. */
  private step(): boolean {
    if (!this.pending) {
      const d = indexOf(this.buf, this.delimiter, this.start, this.end);
      if (d < 0) return false;
      const headerEnd = indexOf(this.buf, CRLFCRLF, d, this.end);
      if (headerEnd < 0) return false;
      const text = headerDecoder.decode(this.buf.subarray(d + this.delimiter.length, headerEnd));
      const headers: Record<string, string> = {};
      for (const line of text.split('\r\n')) {
        const c = line.indexOf(':');
        if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
      }
      const len = Number.parseInt(headers['content-length'] ?? '', 10);
      this.pending = {
        headers,
        bodyStart: headerEnd + 4,
        length: Number.isFinite(len) && len >= 0 ? len : null,
      };
      this.start = headerEnd + 4;
    }
    const p = this.pending;
    let bodyEnd: number;
    let next: number;
    if (p.length !== null) {
      if (this.end - p.bodyStart < p.length) return false;
      bodyEnd = p.bodyStart + p.length;
      next = bodyEnd;
    } else {
      const d = indexOf(this.buf, this.delimiter, p.bodyStart, this.end);
      if (d < 0) return false;
      bodyEnd = d;
      // Drop the CRLF that precedes the delimiter.
      if (bodyEnd >= 2 && this.buf[bodyEnd - 2] === 13 && this.buf[bodyEnd - 1] === 10) bodyEnd -= 2;
      next = d;
    }
    const body = this.buf.slice(p.bodyStart, bodyEnd);
    this.pending = null;
    this.start = next;
    this.onPart({ headers: p.headers, body });
    return true;
  }
}
