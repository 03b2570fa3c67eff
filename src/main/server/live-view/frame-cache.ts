import type { LiveViewFrame } from '../../../shared/camera-types';

// Keyed by the hub's frame object: every consumer of one frame shares one Buffer view and one base64 encoding,
// computed lazily the first time someone needs it and collected with the frame.
const buffers = new WeakMap<LiveViewFrame, Buffer>();
const base64Frames = new WeakMap<LiveViewFrame, Buffer>();
const jsonFrames = new WeakMap<LiveViewFrame, Buffer>();

/** The frame's JPEG as a Buffer view over the same memory (no copy). */
export function jpegBuffer(frame: LiveViewFrame): Buffer {
  let buf = buffers.get(frame);
  if (!buf) {
    const { jpeg } = frame;
    buf = Buffer.isBuffer(jpeg) ? jpeg : Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
    buffers.set(frame, buf);
  }
  return buf;
}

/** Strong validator for a frame: seq plus timestamp (seq restarts when a camera reconnects). */
export function frameEtag(frame: LiveViewFrame): string {
  return `"${frame.seq.toString(36)}-${frame.timestamp.toString(36)}"`;
}

/** True when an If-None-Match header names this ETag (or `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** PST-style SSE message: `id: seq`, one `data:` line of base64 JPEG. Encoded once per frame. */
export function base64SseFrame(frame: LiveViewFrame): Buffer {
  let out = base64Frames.get(frame);
  if (!out) {
    out = Buffer.from(`id: ${frame.seq}\ndata: ${jpegBuffer(frame).toString('base64')}\n\n`, 'latin1');
    base64Frames.set(frame, out);
  }
  return out;
}

/** `event: frame` with JSON metadata and the base64 JPEG. Encoded once per frame. */
export function jsonSseFrame(frame: LiveViewFrame): Buffer {
  let out = jsonFrames.get(frame);
  if (!out) {
    const { cameraId, seq, timestamp, width, height } = frame;
    const meta = JSON.stringify({ cameraId, seq, timestamp, width, height });
    const b64 = jpegBuffer(frame).toString('base64');
    out = Buffer.from(`id: ${seq}\nevent: frame\ndata: ${meta.slice(0, -1)},"jpeg":"${b64}"}\n\n`, 'utf8');
    jsonFrames.set(frame, out);
  }
  return out;
}

/** MJPEG part header for a frame. */
export function mjpegPartHeader(frame: LiveViewFrame, boundary: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Type: image/jpeg\r\nContent-Length: ${frame.jpeg.byteLength}\r\nX-Frame-Seq: ${frame.seq}\r\nX-Timestamp: ${frame.timestamp}\r\n\r\n`,
    'latin1',
  );
}
