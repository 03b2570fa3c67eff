import { ErrorCode, TetherError } from '../../../shared/errors';
import { TypedEmitter } from '../../core/typed-emitter';

/** The kinds of push stream the server keeps open. */
export type LiveStreamKind = 'image-sse' | 'mjpeg';

/** One open push stream. */
export interface LiveStream {
  readonly cameraId: string;
  readonly kind: LiveStreamKind;
  /** Ends the response and unsubscribes from the hub. */
  close(): void;
}

/** Why a stream ended: the client left, it stopped reading, or the server closed it. */
export type LiveStreamEndReason = 'closed' | 'stalled' | 'server';

/** Registry notifications (tests await these). */
export interface LiveStreamEventMap {
  streamClosed: { cameraId: string; kind: LiveStreamKind; reason: LiveStreamEndReason };
}

/** The PST server's exact message for a refused image stream. */
export const TOO_MANY_IMAGE_STREAMS = 'TOO_MANY_IMAGES_STREAM_ALREADY_OPENED';

/** Tracks open push streams: caps concurrent base64 image streams (server-wide) and closes them on request. */
export class LiveStreamRegistry {
  private readonly streams = new Set<LiveStream>();
  /** Stream lifecycle notifications. */
  readonly events = new TypedEmitter<LiveStreamEventMap>();

  constructor(
    private readonly maxImageStreams: number,
    private readonly maxMjpegStreams = 8,
  ) {}

  /** Throws 429 `TOO_MANY_IMAGES_STREAM_ALREADY_OPENED` when the image-stream cap is reached. */
  assertCanOpenImageStream(): void {
    if (this.count('image-sse') >= this.maxImageStreams)
      throw new TetherError(ErrorCode.TooManyStreams, TOO_MANY_IMAGE_STREAMS);
  }

  /** Throws 429 TOO_MANY_STREAMS when the MJPEG cap (server-wide) is reached. */
  assertCanOpenMjpegStream(): void {
    if (this.count('mjpeg') >= this.maxMjpegStreams)
      throw new TetherError(
        ErrorCode.TooManyStreams,
        `${this.maxMjpegStreams} MJPEG live-view streams are open already; close one (POST /api/cameras/{id}/live-view/streams/close)`,
      );
  }

  /** Registers an open stream. */
  add(stream: LiveStream): void {
    this.streams.add(stream);
  }

  /** Forgets a stream (it ended). */
  remove(stream: LiveStream, reason: LiveStreamEndReason): void {
    if (!this.streams.delete(stream)) return;
    this.events.emit('streamClosed', { cameraId: stream.cameraId, kind: stream.kind, reason });
  }

  /** Open streams of a kind (optionally for one camera). */
  count(kind: LiveStreamKind, cameraId?: string): number {
    let n = 0;
    for (const s of this.streams)
      if (s.kind === kind && (cameraId === undefined || s.cameraId === cameraId)) n++;
    return n;
  }

  /** Closes a camera's streams (all cameras when undefined); returns how many. */
  close(cameraId?: string): number {
    const victims = [...this.streams].filter((s) => cameraId === undefined || s.cameraId === cameraId);
    for (const s of victims) s.close();
    return victims.length;
  }
}
