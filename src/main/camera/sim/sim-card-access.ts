import type { CardFile, CardSlot } from '../../../shared/camera-types';
import { ErrorCode, TetherError } from '../../../shared/errors';
import type { ContentStream, OpenContentOptions } from '../driver';
import { ContentReadStream } from './content-stream';
import { busyError } from './faults';
import type { SimBodyParts } from './sim-body-parts';

/** A reference to one card file. */
export interface CardRef {
  slot: number;
  contentId: number;
  fileId: number;
}

/**
 * Card access of a body (remote-transfer and contents modes): slots, listing, thumbnails and reads. One
 * remote transfer at a time, like the real body: a second open while a read is open (or opening) gets
 * CAMERA_BUSY with the SDK's 0x8D03.
 */
export class CardAccess {
  private active: ContentReadStream | null = null;
  private opening = false;

  constructor(private readonly body: SimBodyParts) {}

  /** Slot states (any connection mode). */
  slots(): CardSlot[] {
    this.body.requireConnected();
    return this.body.card.slots(this.body.capture.bytesPerShot());
  }

  /** Files of a slot, oldest first. */
  list(slot: number): CardFile[] {
    this.body.requireCardAccess();
    return this.body.card.list(slot);
  }

  /** Thumbnail (160×120) or screennail (1616×1080) JPEG. */
  async image(ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    this.body.requireCardAccess();
    const entry = this.body.card.entry(ref);
    const jpeg = await this.body.card.image(entry, kind);
    this.body.requireCardAccess();
    return jpeg;
  }

  /** True while a read is open. */
  get busy(): boolean {
    return this.active !== null || this.opening;
  }

  /** Opens a file for reading at the configured USB rate. */
  async open(ref: CardRef, options: OpenContentOptions = {}): Promise<ContentStream> {
    this.body.requireCardAccess();
    this.body.faults.checkBusy('openContent');
    if (this.busy) throw busyError('another transfer is in progress');
    const entry = this.body.card.entry(ref);
    const offset = options.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > entry.file.size) {
      throw new TetherError(ErrorCode.InvalidArgument, `offset ${offset} outside 0..${entry.file.size}`);
    }
    if (options.signal?.aborted) throw new TetherError(ErrorCode.Cancelled, 'transfer cancelled');
    this.opening = true;
    let file;
    try {
      file = await this.body.card.open(entry);
      if (this.body.state !== 'connected')
        throw new TetherError(ErrorCode.Disconnected, 'camera went away while opening');
      if (options.signal?.aborted) throw new TetherError(ErrorCode.Cancelled, 'transfer cancelled');
    } finally {
      this.opening = false;
    }
    const faults = this.body.faults;
    const stream = new ContentReadStream(file, {
      offset,
      rateBytesPerSec: this.body.options.rateBytesPerSec,
      signal: options.signal,
      budget: (delivered) => {
        const remaining = faults.pullBudget(delivered);
        if (remaining === null) return null;
        return {
          remaining,
          error: () => {
            faults.firePullUnplug();
            return new TetherError(ErrorCode.Disconnected, 'camera unplugged during transfer');
          },
        };
      },
    });
    this.active = stream;
    stream.once('close', () => {
      if (this.active === stream) this.active = null;
    });
    return { size: entry.file.size, stream };
  }

  /** Fails the open read (disconnect, unplug). */
  abort(err: TetherError): void {
    const s = this.active;
    this.active = null;
    s?.destroy(err);
  }
}
