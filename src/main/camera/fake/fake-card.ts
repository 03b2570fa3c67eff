import type { CardFile } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ContentStream, OpenContentOptions } from '../driver';
import { FakeContentStream, type StreamGate } from './fake-stream';

/** A file on a fake card. */
export interface FakeCardFile {
  file: CardFile;
  data: Uint8Array;
}

/** Card-file streaming for the fake driver: one stream per camera at a time, plus injected faults. */
export class FakeCard {
  /** The next `busyLeft` opens throw CAMERA_BUSY. */
  busyLeft = 0;
  /** The next opened stream fails at this byte position. */
  nextFault: { at: number; onFail?: () => void } | null = null;
  /** The next opened stream pauses at this gate. */
  nextGate: StreamGate | null = null;
  /** Highest number of streams open at once on one camera. */
  maxConcurrentStreams = 0;
  /** Offsets of every successful open, in order. */
  readonly openOffsets: number[] = [];
  private readonly open_ = new Map<string, number>();

  constructor(private readonly chunkSize: number) {}

  /** Adds a file to a card listing. */
  add(files: FakeCardFile[], name: string, data: Uint8Array, extra: Partial<CardFile> = {}): CardFile {
    const file: CardFile = {
      slot: 1,
      contentId: extra.contentId ?? files.length + 1,
      fileId: extra.fileId ?? 1,
      path: `DCIM/100MSDCF/${name}`,
      name,
      size: data.length,
      createdAt: '2024-05-06T07:08:09',
      kind: /\.arw$/i.test(name) ? 'raw' : /\.jpe?g$/i.test(name) ? 'jpeg' : 'other',
      ...extra,
    };
    files.push({ file, data });
    return file;
  }

  /** Opens a file as a stream from `offset`, applying the pending faults. */
  open(
    cameraId: string,
    files: FakeCardFile[],
    ref: { slot: number; contentId: number; fileId: number },
    options: OpenContentOptions,
  ): ContentStream {
    const entry = files.find(
      (f) => f.file.slot === ref.slot && f.file.contentId === ref.contentId && f.file.fileId === ref.fileId,
    );
    if (!entry) throw new TetherError(ErrorCode.NotFound, 'no such file');
    const open = this.open_.get(cameraId) ?? 0;
    if (this.busyLeft > 0 || open > 0) {
      if (this.busyLeft > 0) this.busyLeft--;
      throw new TetherError(ErrorCode.CameraBusy, 'Camera busy (0x8D03)', { sdkCode: 0x8d03 });
    }
    this.open_.set(cameraId, open + 1);
    this.maxConcurrentStreams = Math.max(this.maxConcurrentStreams, open + 1);
    this.openOffsets.push(options.offset ?? 0);
    const fault = this.nextFault;
    const gate = this.nextGate ?? undefined;
    this.nextFault = null;
    this.nextGate = null;
    let closed = false;
    const stream = new FakeContentStream(
      entry.data,
      options.offset ?? 0,
      {
        chunkSize: this.chunkSize,
        failAt: fault?.at,
        onFail: fault?.onFail,
        gate,
        onClose: () => {
          if (closed) return;
          closed = true;
          this.open_.set(cameraId, (this.open_.get(cameraId) ?? 1) - 1);
        },
      },
      options.signal,
    );
    return { size: entry.data.length, stream };
  }
}
