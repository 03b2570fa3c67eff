import type { ServerResponse } from 'node:http';
import type { LiveViewFrame } from '../../../shared/camera-types';
import type {
  LiveStream,
  LiveStreamEndReason,
  LiveStreamKind,
  LiveStreamRegistry,
} from './live-stream-registry';

/** How a push stream is built. */
export interface PushStreamOptions {
  cameraId: string;
  kind: LiveStreamKind;
  res: ServerResponse;
  registry: LiveStreamRegistry;
  /** Status-line headers. */
  headers: Record<string, string>;
  /** Subscribes to the hub; returns the unsubscribe. May throw (before anything is written). */
  subscribe: (onFrame: (frame: LiveViewFrame) => void) => () => void;
  /** The bytes for one frame (shared buffers; never copied per client). */
  encode: (frame: LiveViewFrame) => readonly Buffer[];
  /** Written once after the headers (e.g. a comment to flush them). */
  preamble?: Buffer;
  /** Written when the server closes the stream (e.g. the closing multipart boundary). */
  epilogue?: Buffer;
  /** Consecutive skipped frames after which a reader that stopped reading is disconnected. */
  stallFrames: number;
  /** Called once the subscription succeeded, right before the headers go out (e.g. `reply.hijack()`). */
  takeOver: () => void;
  /** Sent first when present, so a new viewer does not wait for the next frame. */
  initial: LiveViewFrame | null;
}

/**
 * Pushes frames at camera rate. While the socket is still busy with an earlier frame, new frames are
 * skipped (never queued); a reader stalled for `stallFrames` frames in a row is cut loose.
 */
export function openPushStream(o: PushStreamOptions): LiveStream {
  let open = true;
  let stalled = 0;
  let unsubscribe: (() => void) | null = null;
  const { res } = o;

  const finish = (reason: LiveStreamEndReason): void => {
    if (!open) return;
    open = false;
    unsubscribe?.();
    o.registry.remove(stream, reason);
  };

  const write = (frame: LiveViewFrame): void => {
    if (!open) return;
    if (res.writableLength > 0) {
      if (++stalled >= o.stallFrames) {
        finish('stalled');
        res.destroy();
      }
      return;
    }
    stalled = 0;
    for (const chunk of o.encode(frame)) res.write(chunk);
  };

  const stream: LiveStream = {
    cameraId: o.cameraId,
    kind: o.kind,
    close: () => {
      if (!open) return;
      finish('server');
      res.end(o.epilogue);
    },
  };

  // Subscribe first: a refusal (camera not connected, …) still becomes a JSON error before any header.
  let ready = false;
  unsubscribe = o.subscribe((frame) => {
    if (ready) write(frame);
  });
  o.takeOver();
  res.on('close', () => finish('closed'));
  if (!res.socket || res.socket.destroyed) {
    finish('closed');
    return stream;
  }
  res.writeHead(200, o.headers);
  res.socket?.setNoDelay(true);
  if (o.preamble) res.write(o.preamble);
  o.registry.add(stream);
  ready = true;
  if (o.initial) write(o.initial);
  return stream;
}
