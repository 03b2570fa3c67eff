import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardFile, CardSlot } from '../../../shared/camera-types';
import { ErrorCode, TetherError, isTetherError } from '../../../shared/errors';
import { CR } from '../../../shared/properties/codes';
import type { ContentStream, OpenContentOptions } from '../driver';
import { CT, RT, TC, type NativeContentFile, type NativeEvent } from './abi';
import type { CameraLink } from './camera-link';
import { removeStaging, tailTransfer } from './content-stream';
import type { NativeApi } from './native-api';
import { CR_ERROR, nativeError } from './native-errors';
import { SLOT_STATUS, valueOf } from './property-mapping';

/** A reference to one card file. */
export interface CardRef {
  slot: number;
  contentId: number;
  fileId: number;
}

const CARD_MODES = ['remote-transfer', 'contents'] as const;
/** CrCommandId_CancelContentsTransfer. */
const CANCEL_CONTENTS_TRANSFER = 8;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function kindOf(name: string): CardFile['kind'] {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (ext === 'arw' || ext === 'srf' || ext === 'sr2') return 'raw';
  if (ext === 'hif' || ext === 'heif' || ext === 'heic') return 'heif';
  if (ext === 'mp4' || ext === 'mov' || ext === 'mts' || ext === 'mxf') return 'movie';
  return 'other';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A native card row as the contract's CardFile (names stay untrusted: the studio sanitises them). */
export function toCardFile(f: NativeContentFile): CardFile {
  const name = f.path.slice(Math.max(f.path.lastIndexOf('/'), f.path.lastIndexOf('\\')) + 1);
  const d = f.date;
  return {
    slot: f.slot,
    contentId: f.contentId,
    fileId: f.fileId,
    path: f.path,
    name,
    size: f.size,
    ...(f.width ? { width: f.width, height: f.height } : {}),
    createdAt: `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}`,
    kind: kindOf(name),
  };
}

/** Card slots, listings, preview images and file reads over the remote-transfer and contents modes. */
export class CardAccess {
  constructor(
    private readonly api: NativeApi,
    private readonly stagingRoot: string = tmpdir(),
  ) {}

  private requireCardMode(link: CameraLink): void {
    if (!(CARD_MODES as readonly string[]).includes(link.mode)) {
      throw new TetherError(
        ErrorCode.WrongConnectionMode,
        `card access needs remote-transfer or contents mode (now ${link.mode})`,
        { mode: link.mode },
      );
    }
  }

  /** Slot states from the media properties; file counts where the mode can list. */
  async slots(link: CameraLink): Promise<CardSlot[]> {
    const props = await this.api.properties(link.device, [
      CR.MediaSLOT1_Status,
      CR.MediaSLOT1_RemainingNumber,
      CR.MediaSLOT2_Status,
      CR.MediaSLOT2_RemainingNumber,
    ]);
    const slot = async (n: 1 | 2, statusCode: number, remainingCode: number): Promise<CardSlot> => {
      const raw = valueOf(props, statusCode);
      const remaining = Math.max(0, valueOf(props, remainingCode) ?? 0);
      const status =
        raw === undefined || raw === SLOT_STATUS.noCard
          ? 'none'
          : raw !== SLOT_STATUS.ok
            ? 'error'
            : remaining === 0
              ? 'full'
              : 'ok';
      const fileCount = status !== 'none' && link.mode !== 'remote' ? (await this.list(link, n)).length : 0;
      return { slot: n, status, remainingPhotos: status === 'none' ? 0 : remaining, fileCount };
    };
    return [
      await slot(1, CR.MediaSLOT1_Status, CR.MediaSLOT1_RemainingNumber),
      await slot(2, CR.MediaSLOT2_Status, CR.MediaSLOT2_RemainingNumber),
    ];
  }

  /** Files of a slot, oldest first. The card index may still be building after a connect: retried. */
  async list(link: CameraLink, slot: number): Promise<CardFile[]> {
    this.requireCardMode(link);
    if (slot !== 1 && slot !== 2)
      throw new TetherError(ErrorCode.InvalidArgument, `slot must be 1 or 2, got ${slot}`);
    if (link.mode === 'contents')
      return slot === 1 ? (await this.api.ctList(link.device)).map(toCardFile) : [];
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.api.rtList(link.device, slot)).map(toCardFile);
      } catch (err) {
        const processing =
          isTetherError(err) && err.details?.sdkCode === CR_ERROR.RemoteTransferGetContentsInfoListProcessing;
        if (!processing || attempt >= 100) throw err;
        await delay(100);
      }
    }
  }

  private async find(link: CameraLink, ref: CardRef): Promise<CardFile> {
    const file = (await this.list(link, ref.slot)).find(
      (f) => f.contentId === ref.contentId && f.fileId === ref.fileId,
    );
    if (!file)
      throw new TetherError(ErrorCode.NotFound, `no file ${ref.contentId}/${ref.fileId} on slot ${ref.slot}`);
    return file;
  }

  /** Starts an SDK transfer into a fresh staging folder; settles `done` from the transfer's events. */
  private async startTransfer(
    link: CameraLink,
    start: (dir: string, name: string) => Promise<number>,
    name: string,
  ): Promise<{ dir: string; path: string; done: Promise<void> }> {
    const dir = join(this.stagingRoot, `tether-crsdk-${randomUUID()}`);
    await mkdir(dir, { recursive: true });
    const path = join(dir, name);
    // Listen before starting: the result may arrive before the start call returns.
    const stop = new AbortController();
    const done =
      link.mode === 'contents'
        ? link.waitFor('ct', (ev) => contentsOutcome(ev), 24 * 3600_000, 'the contents transfer', stop.signal)
        : link.waitFor('rt', (ev) => remoteOutcome(ev), 24 * 3600_000, 'the remote transfer', stop.signal);
    const settled = done.then((r) => {
      if (r !== true) throw r;
    });
    settled.catch(() => undefined);
    const status = await start(dir, name);
    if (status !== TC.OK) {
      await removeStaging(dir);
      stop.abort();
      const busy = status === TC.ERR_BUSY || status === CR_ERROR.RemoteTransferGetContentsDataDisable;
      throw busy
        ? new TetherError(ErrorCode.CameraBusy, 'another transfer is in progress', {
            sdkCode: CR_ERROR.RemoteTransferGetContentsDataDisable,
          })
        : nativeError(status, 'start transfer', (s) => this.api.describe(s));
    }
    return { dir, path, done: settled };
  }

  /** Opens a card file for reading (one remote transfer at a time). */
  async open(link: CameraLink, ref: CardRef, options: OpenContentOptions = {}): Promise<ContentStream> {
    this.requireCardMode(link);
    const file = await this.find(link, ref);
    const offset = options.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > file.size) {
      throw new TetherError(ErrorCode.InvalidArgument, `offset ${offset} outside 0..${file.size}`);
    }
    if (options.signal?.aborted) throw new TetherError(ErrorCode.Cancelled, 'transfer cancelled');
    if (!link.transfers.tryAcquire()) {
      // A cancelled read is winding down in the SDK: wait for it briefly; a running one means busy.
      if (!link.transfers.cancelling) {
        throw new TetherError(ErrorCode.CameraBusy, 'another transfer is in progress', {
          sdkCode: CR_ERROR.RemoteTransferGetContentsDataDisable,
        });
      }
      await link.transfers.acquire(5000);
    }
    let started: Awaited<ReturnType<CardAccess['startTransfer']>>;
    try {
      const name = `pull-${ref.slot}-${ref.contentId}-${ref.fileId}.bin`; // our name, never the camera's
      started = await this.startTransfer(
        link,
        (dir, n) =>
          link.mode === 'contents'
            ? this.api.startCtPull(link.device, ref.contentId, false, dir, n)
            : this.api.startRtPull(link.device, ref.slot, ref.contentId, ref.fileId, dir, n),
        name,
      );
    } catch (err) {
      link.transfers.release();
      throw err;
    }
    started.done.then(
      () => link.transfers.release(),
      () => link.transfers.release(),
    );
    const stream = tailTransfer({
      path: started.path,
      offset,
      expectedSize: file.size,
      done: started.done,
      signal: options.signal,
      cancel: () => {
        link.transfers.cancelling = true;
        const stop =
          link.mode === 'remote-transfer'
            ? this.api.rtCancel(link.device)
            : this.api.sendCommand(link.device, CANCEL_CONTENTS_TRANSFER, 1);
        void stop.catch(() => undefined);
      },
      cleanup: () => removeStaging(started.dir),
    });
    return { size: file.size, stream };
  }

  /** Thumbnail or screennail JPEG; waits for a running transfer to finish first. */
  async image(link: CameraLink, ref: CardRef, kind: 'thumbnail' | 'screennail'): Promise<Uint8Array> {
    this.requireCardMode(link);
    await this.find(link, ref);
    if (link.mode === 'contents' && kind === 'thumbnail')
      return new Uint8Array(await this.api.ctThumbnail(link.device, ref.contentId));
    await link.transfers.acquire(30_000);
    try {
      const { dir, path, done } = await this.startTransfer(
        link,
        (d, n) =>
          link.mode === 'contents'
            ? this.api.startCtPull(link.device, ref.contentId, true, d, n)
            : this.api.startRtImage(
                link.device,
                ref.slot,
                ref.contentId,
                ref.fileId,
                kind === 'thumbnail' ? 1 : 2,
                d,
                n,
              ),
        `${kind}-${ref.contentId}-${ref.fileId}.jpg`,
      );
      try {
        await done;
        return new Uint8Array(await readFile(path));
      } finally {
        await removeStaging(dir);
      }
    } finally {
      link.transfers.release();
    }
  }
}

/** true on success, a TetherError on failure, undefined for progress. */
function remoteOutcome(ev: NativeEvent): true | TetherError | undefined {
  if (ev.code === RT.OK) return true;
  if (ev.code === RT.BUSY)
    return new TetherError(ErrorCode.CameraBusy, 'the camera refused the transfer (busy)', {
      sdkCode: CR_ERROR.RemoteTransferGetContentsDataDisable,
    });
  if (ev.code === RT.CANCELLED) return new TetherError(ErrorCode.Cancelled, 'transfer cancelled');
  if (ev.code === RT.FAILED)
    return new TetherError(ErrorCode.Disconnected, 'the transfer failed (camera lost or card error)');
  return undefined;
}

function contentsOutcome(ev: NativeEvent): true | TetherError | undefined {
  if (ev.code === CT.COMPLETE) return true;
  if (ev.code === CT.CANCELLED) return new TetherError(ErrorCode.Cancelled, 'transfer cancelled');
  if (ev.code === CT.FAILED) return new TetherError(ErrorCode.Disconnected, 'the contents transfer failed');
  return undefined;
}
